import { withoutTrailingHashtags } from '../trailing-hashtags';

describe('withoutTrailingHashtags', () => {
  it.each([
    ['Flu shots Saturday! #FluSeason #LakesideCares', 'Flu shots Saturday!'],
    ['Tag a friend! 😤 #health\n\n#wellness 💪', 'Tag a friend! 😤'],
    ['Great day!\n\n#Health. 😀', 'Great day!'],
    ['Our top tip, #1 of 5: wash your hands. #HandHygiene', 'Our top tip, #1 of 5: wash your hands.'],
  ])('%j → %j', (text, expected) => {
    expect(withoutTrailingHashtags(text)).toBe(expected);
  });

  it.each([
    ['no hashtag', 'Flu shots Saturday!'],
    ['a hashtag inside the sentence', 'Join our #FluShot clinic on Saturday'],
    ['a number after #', 'The answer to #1 is coming in the next post'],
    ['a handle', 'Thanks @LakesideClinic'],
    ['a link with a fragment', 'See lakeside.example/flu#hours'],
    ['hashtags only', '#FluSeason #LakesideCares'],
    ['hashtags only after spaces', '  #FluSeason'],
  ])('keeps the text whole: %s', (_name, text) => {
    expect(withoutTrailingHashtags(text)).toBe(text);
  });

  it('reads a long run of tags once', () => {
    const text = `Hello ${'#tag '.repeat(20_000)}`;
    const start = performance.now();
    expect(withoutTrailingHashtags(text)).toBe('Hello');
    expect(performance.now() - start).toBeLessThan(500);
  });
});
