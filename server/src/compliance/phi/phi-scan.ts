import type { DirectoryIndex } from '../directory/directory-index';
import { sentenceAt, sentenceSpans, type Span } from '../text/sentences';
import { wordTokens, type WordToken } from '../text/word-tokens';
import type { TextKind } from '../types';
import { findHealthTerms, type HealthTermMatch } from '../vocab/health-term-index';

/** Everything the PHI rules look at, computed once per text. */
export interface PhiScan {
  text: string;
  kind: TextKind;
  context?: string;
  dir: DirectoryIndex;
  tokens: WordToken[];
  sentences: Span[];
  healthTerms: HealthTermMatch[];
  sentenceOf(offset: number): Span;
  sentenceText(offset: number): string;
}

export function scanText(text: string, kind: TextKind, dir: DirectoryIndex, context?: string): PhiScan {
  const tokens = wordTokens(text);
  const sentences = sentenceSpans(text);
  return {
    text,
    kind,
    context,
    dir,
    tokens,
    sentences,
    healthTerms: findHealthTerms(tokens),
    sentenceOf: (offset) => sentenceAt(sentences, offset),
    sentenceText: (offset) => {
      const s = sentenceAt(sentences, offset);
      return text.slice(s.start, s.end);
    },
  };
}

/** Words that tie a date, room or name to someone's care rather than to an event. */
export const CARE_CUE =
  /\b(?:patients?|pt|admit(?:ted)?|admission|discharged?|diagnosed|diagnosis|treated|treating|surgery|operated|procedure|seen|visit(?:ed)?|appointment|er|icu|nicu|hospitali[sz]ed|passed away|passed|died|lost|born|birthday|delivered|recovering|recovery|rang the bell|came in|walked into|brought in|ambulance|injur(?:y|ed)|fell|cared for|our care|dob|birth|miscarriage|repaired|implant)\b/i;

/** Words that make a date, time or room part of a public event. */
export const EVENT_CUE =
  /\b(?:join(?:ing)?|event|class(?:es)?|webinar|workshop|seminar|register|registration|rsvp|sign[- ]?up|open house|fair|drive|hours|closed|clos(?:ing|es)|opens?|opening|reopen(?:s|ing)?|starting|starts|begins|available|walk-?ins?|5k|10k|marathon|festival|meeting|support group|tour|deadline|enroll(?:ment)?|lecture|talk|q&a|livestream|live stream|free|holiday|schedule|stop by|drop in|no appointment|\d\s?(?:am|pm|a\.m\.|p\.m\.))\b/i;

export const SECOND_PERSON = /\b(?:you|your|you're|youre|you've|you'll|yours|ur)\b/i;

export const FIRST_PERSON = /\b(?:i|i'm|im|i've|i'd|my|me|mine|we|our|my son|my daughter)\b/i;
