import { sentenceAt, sentenceSpans } from '../sentences';

describe('sentenceSpans', () => {
  it('splits on marks before a space, line breaks, and not after Dr. or an initial', () => {
    const text = 'Dr. Lee saw J. Smith today! Really?! Yes;no. 3.5 mg\n\nNext line vs. that';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['Dr. Lee saw J. Smith today!', ' Really?!', ' Yes;no.', ' 3.5 mg\n\n', 'Next line vs. that']);
    expect(sentenceAt(sentenceSpans(text), 30).start).toBe(27);
  });
});

describe('sentenceSpans, edge cases of the boundary rule', () => {
  const split = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

  it('keeps a mark after an abbreviation or capital only when it starts the word, and splits on the next mark', () => {
    expect(split('Dr.. x')).toEqual(['Dr..', ' x']);
    expect(split('ADr. x')).toEqual(['ADr.', ' x']);
    expect(split('_A. x. y')).toEqual(['_A.', ' x.', ' y']);
    expect(split('Mrs. Ito came. ok')).toEqual(['Mrs. Ito came.', ' ok']);
  });

  it('needs a space or the end after the marks, and takes a run of line breaks whole', () => {
    expect(split('3.5 and a.b!x end!')).toEqual(['3.5 and a.b!x end!']);
    expect(split('one\n\n\ntwo?!\u00a0three')).toEqual(['one\n\n\n', 'two?!', '\u00a0three']);
    expect(split('')).toEqual([]);
  });
});
