import { blockingRules as rules, checkPost, verdictOf as verdict } from './check-post';

// General causes found by reading a blind-written study set (tests/fixtures/probe6-posts.jsonl); the cases are new variants.

describe('false blocks that are gone', () => {
  it.each([
    ['an anonymous anecdote', 'A patient once told our nurses that the hardest part of diabetes was feeling alone. Our peer group meets Thursday, March 13 at 6pm.'],
    ['a statistic since a month', 'Our clinics have seen 2,100 visits for flu since October, more than last year. Get your flu shot!'],
    ['a staff schedule', 'Owen Pritchard, RN sees patients at our Main Street office Monday–Thursday.'],
    ['an organisation’s name', 'Our nurses visited the Oak Hollow Senior Center on Friday for blood pressure checks and flu shot sign-ups.'],
    ['a question answered at once', 'Does cold weather give you a cold? Nope! Viruses do. Wash your hands. #MythBusters'],
    ['a condition naming one of our services', 'Our Pediatrics team and diabetes educators help families get started — call (555) 300-1000.'],
    ['a question for your care team', 'Great question for your care team. Our nurses can go over lab results with you: (555) 300-1000.'],
    ['a listed colleague’s own story', 'Staff spotlight: Dr. Helena Marsh got her first sunburn at a lake as a kid — it is why she preaches sunscreen.'],
  ])('%s passes', (_name, text) => {
    expect(verdict(text, { options: { phiRiskModel: false } })).toBe('pass');
  });
});

describe('a reply that names a service after a comment about a diagnosis', () => {
  it('passes "our diabetes educators" but blocks "your diabetes"', () => {
    const context = 'My toddler was just diagnosed with type 1 diabetes. Where do we start?';
    expect(verdict('Our diabetes educators help families get started — call (555) 300-1000.', { kind: 'reply', context, options: { phiRiskModel: false } })).toBe('pass');
    expect(verdict('Managing your toddler’s diabetes is a lot — call (555) 300-1000.', { kind: 'reply', context })).toBe('block');
  });
});

describe('misses that are caught', () => {
  it('an age over 89 said back to the commenter', () => {
    expect(rules('At 94 you are amazing! Parking is right by the door.', { kind: 'reply', context: 'I’m 94 and drive myself to every appointment' })).toContain('phi.age.over-89');
  });

  it('a relative’s regular visits', () => {
    expect(rules('Tell her we said hi! Her Friday check-ins make our week.', { kind: 'reply', context: 'My grandpa says the staff are lovely' })).toContain('confirmation.dated-care');
  });

  it('a school, a sport and an age', () => {
    expect(rules('Tough night: a Lakeview High wrestler, 16, came in with a collapsed lung.')).toContain('phi.age.described-patient');
  });

  it('preemie twins home from the nursery, on a holiday that is not a name', () => {
    const found = rules('Twins Ava & June, born 6 weeks early on Valentine’s Day, are home from our special care nursery!');
    // Found by the given-name rule before session 10; "twins" is now a person cue, so the relation rule finds it first.
    expect(found.filter((r) => r === 'phi.name.given-name' || r === 'phi.name.relation')).not.toEqual([]);
    expect(checkPost('Happy Valentine’s Day from all of us! 💕').findings.some((f) => f.type === 'name')).toBe(false);
  });

  it('the victim of a public incident', () => {
    expect(rules('The cyclist from yesterday’s crash on Elm Street is stable and in good hands with our team.')).toContain('phi.location.described-patient');
  });

  it('a child named in the comment, with the injury', () => {
    expect(rules('Yes, we can stitch up Mia’s knee at our Urgent Care today.', { kind: 'reply', context: 'do you do stitches? my son Mia cut his knee' })).toContain('phi.name.relative-said-back');
  });

  it('"we miss you" to someone overdue for a visit', () => {
    expect(verdict('Ha! We just miss you. Call us when you are ready.', { kind: 'reply', context: 'Got the reminder postcard, I know I’m overdue' })).toBe('block');
    // The phrase rule needs a comment about the writer's own care; the reply-risk model may still weigh it.
    expect(verdict('Aww we miss you too! See you at the health fair.', { kind: 'reply', context: 'miss seeing everyone at the front desk', options: { replyRiskModel: false } })).toBe('pass');
  });

  it('comment-to-win and a story held for later', () => {
    expect(rules('Comment 🦷 if you floss daily — we’ll pick one lucky commenter for a free toothbrush!')).toContain('clickbait.engagement-bait');
    expect(rules('We changed one thing about scheduling and no-shows dropped. The change? More next week.').some((r) => r.startsWith('clickbait.'))).toBe(true);
  });
});
