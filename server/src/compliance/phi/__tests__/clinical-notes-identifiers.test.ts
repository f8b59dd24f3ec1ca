import { check } from '../../engine';
import type { Finding } from '../../types';

/** Nursing-note style text checked as a post with no directory. Cases written for these rules, not taken from a dataset. */
function phi(text: string): Finding[] {
  return check({ text, kind: 'post' }).findings.filter((f) => f.category === 'phi');
}
const texts = (fs: Finding[], type: string) => fs.filter((f) => f.type === type).map((f) => f.text);

describe('PHI in clinical notes: relative days', () => {
  it('leaves routine "yesterday" and weekdays in a note alone', () => {
    const fs = phi('Resp: ls clear, sats 97% on 2l nc. Pt spiked a temp yesterday, cx sent. Plan for PEG on Monday. abd soft, bs present.');
    expect(texts(fs, 'date')).toEqual([]);
  });

  it('still finds a relative day of care in a post', () => {
    expect(texts(phi('Maria Lopez was admitted yesterday after a fall.'), 'date')).toContain('yesterday');
  });
});

describe('PHI in clinical notes: days and months', () => {
  it('finds a bare ordinal day in a note', () => {
    expect(texts(phi('neuro: oriented x2, states "it\'s the 14th." pt resp even, sats 96% on 2l nc, abd soft.'), 'date')).toContain('14th');
  });

  it('does not take a floor or a dose for a day', () => {
    const fs = phi('Pt to go to the 4th floor. Got the 2nd dose of abx. resp: ls clear, sats 96% on 2l nc, abd soft.');
    expect(texts(fs, 'date')).toEqual([]);
  });

  it('finds a date after the antecubital side and after "in setting of"', () => {
    expect(texts(phi('LINES: PIV IN L AC 10/21, R IJ CVL. RESP: LS CLEAR, ABD SOFT, NPO.'), 'date')).toContain('10/21');
    expect(texts(phi('PT OOZING AT LINE SITE IN SETTING OF HIGH PTT ON HEPARIN 4/8, HEPARIN OFF. ABD SOFT, LS CLEAR.'), 'date')).toContain('4/8');
  });

  it('still reads a pair after a ventilator mode as a setting', () => {
    expect(texts(phi('RESP: ON AC 14/5, FIO2 40%. LS COARSE. ABD SOFT, NPO.'), 'date')).toEqual([]);
    expect(texts(phi('resp: remains on vent settings 8/5 overnight. ls clear. abd soft.'), 'date')).toEqual([]);
  });

  it('finds a month written with "of" and a year', () => {
    expect(texts(phi('PMH: LAST CHEMO IN JUNE OF 2011. RESP: LS CLEAR, ABD SOFT, NPO.'), 'date')).toContain('JUNE OF 2011');
  });
});

describe('PHI in clinical notes: phone numbers in brackets', () => {
  it('finds a number in brackets whose groups are run together or split oddly', () => {
    expect(texts(phi("social: pt's daughter, ann, (508777-3412) called for update."), 'phone')).toEqual(['508777-3412']);
    expect(texts(phi('son visited today (508 777 34120) and met with sw.'), 'phone')).toEqual(['508 777 34120']);
  });

  it('leaves shift times, ranges and blood pressures in brackets alone', () => {
    const fs = phi('Pt slept (2200-0400). BP stable (110-140/60-80). UO (30-60 cc/hr). Tidal volumes (450-500).');
    expect(texts(fs, 'phone')).toEqual([]);
  });
});

describe('PHI in clinical notes: wards named with their floor', () => {
  it('finds a ward after "transfer", after "per" before its nurse, and with its number run on', () => {
    expect(texts(phi('PLAN: OOB TO CHAIR. TRANSFER HALLORAN 4 WHEN BED READY. RESP: LS CLEAR.'), 'location')).toContain('HALLORAN 4');
    expect(texts(phi('Per Halloran 4 RN, pt voided 200cc before transfer. resp: ls clear, abd soft.'), 'location')).toContain('Halloran 4');
    expect(texts(phi('pt stable, sats 97% on 2l nc. transfer to halloran4 this pm. abd soft.'), 'location')).toContain('halloran4');
  });

  it('leaves drips, counts and settings after "per", "to" and "transfer" alone', () => {
    const fs = phi('Dose per protocol 2 times daily. OOB to commodex3 with assist. Remains on combiventQ4 and cpap 5. order to transfuse 2 units. resp: ls clear.');
    expect(texts(fs, 'location')).toEqual([]);
  });
});

describe('PHI in clinical notes: facilities named with ordinary words', () => {
  it('finds lower-case ordinary words between "to", "at" or "from" and a facility word', () => {
    expect(texts(phi('pt is a 70 yo male who presented to good shepherd hospital with sob. resp: ls clear, abd soft.'), 'location')).toContain('good shepherd hospital');
  });

  it('leaves generic hospital talk alone', () => {
    const fs = phi('pt was sent to the hospital, then to another hospital, then to a local hospital. resp: ls clear, abd soft, npo.');
    expect(texts(fs, 'location')).toEqual([]);
  });
});

describe('PHI in clinical notes: possessive surnames after a title', () => {
  it('takes a possessive after a title as a surname even when it is a health word', () => {
    expect(texts(phi("foley placed per dr. bone's order. pt resp even, abd soft, bs present."), 'name')).toContain("dr. bone's");
  });
});
