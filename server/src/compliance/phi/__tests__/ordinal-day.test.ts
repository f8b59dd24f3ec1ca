import { findOrdinalDays } from '../ordinal-day';

const days = (text: string) => findOrdinalDays(text).map((d) => text.slice(d.start, d.end));

describe('findOrdinalDays', () => {
  it('finds an ordinal that ends its clause or comes before a clock time', () => {
    expect(days('she asked what day it was and said "it\'s the 9th."')).toEqual(['9th']);
    expect(days('Line placed on the 22nd, dressing changed since.')).toEqual(['22nd']);
    expect(days('Follow-up scan booked for the 3rd at 0800.')).toEqual(['3rd']);
    expect(days('Family visiting on the 30th\nPlan: continue')).toEqual(['30th']);
  });

  it('takes every day of a list when the list ends its clause', () => {
    expect(days('Dressing changed on the 4th, 6th and 8th.')).toEqual(['4th', '6th', '8th']);
  });

  it('leaves ordinals that count something else', () => {
    expect(days('Transferred to the 3rd floor this am.')).toEqual([]);
    expect(days('Given the 2nd dose of vaccine.')).toEqual([]);
    expect(days('Weight is at the 90th percentile.')).toEqual([]);
    expect(days('Crackles at the 2nd, 3rd and 4th ribs.')).toEqual([]);
    expect(days('Healthcare in the 21st century.')).toEqual([]);
  });

  it('needs "the" and a possible day of the month', () => {
    expect(days('She finished 2nd.')).toEqual([]);
    expect(days('It was the 45th.')).toEqual([]);
  });
});
