import { check } from '../../engine';
import type { Finding } from '../../types';

/** Nursing-note style text, checked as a post with no directory: every clinician counts as a name. */
function phi(text: string): Finding[] {
  return check({ text, kind: 'post' }).findings.filter((f) => f.category === 'phi');
}
const texts = (fs: Finding[], type: string) => fs.filter((f) => f.type === type).map((f) => f.text);

describe('PHI in clinical notes', () => {
  it('finds surnames after titles in capitals and lower case', () => {
    expect(texts(phi('NEURO: ALERT. K 3.2 REPLETED, DR. PRICE AWARE AND IN TO SEE PT.'), 'name')).toContain('DR. PRICE');
    expect(texts(phi('resp: ls clear. dr small updated on abg results.'), 'name')).toContain('dr small');
  });

  it('does not read mental status or morphine as a title', () => {
    const fs = phi('NEURO: MS CONTINUES TO IMPROVE. GI: ABD SOFT. MS CONTIN GIVEN FOR PAIN.');
    expect(texts(fs, 'name')).toEqual([]);
  });

  it('finds relatives named after a family word, even common-word names', () => {
    const fs = phi('social: wife, rose, called for update. son bill visiting tonight. pt resting, sats 96% on 2l nc.');
    expect(texts(fs, 'name')).toEqual(expect.arrayContaining(['rose', 'bill']));
  });

  it('finds an initial and surname before "aware"', () => {
    expect(texts(phi('INR 4.2 THIS AM, E. WALSH AWARE. HELD COUMADIN.'), 'name')).toContain('E. WALSH');
  });

  it('finds hospitals, hospital acronyms, wards and towns', () => {
    const fs = phi('pt is a 70 yo m sent from fairbrook hospital to MGH for cath. plan: transfer to Brightwater 4 when bed free. daughter lives in Oakdale.');
    const locations = texts(fs, 'location');
    expect(locations).toEqual(expect.arrayContaining(['fairbrook hospital', 'MGH', 'Brightwater 4', 'Oakdale']));
  });

  it('leaves generic hospital talk and the cath lab alone', () => {
    const fs = phi('PT ASKING WHEN SHE CAN LEAVE THE HOSPITAL. TO CATH LAB IN AM. CONT WITH CARDIAC REHAB.');
    expect(texts(fs, 'location')).toEqual([]);
  });

  it('finds history dates, clipped years and dates right after a colon', () => {
    const fs = phi('PMH: MI 4/88, CABG \'95, HTN. HPI:6/14 FOUND DOWN AT HOME, NEURO: ALERT, RESP: LS CLEAR.');
    expect(texts(fs, 'date')).toEqual(expect.arrayContaining(['4/88', '95', '6/14']));
  });

  it('does not read ventilator settings or pain scores as dates', () => {
    const fs = phi('resp: vented ac 600x12 5/10 peep, fio2 40%, abg ok. pain 8/10, given morphine iv.');
    expect(texts(fs, 'date')).toEqual([]);
  });

  it('keeps ages over 89 but not routine ages in a note', () => {
    expect(texts(phi('72 yo f. neuro: intact. resp: ls clear. gi: abd soft. pt named Carla Ruiz.'), 'age')).toEqual([]);
    expect(texts(phi('PT IS A 94 YO WOMAN. NEURO: ALERT. RESP: LS CLEAR. GI: ABD SOFT.'), 'age')).toEqual(['94']);
  });

  it('finds pager numbers written with a colon and hash', () => {
    expect(texts(phi('Resident paged re: low bp.\nPager: #40417'), 'phone')).toContain('40417');
  });
});

describe('PHI in clinical notes: clinicians and towns', () => {
  it('finds a clinician after NP or MD and after "per" with an initial', () => {
    expect(texts(phi('BP 84/50, NP WOLFE MADE AWARE, BOLUS GIVEN.'), 'name')).toContain('WOLFE');
    expect(texts(phi('CXR DONE. EFFUSION SMALLER AS PER K. ANDROS. GI: ABD SOFT.'), 'name')).toContain('K. ANDROS');
  });

  it('finds a town named in a sentence about family, but not ordinary words there', () => {
    expect(texts(phi('Resp: LS clear. Niece, Dora Patel of Brennick visited today.'), 'location')).toContain('Brennick');
    expect(texts(phi('Resp: LS clear. Family at bedside and pt doing well. Daughter lives in area.'), 'location')).toEqual([]);
  });
});
