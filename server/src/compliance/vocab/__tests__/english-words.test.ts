import { isDictionaryWord } from '../english-words';

describe('isDictionaryWord', () => {
  it.each(['window', 'road', 'grace', 'sees', 'neighborhood', 'neighbourhood'])('%s is an everyday word', (word) => {
    expect(isDictionaryWord(word)).toBe(true);
  });

  it.each(['keisha', 'marchetti', 'shelbyville', 'eastbrook'])('%s is not', (word) => {
    expect(isDictionaryWord(word)).toBe(false);
  });
});
