import fc from 'fast-check';
import { execAll } from '../exec-all';
import { sentenceAt, sentenceSpans, type Span } from '../sentences';

/** The regex split sentenceSpans replaced. */
function regexSpans(text: string): Span[] {
  const boundary = /(?<!\b(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|Ave|Apt|No|vs|[A-Z]))[.!?;]+(?=\s|$)|\n+/g;
  const spans: Span[] = [];
  let start = 0;
  for (const m of execAll(boundary, text)) {
    const end = m.index + m[0].length;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

describe('sentenceSpans', () => {
  it('splits on marks before a space, line breaks, and not after Dr. or an initial', () => {
    const text = 'Dr. Lee saw J. Smith today! Really?! Yes;no. 3.5 mg\n\nNext line vs. that';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['Dr. Lee saw J. Smith today!', ' Really?!', ' Yes;no.', ' 3.5 mg\n\n', 'Next line vs. that']);
    expect(sentenceAt(sentenceSpans(text), 30).start).toBe(27);
  });

  it('gives the same spans as the regex split for any text', () => {
    const pieces = fc.constantFrom('Dr', 'Mrs', 'Ms', 'St', 'Ave', 'No', 'vs', 'A', 'x', 'Jo', '_', '9', '.', '..', '!', '?', ';', ' ', '\n', '\t', '\u00a0', '\u2009', 'é', '😀', 'aDr', 'Apt');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 25 }), (parts) => {
      const text = parts.join('');
      expect(sentenceSpans(text)).toEqual(regexSpans(text));
    }), { numRuns: 5000 });
  });
});
