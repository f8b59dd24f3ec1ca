import { clickbaitModelText } from '../clickbait-model-text';

describe('clickbaitModelText', () => {
  it('drops the hashtags a post ends with', () => {
    expect(clickbaitModelText('You will never guess what happened next 😱 #FluSeason #LakesideCares')).toBe('You will never guess what happened next 😱');
  });

  it('blanks links out with spaces, so every offset still points at the same character', () => {
    const text = 'The answer is here: https://lakeside.example/quiz and at lakeside.example/more!';
    const read = clickbaitModelText(text);
    expect(read).toHaveLength(text.length);
    expect(read).not.toMatch(/lakeside|https/);
    expect(read.slice(0, 20)).toBe(text.slice(0, 20));
    expect(read.endsWith('!')).toBe(true);
  });

  it('leaves an e-mail address and plain words alone', () => {
    const text = 'Questions? Write to info@lakeside.example any time.';
    expect(clickbaitModelText(text)).toBe(text);
  });
});
