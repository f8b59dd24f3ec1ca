import { cachedRegExp } from '../cached-regexp';

describe('cachedRegExp', () => {
  it('gives back the regex it built for the same source and flags', () => {
    const first = cachedRegExp(String.raw`\bEli\b`, 'iu');
    expect(cachedRegExp(String.raw`\bEli\b`, 'iu')).toBe(first);
    expect(cachedRegExp(String.raw`\bEli\b`, 'u')).not.toBe(first);
    expect(first.test('my son ELI')).toBe(true);
  });

  it('refuses a global or sticky regex, whose lastIndex would leak between callers', () => {
    expect(() => cachedRegExp('a', 'g')).toThrow(/non-global/);
    expect(() => cachedRegExp('a', 'y')).toThrow(/non-global/);
  });
});
