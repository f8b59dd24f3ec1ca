import type { WordToken } from '../text/word-tokens';
import { wordClass } from '../vocab/word-classes';

/** Charting shorthand that social posts almost never use; three of them mark a clinical note. */
const CHARTING = wordClass(
  'pt pt\'s pts neuro resp cv gi gu abd ext npo prn po iv gtt dsg wnl sats sat vss afebrile ls bbs bs uo u/o foley ett vent fio2 peep abg cxr ekg hct inr ptt bun creat lytes k mg ca cc ml mcg meq q1h q2h q4h qd bid tid prn nkda pmh hpi hx dx rx tx sx c/o s/p w/ o2 nc npn micu ccu sicu ekg echo cath ngt ogt ivf kvo hr rr sbp map cvp uop tf tfs peg bm oob mae perrl perrla sob nsr prbc ffp wbc plt q6h q8h qid'.split(' '),
);

/** Three distinct charting words: a clinical note, not a social post. */
export function isChartingNote(tokens: readonly WordToken[]): boolean {
  let charting: string[] | undefined;
  for (const t of tokens) {
    if ((t.classes & CHARTING) === 0) continue;
    if (!charting) charting = [t.lower];
    else if (!charting.includes(t.lower)) {
      charting.push(t.lower);
      if (charting.length === 3) return true;
    }
  }
  return false;
}
