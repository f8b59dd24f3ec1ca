import { check } from '../../engine';
import { phiTexts } from './helpers/phi-texts';
import type { Finding } from '../../types';

/** Nursing-note style text checked as a post with no directory. Cases written for these rules, not taken from a dataset. */
function phi(text: string): Finding[] {
  return check({ text, kind: 'post' }).findings.filter((f) => f.category === 'phi');
}
const texts = (fs: Finding[], type: string) => fs.filter((f) => f.type === type).map((f) => f.text);

describe('PHI in clinical notes: names without the usual cues', () => {
  it('takes a capitalised word after a title as a surname even when it is also a word', () => {
    expect(texts(phi('gi: mrs. Baker tolerated clear liquids, abd soft. pt resp even.'), 'name')).toContain('mrs. Baker');
    expect(texts(phi('Pt febrile overnight. Dr. Green aware, cultures sent. Pt resp ok.'), 'name')).toContain('Dr. Green');
  });

  it('keeps a lower-case first name and surname together after a lower-case title', () => {
    expect(texts(phi('Pt resting. daughter is mrs. helena marsh, will call tonight. abd soft.'), 'name')).toContain('mrs. helena marsh');
  });

  it('takes a possessive after a title as a surname in lower-case notes', () => {
    expect(texts(phi('foley placed per dr. brown\'s order. pt resp even, abd soft, bs present.'), 'name')).toContain("dr. brown's");
  });

  it('finds an initial without its period and a listed surname before a charting verb', () => {
    expect(texts(phi('PT HYPOTENSIVE, K JOHNSON ORDERED FLUID BOLUS. RESP: LS CLEAR. ABD SOFT.'), 'name')).toContain('K JOHNSON');
    // A lone letter before an ordinary word stays unflagged.
    expect(texts(phi('PT HYPOTENSIVE, K LOW ORDERED REPLETION. RESP: LS CLEAR. ABD SOFT.'), 'name')).toEqual([]);
  });

  it('finds a name right before a role in brackets', () => {
    expect(texts(phi('Plan for tap. TOM WOJCIK (RESIDENT) AWARE. Pt npo, abd soft.'), 'name')).toContain('TOM WOJCIK');
  });

  it('finds a lower-case given name that calls or visits, but not a relative word', () => {
    expect(texts(phi('Social: margaret called this am for update. Pt resp ok, abd soft.'), 'name')).toContain('margaret');
    expect(texts(phi('Social: son in law called this am for update. Pt resp ok, abd soft.'), 'name')).toEqual([]);
  });

  it('finds a lower-case given name and surname before "aware"', () => {
    expect(texts(phi('r dp hard to doppler. helen kowalczyk aware. pt resp ok, abd soft.'), 'name')).toContain('helen kowalczyk');
  });

  it('does not read "drs" for dressings as a title', () => {
    expect(texts(phi('SKIN: sacrum intact, drs.rt groin dry. Pt resp ok, abd soft.'), 'name')).toEqual([]);
  });
});

describe('PHI in clinical notes: dates and places', () => {
  it('finds ranges of days and same-number days above motor strength', () => {
    const fs = phi('Pt intubated 6/28-7/3 for CHF. ABX dced 8/8, cultures neg. Strength 5/5 all ext. resp: ls clear, abd soft.');
    expect(texts(fs, 'date')).toEqual(expect.arrayContaining(['6/28-7/3', '8/8']));
    expect(texts(fs, 'date')).not.toContain('5/5');
  });

  it('keeps fractions out of day ranges', () => {
    expect(texts(phi('LUNGS: crackles 1/3-1/2 up bilat. Pt resp ok, sats 95% on 2l nc.'), 'date')).toEqual([]);
  });

  it('lets a date after a unit word stay a date', () => {
    expect(texts(phi('Pt readmitted to unit 9/4 w/ pulmonary edema. resp: ls coarse.'), 'date')).toContain('9/4');
  });

  it('finds a capitalised general hospital and the town it stands in', () => {
    const fs = phi('Pt oriented x3, knows she is in County Hospital in Pikeford. resp: ls clear. abd soft.');
    expect(texts(fs, 'location')).toEqual(expect.arrayContaining(['County Hospital', 'Pikeford']));
  });

  it('finds a ward with two floors but not a ventilator setting', () => {
    expect(texts(phi('dispo: full code. poss transfer to wellesley 4/5 when bed avail. pt resp ok.'), 'location')).toContain('wellesley 4');
    expect(texts(phi('RESP: REMAINS ON CPAP 5/5 40%, SATS 98%. PT RESTING. ABD SOFT.'), 'location')).toEqual([]);
  });
});

describe('PHI in clinical notes: a relative named with a word no list knows', () => {
  it('takes an unlisted word that ends the clause after a family word as the relative\'s name', () => {
    expect(texts(phi('Pt resting, abd soft. spoke at length with husband zdravkor. plan reviewed.'), 'name')).toContain('zdravkor');
    expect(texts(phi('Pt resting, abd soft. daughter quillatine and son in to visit. plan reviewed.'), 'name')).toContain('quillatine');
  });

  it('leaves a clinician cue, a possessive and an unlisted verb form alone', () => {
    expect(texts(phi('bp 80s, abd soft. ho notifed. pt resp even, sats ok.'), 'name')).toEqual([]);
    expect(texts(phi('bp 80s, abd soft. son updated on his father\'s condition. pt resp even.'), 'name')).toEqual([]);
    expect(texts(phi('bp 80s, abd soft. son and husband visisted. pt resp even, sats ok.'), 'name')).toEqual([]);
    // A derived English word the lexicon does not list is no name either.
    expect(texts(phi('bp 80s, abd soft. plan discussed with son, daughter and brother neurologist. pt resp even.'), 'name')).toEqual([]);
    // Mid-sentence the unlisted word may be charting that goes on: "wife unsure about plan".
    expect(texts(phi('bp 80s, abd soft. wife unsureish about plan. pt resp even, sats ok.'), 'name')).toEqual([]);
  });
});

describe('PHI in clinical notes: a pair of initialled names', () => {
  it('takes the other initial and surname of a pair once one is a name, in either order', () => {
    expect(texts(phi("valuables counted. nsg (d. renna and j. o'dowdall) signed. pt resp even, abd soft."), 'name')).toContain("j. o'dowdall");
    expect(texts(phi("valuables counted. nsg (j. o'dowdall and d. renna) signed. pt resp even, abd soft."), 'name')).toContain("j. o'dowdall");
  });

  it('leaves charting written like an initial and a word alone', () => {
    expect(texts(phi('pt seen by d. renna and a. fib noted on monitor. resp even, abd soft.'), 'name')).toEqual(['d. renna']);
  });
});

describe('PHI in clinical notes: an Irish O after a title, and a same-number day after a date word', () => {
  it('keeps an O written apart from the surname in the clinician\'s name', () => {
    expect(texts(phi('SBP 80s. Dr. o kelleher and Dr. Brandt in room. pt resp even, abd soft.'), 'name')).toContain('Dr. o kelleher');
    expect(texts(phi('DR O DWYER AWARE OF BP. PT RESP EVEN, ABD SOFT.'), 'name')).toContain('DR O DWYER');
    expect(texts(phi('Dr. o given, pt resp even, abd soft.'), 'name')).toEqual([]);
  });

  it('reads "since 3/3" or "POST 2/2" as a day, and strength "3/3" still as strength', () => {
    expect(texts(phi('HCT 29 POST 2/2 TX. BS 180. PT RESP EVEN, ABD SOFT, NEURO INTACT.'), 'date')).toContain('2/2');
    expect(texts(phi('pt npo since 3/3, abd soft, resp even, neuro intact.'), 'date')).toContain('3/3');
    expect(texts(phi('grip strength 3/3 bilat. pt resp even, abd soft, neuro intact.'), 'date')).toEqual([]);
  });
});

describe('PHI in clinical notes: capitalised charting words', () => {
  it('does not take the capitalised first word of a charting fragment for a name', () => {
    expect(texts(phi('CO 5.1, SVR 700. Swan was pulled from L groin. HR 80s, resp even, abd soft.'), 'name')).toEqual([]);
    expect(texts(phi('HR 80s, resp even. Neck is swollen around site. abd soft, pt calm.'), 'name')).toEqual([]);
  });

  it('still finds a capitalised surname before a verb in a social post', () => {
    expect(phiTexts('Thanks to everyone at the clinic. Kowalczyk was a star this week!', 'name')).toContain('Kowalczyk');
  });
});

describe('PHI in clinical notes: letters that close an abbreviation', () => {
  it('does not read the last letter of N/V, I & O or H.O. as an initial', () => {
    expect(texts(phi('GI: tol clears, no N/V. Abdomen soft, +BS. resp even, pt calm.'), 'name')).toEqual([]);
    expect(texts(phi('P: Keep careful I & O. Suction prn, resp even, abd soft.'), 'name')).toEqual([]);
    expect(texts(phi('Neo if SBP < 90 and call H.O. Cont to monitor fs, abd soft.'), 'name')).toEqual([]);
  });

  it('still reads two initials before a listed surname as a name', () => {
    expect(phiTexts('Great to see O.J. Simpson visit the ward today', 'name').join(' ')).toContain('Simpson');
  });
});

describe('PHI in clinical notes: ward numbers and readings', () => {
  it('still finds a ward and its number after to, from or on', () => {
    expect(texts(phi('Plan: transfer to Wellesley 4 when bed avail. pt resp ok, abd soft.'), 'location')).toContain('Wellesley 4');
  });

  it('does not read a value, a range or a dose after "to" or "on" as a ward', () => {
    expect(texts(phi('HR 70s, occasional pacing to junctional 60\'s, BP stable. abd soft, pt calm.'), 'location')).toEqual([]);
    expect(texts(phi('RR returned to baseline 16-20 on own. abd soft, pt calm, HR 80s.'), 'location')).toEqual([]);
    expect(texts(phi('id: afebrile, on vanco 1gm iv q12. HR 80s, abd soft, pt calm.'), 'location')).toEqual([]);
  });
});
