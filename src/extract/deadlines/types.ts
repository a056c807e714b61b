/** Shapes shared by the deadline modules. */

/** The texts a search runs on: both the same length as the document text, so offsets hold. */
export interface Texts {
  /** canonical tones (`Layout.canonical`): line structure (tables, clauses) */
  canonical: string;
  /** canonical tones, line breaks as spaces: phrases and dates, which may wrap */
  flat: string;
}

export type CandidateKind =
  /** a date governed by a trigger */
  | 'dated'
  /** "trong năm 2026": a limit only under a completion verb */
  | 'year'
  /** counted from an event ("trong thời hạn 15 ngày kể từ …"): no date */
  | 'relative'
  /** a weekday of every week ("trước 16 giờ ngày thứ Sáu hằng tuần"): no date */
  | 'weekly'
  /** a day with no month ("trước ngày 25"): a day of every month or quarter when a cue says so */
  | 'bareDay'
  /** the last day of a month with no number ("ngày cuối cùng của tháng"): of every month, no date */
  | 'monthEnd';

/** A stretch of text a trigger governs, before its date is read. */
export interface Candidate {
  kind: CandidateKind;
  start: number;
  end: number;
  /** the date expression, [start, end) (null for relative limits) */
  when: [number, number] | null;
  /** led by "trước" in a label or cell: a period then ends the day before it starts ("Trước năm 2025") */
  beforePeriod: boolean;
  /** where a recurrence cue written after it is looked for, when not at `end` (the end of a list of days) */
  cueAt?: number;
  /** a cell of a time-limit column: its header, not the words before it, says what it is */
  cell?: boolean;
  /** the value of a time-limit label ("Thời gian hoàn thành: Quý I/2026"): the label says what it is */
  labelled?: boolean;
}
