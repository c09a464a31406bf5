import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import { programPeriod, WEEK_SECONDS, type DailyProgram } from '../../kernel/DailyProgram.js';

/** Whether a compiled program is a week program: its (own) period is a week. */
export const isWeekProgram = (program: DailyProgram<Exact>): boolean => A.compare(programPeriod(A, program), A.fromInteger(WEEK_SECONDS)) === 0;
