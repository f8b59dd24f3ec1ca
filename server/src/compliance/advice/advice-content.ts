import { wordTokens } from '../text/word-tokens';
import { findHealthTerms } from '../vocab/health-term-index';
import { CARE_CONTENT_RE } from './advice-rules';

/**
 * Words without which a reply tells nobody what to take, do or expect: instructions, reassurance and
 * judgement ("take", "rest", "normal", "should", "plenty"). Cheerful replies ("Stickers make everything
 * better!", "That's huge — congratulations!") have none of them.
 */
const ADVICE_WORDS =
  /\b(?:normal|fine|ok(?:ay)?|worry|worried|wait|need|needs|harmless|common|serious|safe|nothing|probably|likely|should|try|take|give|skip|stop|avoid|rest|drink|ice|heat|use|put|switch|cut|double|half|wear|start|eat|sleep|usually|plenty|enough|works|suggest|taper|drive|swim|pass|passes|run|sit|coat|look|recover|faster|stay|elevate|massage|stretch|breathe|apply|change|increase|decrease|lower|limit|add|mix|soak|gargle|rinse|wrap|cover|wash|pop|drain|compress|bandage|fast|dose|mg|ml|pill|pills|tablet|tablets|keep(?!\s+(?:it\s+up|up|going|smiling|shining))|go\s+(?:to\s+bed|home|easy))\b/i;

/** True when `text` names a treatment, a condition or symptom, or uses a word that advice needs. */
export function mayHoldAdvice(text: string): boolean {
  return ADVICE_WORDS.test(text) || CARE_CONTENT_RE.test(text) || findHealthTerms(wordTokens(text)).length > 0;
}
