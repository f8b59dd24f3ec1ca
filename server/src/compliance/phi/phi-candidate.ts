import type { PhiType } from '../types';

/** How a span relates to a person; the PHI detector turns this into a severity. */
export type PhiLink =
  /** Identifies a person wherever it appears (SSN, personal e-mail, age over 89, DOB): block. */
  | 'identifier'
  /** Tied to a specific person's care or to the person addressed: block. */
  | 'person'
  /** Could identify someone; blocks only next to health context or patient cues, else warns. */
  | 'contextual'
  /** Looks like a name by shape or gazetteer only; blocks only beside a patient cue in its sentence. */
  | 'weak'
  /** A name introduced as one of our people but missing from the directory: warns, and ties no health word to anyone. */
  | 'colleague';

export interface PhiCandidate {
  type: PhiType;
  start: number;
  end: number;
  link: PhiLink;
  rule: string;
  /** Why this span matters, in an editor's words; the detector adds the span text and the fix. */
  why: string;
}

/** A regex match that is one person's detail, as a candidate that blocks wherever it appears. */
export function personCandidate(m: RegExpMatchArray, type: PhiType, rule: string, why: string): PhiCandidate {
  const start = m.index ?? 0;
  return { type, start, end: start + m[0].length, link: 'person', rule, why };
}
