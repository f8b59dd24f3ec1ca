import { letterCaseOf } from '../letter-case';
import { isBareLinkSignOff, signOffStart } from '../trailing-sign-off';

const signOff = (text: string): string | undefined => {
  const start = signOffStart(text);
  return start === undefined ? undefined : text.slice(start);
};

describe('the contact line a text ends with', () => {
  it.each([
    ['Flu shots are in! Questions? Call (555) 201-4000.', 'Questions? Call (555) 201-4000.'],
    ['So proud of our team! 💙 More at riversidefamilyhealth.example/news', 'More at riversidefamilyhealth.example/news'],
    ['Happy Nurses Week! DM us anytime.', 'DM us anytime.'],
    ['We hear you. You can also reach Patient Relations at (555) 201-4000.', 'You can also reach Patient Relations at (555) 201-4000.'],
    ['thank u gladys for the card lol Questions? Call (555) 201-4000.', 'Questions? Call (555) 201-4000.'],
    ['Open late tonight. Email us at help@riversidefamilyhealth.example', 'Email us at help@riversidefamilyhealth.example'],
    ['Flu shots are in! riversidefamilyhealth.example/flu', 'riversidefamilyhealth.example/flu'],
    ['Love to hear it! Thanks for rolling through 🚗💉 riversidefamilyhealth.example/news', 'riversidefamilyhealth.example/news'],
    ['Looks totally harmless to us 👍 riversidefamilyhealth.example/news', 'riversidefamilyhealth.example/news'],
  ])('%j ends with %j', (text, expected) => {
    expect(signOff(text)).toBe(expected);
  });

  it.each([
    ['a text that is only the contact line', 'Call (555) 201-4000.'],
    ['a contact inside the text, not at its end', 'Call (555) 201-4000 to book. We open at 8.'],
    ['a last sentence that says more than where to go', 'Great news. Maria Lopez called (555) 201-4000 after her knee replacement and told us all about it.'],
    ['no contact at all', 'Questions? Ask your doctor.'],
    ['a link inside the last sentence', 'Flu shots are in! Our page riversidefamilyhealth.example/flu lists the times.'],
    ['a link the last words lead into', 'Flu shots are in! Times are on riversidefamilyhealth.example/flu'],
    ['one sentence ending with a link it needs', 'Our flu clinic times are at riversidefamilyhealth.example/flu'],
  ])('finds none in %s', (_name, text) => {
    expect(signOffStart(text)).toBeUndefined();
  });
});

describe('a contact line that is a link alone', () => {
  it.each([
    ['Flu shots are in! riversidefamilyhealth.example/flu', true],
    ['So proud of our team! 💙 More at riversidefamilyhealth.example/news', false],
    ['Flu shots are in! Questions? Call (555) 201-4000.', false],
  ])('%j: %s', (text, bare) => {
    expect(isBareLinkSignOff(text)).toBe(bare);
  });
});

describe('letter case under a sign-off', () => {
  it('reads a text typed in lower case as lower case above a capitalised contact line', () => {
    expect(letterCaseOf('congrats marco on 5 yrs sober!! 🎉 Questions? Call (555) 201-4000.')).toBe('lower');
  });

  it('still reads capitals before the contact line', () => {
    expect(letterCaseOf('Congrats Marco! Questions? Call (555) 201-4000.')).toBe('mixed');
  });
});
