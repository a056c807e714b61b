/**
 * A mention of a cited instrument as the references extractor reads it and resolve merges it: shared by both
 * stages, so it lives here rather than in either.
 */
import type { DocumentNumber } from './schema.js';

export interface Mention {
  /** the whole mention: type word … number, date and issuer */
  span: [number, number];
  /** the number (or name) alone */
  core: [number, number];
  kind: { name: string; code: string | null };
  number: DocumentNumber | null;
  name: string | null;
  /** a law cited by name: the year of the enactment the text gives ("Luật Khoáng sản năm 2010") */
  year?: string | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
  pinpoint: string | null;
  /** named as the subject of a proposal: "đề nghị của Sở Nội vụ tại Tờ trình số …" */
  proposed: boolean;
  /** "Nghị quyết nêu trên": no number or name, it points back to an instrument of its kind */
  backReference: boolean;
  /**
   * named in the title of a numbered amending law ("Luật sửa đổi, bổ sung một số điều của Luật A, Luật B số N"): cited
   * inside that mention's span, and kept beside it
   */
  inAmendingTitle?: boolean;
  /** the day a law cited by name is read as of, when not the citing document's: an amending law's adoption */
  readAsOf?: string | null;
}
