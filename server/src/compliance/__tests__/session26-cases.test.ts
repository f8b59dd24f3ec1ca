import type { CheckInput } from '../types';
import { blockingRules, checkPost, handWrittenBlockingRules as handRules } from './check-post';

const reply = (context: string): Partial<CheckInput> => ({ kind: 'reply', context });

// Session 26: causes found on fresh blind sets (probe190–193) once they were read; the cases are new variants, not their items.

describe('people the rules now find', () => {
  it('an age over 89 in brackets after a name ("Walter (97!)")', () => {
    expect(handRules('Walter (97!) has knitted hats for our Birth Center every winter since 2010.')).toContain('phi.age.over-89');
    expect(handRules('Say hi to Rosa (102) at the welcome desk this Friday!')).toContain('phi.age.over-89');
  });

  it('a given name set off by a comma and closed by "!" is spoken to', () => {
    expect(handRules('Back on the bike already, Big Mike! Six weeks after your knee scope and you look great.')).toContain('phi.name.addressed');
    expect(handRules('Thanks for the coffee this morning, Marcus!')).toEqual([]);
  });

  it('an allergic reaction named by what caused it is a condition', () => {
    expect(handRules('Shoutout to Priya, who was so brave after her peanut reaction at the school picnic.')).toContain('phi.diagnosis.person-linked');
    expect(handRules('Shoutout to Nia, who handled her first bee sting reaction like a pro at camp!')).toContain('phi.diagnosis.person-linked');
  });
});

describe('clean posts the rules no longer block', () => {
  it('a lower-case term introduced by "called" is no name', () => {
    expect(checkPost('Eye twitching (called myokymia) is usually harmless and fades with a good night of sleep.').findings.map((f) => f.rule)).not.toContain('phi.name.introduced');
    expect(handRules('Our patient is called Mara and she had a stroke last week.')).not.toEqual([]);
  });

  it('a number after "booth" or "table" is a place at an event, not a player', () => {
    expect(handRules('Find our sports medicine team at table #14 at Friday’s football game for free concussion screenings.')).toEqual([]);
    expect(handRules('Get well soon to #14 from the Westfield football team after his concussion on Friday night!')).toContain('phi.id.jersey');
  });

  it('a meeting room of a class for patients hosts the class', () => {
    expect(handRules('Diabetes class for patients and families: Thursday 5pm, Community Room A, 1200 Main Street.')).toEqual([]);
    expect(handRules('Our patient in Room 4 went home today after knee surgery.')).toContain('phi.location.room');
  });

  it('a deadline for what readers are asked to do is nobody’s care', () => {
    expect(handRules('Toy drive! Families can drop off new toys for our pediatric patients at the main lobby by Nov 30.')).toEqual([]);
  });

  it('a capitalised role word opening a programme’s name introduces no one', () => {
    expect(handRules('Our Family Caregiver Circle meets Thursdays at 6pm in Community Room B for anyone caring for a parent with dementia.')).toEqual([]);
    expect(handRules('Thank you to caregiver Rosa for sitting with her mom through every chemo session.')).toContain('phi.name.relation');
  });

  it('a club named in thanks is not read as a person by the phi-risk model', () => {
    expect(blockingRules('A big thank-you to the Westfield Lions Club, who dropped off 60 hand-sewn blankets for our Birth Center this week!')).toEqual([]);
  });
});

describe('advice', () => {
  it('"if you take X" is a condition the reader may meet, not a drug to take', () => {
    const context = 'Is turmeric safe to try for joint pain?';
    expect(handRules('Ask your pharmacist first, especially if you take warfarin, since some supplements interact. Pharmacy: (555) 201-4000.', reply(context))).not.toContain('advice.take-drug');
    expect(handRules('Just take some ibuprofen tonight and see how it goes.', reply(context)).some((rule) => rule.startsWith('advice.'))).toBe(true);
  });
});

describe('second round (probe196–197)', () => {
  it('an age over 89 of someone known by a place ("our pharmacy regular")', () => {
    expect(handRules('Happy 99th birthday to our favorite pharmacy regular! See you Tuesday for your crossword.')).toContain('phi.age.over-89');
    expect(handRules('Happy 100th birthday to our pharmacy! Open since 1925.')).toEqual([]);
  });

  it('a room number followed by its family is those people', () => {
    expect(handRules('Room 412 family, thank you for the flowers! Best wishes to your mom at home.')).toContain('phi.location.room');
  });

  it('what we looked up about the commenter’s plan confirms care', () => {
    expect(handRules('We looked it up and your plan covers the flu shot in full!', reply('Does my insurance cover flu shots?'))).toContain('confirmation.records-say');
    expect(handRules('Most plans cover it in full; our Billing team can check yours.', reply('Does my insurance cover flu shots?'))).not.toContain('confirmation.records-say');
  });

  it('"a pleasure helping you", "a privilege to support you" and "trusting our team through" confirm care', () => {
    expect(handRules('It was a pleasure helping you get through a tough winter.', reply('Thanks to the pharmacy team for all the help this winter!'))).toContain('confirmation.saw-you');
    expect(handRules('It was a privilege to support you at every visit.', reply('Thank you for the interpreters!'))).toContain('confirmation.saw-you');
    expect(handRules('Thank you for trusting our nursing team through such a hard month.', reply('My surgery last month was scary, but you all got me through it.'))).not.toEqual([]);
  });
});
