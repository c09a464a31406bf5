/**
 * The days of a week program, Monday first: index `i` starts `i × 24 h` after
 * the week program's Monday 00:00.
 *
 * Implements REQ-WEEK-001.
 * @since 0.1.0
 */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** A day of the week (lower case English name), as the wire gives it. @since 0.1.0 */
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * The index of `day` in {@link WEEKDAYS} (Monday 0 … Sunday 6).
 *
 * Implements REQ-WEEK-001.
 * @since 0.1.0
 */
export const weekdayIndex = (day: Weekday): number => WEEKDAYS.indexOf(day);
