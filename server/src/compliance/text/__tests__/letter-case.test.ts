import { letterCaseOf } from '../letter-case';

describe('letterCaseOf', () => {
  it.each([
    ['thank u gladys for the card', 'lower'],
    ['FLU SHOTS ARE HERE', 'upper'],
    ['Flu shots are here', 'mixed'],
    ['thank u gladys #FluSeason #LakesideCares', 'lower'],
    ['thx @LakesideClinic, see lakeside.example/Flu or https://bit.ly/3xYz', 'lower'],
    ['FLU SHOTS #StayWell', 'upper'],
    ['josé ramírez', 'lower'],
    ['JOSÉ RAMÍREZ', 'upper'],
    ['José', 'mixed'],
    ['🎉 2024', 'lower'],
  ])('%j is %s', (text, expected) => {
    expect(letterCaseOf(text)).toBe(expected);
  });
});
