import { wordTokens } from '../text/word-tokens';
import { findHealthTerms } from '../vocab/health-term-index';
import { NAMES_A_SERVICE, NAMES_A_VACCINE } from '../vocab/service-words';
import { CARE_CONTENT_RE } from './advice-rules';

/**
 * Words without which a reply tells nobody what to take, do or expect: instructions, reassurance and
 * judgement ("take", "rest", "normal", "should", "plenty"). Cheerful replies ("Stickers make everything
 * better!", "That's huge — congratulations!") have none of them.
 */
const ADVICE_WORDS =
  /\b(?:normal|fine|ok(?:ay)?|worry|worried|wait|need|needs|harmless|common|serious|safe|nothing|probably|likely|should|try|take|give|skip|stop|avoid|rest|drink|ice|heat|use|put|switch|cut|double|half|wear|start|eat|sleep|usually|plenty|enough|works|suggest|taper|drive|swim|pass|passes|run|sit|coat|look|recover|faster|stay|elevate|massage|stretch|breathe|apply|change|increase|decrease|lower|limit|add|mix|soak|gargle|rinse|wrap|cover|wash|pop|drain|compress|bandage|fast|dose|mg|ml|pill|pills|tablet|tablets|keep(?!\s+(?:it\s+up|up|going|smiling|shining))|go\s+(?:to\s+bed|home|easy))\b/i;

/** "the flu clinic", "flu shots", "our diabetes program": the term names one of our services, not anyone's complaint. */
function namesAService(after: string): boolean {
  return NAMES_A_VACCINE.test(after) || NAMES_A_SERVICE.test(after);
}

/** True when `text` names a treatment, a condition or symptom, or uses a word that advice needs. */
export function mayHoldAdvice(text: string): boolean {
  if (ADVICE_WORDS.test(text) || CARE_CONTENT_RE.test(text)) return true;
  return findHealthTerms(wordTokens(text)).some((term) => !namesAService(text.slice(term.end, term.end + 24)));
}
