/**
 * itdose spec: the wire-format codecs, the requirement catalogue and the
 * reference model of delivery.
 * @since 0.1.0
 */
export {};
