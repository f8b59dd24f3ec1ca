import { sentenceAt, sentenceSpans } from '../sentences';

describe('sentenceSpans', () => {
  it('splits on marks before a space, line breaks, and not after Dr. or an initial', () => {
    const text = 'Dr. Lee saw J. Smith today! Really?! Yes;no. 3.5 mg\n\nNext line vs. that';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['Dr. Lee saw J. Smith today!', ' Really?!', ' Yes;no.', ' 3.5 mg\n\n', 'Next line vs. that']);
    expect(sentenceAt(sentenceSpans(text), 30).start).toBe(27);
  });
});
