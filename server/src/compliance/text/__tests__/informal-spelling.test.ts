import { respellInformal } from '../informal-spelling';

describe('respellInformal', () => {
  it('writes chat spellings out', () => {
    expect(respellInformal('so glad u felt taken care of w/ us')?.text).toBe('so glad you felt taken care of with us');
  });

  it('leaves a text without chat spellings alone', () => {
    expect(respellInformal('So glad you felt taken care of with us')).toBeUndefined();
  });

  it('is case-sensitive where capitals mean something else ("RN", "U.S.")', () => {
    expect(respellInformal('Ask our RN about U.S. travel vaccines')).toBeUndefined();
  });

  it('does not touch letters inside words or contractions ("you\'re", "urgent")', () => {
    expect(respellInformal("urgent care is open, you're welcome")).toBeUndefined();
  });

  it('maps spans in the respelled text back to the original words', () => {
    const original = 'copay from ur last visit, thx';
    const respelled = respellInformal(original)!;
    const start = respelled.text.indexOf('your last visit');
    const end = start + 'your last visit'.length;
    expect(original.slice(respelled.originalStart(start), respelled.originalEnd(end))).toBe('ur last visit');
    const thanks = respelled.text.indexOf('thanks');
    expect(original.slice(respelled.originalStart(thanks), respelled.originalEnd(thanks + 'thanks'.length))).toBe('thx');
  });

  it('maps a span that starts or ends inside a written-out word to the whole chat word', () => {
    const original = 'see u soon';
    const respelled = respellInformal(original)!;
    expect(respelled.text).toBe('see you soon');
    expect(respelled.originalStart(5)).toBe(4);
    expect(respelled.originalEnd(5)).toBe(5);
    expect(respelled.originalEnd(respelled.text.length)).toBe(original.length);
  });
});
