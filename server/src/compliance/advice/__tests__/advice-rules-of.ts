import { DEFAULT_CHECK_OPTIONS } from '../../default-options';
import { detectMedicalAdvice } from '../medical-advice-detector';

/** The advice rules that fire on `text` as a reply, with no directory. */
export const adviceRulesOf = (text: string): string[] =>
  detectMedicalAdvice({ text, kind: 'reply', directory: { staff: [], departments: [] }, options: DEFAULT_CHECK_OPTIONS }).map((f) => f.rule);
