import fc from 'fast-check';
import { DEFAULT_CHECK_OPTIONS } from '../../default-options';
import type { DetectorContext, TextKind } from '../../types';
import { detectMedicalAdvice } from '../medical-advice-detector';

const ctx = (text: string, kind: TextKind = 'reply', context?: string): DetectorContext => ({
  text,
  kind,
  context,
  directory: { staff: [], departments: [] },
  options: DEFAULT_CHECK_OPTIONS,
});
const rules = (text: string, kind: TextKind = 'reply'): string[] => detectMedicalAdvice(ctx(text, kind)).map((f) => f.rule);
const flagged = (text: string, kind: TextKind = 'reply'): boolean => rules(text, kind).length > 0;

describe('detectMedicalAdvice — advice in replies', () => {
  it.each([
    ['dosing with a number', 'Try 400mg of ibuprofen with food and you should feel better.'],
    ['child dosing schedule', 'You can give her 7.5 ml of the children’s liquid every 6 hours.'],
    ['doubling a dose', 'Sounds like you could just double your dose until it settles.'],
    ['halving a pill', 'Maybe split the tablet in half for a week and see how you feel.'],
    ['stopping a drug, hedged', 'You might want to hold off on the metformin for a few days.'],
    ['if it were me', 'If it were me, I’d put a heating pad on it and rest for the weekend.'],
    ['most people in your situation', 'Most people in your situation do fine with extra fluids and some rest.'],
    ['our patients find', 'Many of our patients find that melatonin at bedtime sorts this out.'],
    ['diagnosis at a distance', 'That sounds like a classic sprain to me.'],
    ['probably just', 'Honestly it’s probably just a pulled muscle.'],
    ['discourages care', 'No need to come in — it’s probably nothing.'],
    ['wait it out', 'Give it a couple of days and it should clear up on its own.'],
    ['imperative self-care', 'Skip dinner and go for a long walk, that should bring it back down.'],
    ['remedy that works', 'Warm salt water gargles work wonders for a sore throat like yours.'],
  ])('blocks %s', (_label, text) => {
    expect(flagged(text)).toBe(true);
  });
});

describe('detectMedicalAdvice — routing and general replies pass', () => {
  it.each([
    'Please call our 24/7 nurse line at (555) 201-4100 — they can talk this through with you tonight.',
    'If you have chest pain or trouble breathing, call 911 right away.',
    'If you are thinking about hurting yourself, please call or text 988 now.',
    'A provider can discuss medication side effects with you. Call Cardiology at (555) 201-4400 to book a visit.',
    'Thanks for asking! We offer flu shots at every front desk, no appointment needed.',
    'Please don’t stop or change any medicine without talking to your prescriber first.',
    'We’re sorry you’re dealing with this. Please reach out to our nurse line so someone can help.',
    'Our dietitians run a free class on heart-healthy cooking every Wednesday. Call (555) 201-4450 to sign up.',
    'Great question! Our pharmacy is open until 9pm on weekdays.',
  ])('passes: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('detectMedicalAdvice — posts', () => {
  it('ignores general education posts that say "you"', () => {
    expect(flagged('Ankles sore after a run? Rest, ice and supportive shoes help most runners. Questions? Call Sports Medicine.', 'post')).toBe(false);
  });

  it('checks a post that addresses one person', () => {
    expect(flagged('@jamie_runs try 400 mg of ibuprofen and ice it tonight', 'post')).toBe(true);
    expect(flagged('Hi Sam, if it were me I’d stop the antibiotics once the fever is gone.', 'post')).toBe(true);
  });

  it('does not run on alt text', () => {
    expect(flagged('Take 2 tablets every 4 hours', 'alt-text')).toBe(false);
  });

  it('runs on reply templates, which are replies waiting to be sent', () => {
    expect(flagged('Take 2 tablets every 4 hours', 'template')).toBe(true);
  });
});

describe('detectMedicalAdvice — findings', () => {
  it('gives exact offsets, category and block severity', () => {
    const text = 'So sorry! Try cutting your evening insulin in half tonight.';
    const findings = detectMedicalAdvice(ctx(text));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.text).toBe(text.slice(f.start, f.end));
      expect(f.category).toBe('medical-advice');
      expect(f.severity).toBe('block');
      expect(f.suggestion).toBeDefined();
    }
  });
});

describe('detectMedicalAdvice — more paraphrases', () => {
  it.each([
    'Honestly you could probably skip your afternoon dose and be fine.',
    'That happens to lots of people — it usually goes away after a couple of weeks.',
    'I wouldn’t bother with the ER, just keep an eye on it overnight.',
    'You don’t need antibiotics for that, it’s viral.',
    'Your numbers sound fine, no need to see anyone about it.',
    'Switch to the generic version, it’s the same thing and cheaper.',
    'We’d suggest icing it 20 minutes at a time and keeping it elevated.',
    'You’re probably just dehydrated.',
    'Benadryl before bed should help with the itching.',
  ])('blocks: %s', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'We can’t give medical advice here, but our pharmacists can answer medication questions at (555) 201-4000.',
    'We’d recommend calling our nurse line so someone can hear the details.',
    'Our pharmacy can refill prescriptions; please allow 2 business days.',
    'Yes, we offer physical therapy for back pain. Call (555) 201-4420 to set up a visit.',
    'Please don’t change your dose on your own — call your prescriber’s office first.',
  ])('passes: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('detectMedicalAdvice — offsets hold for any text', () => {
  it('every finding’s text equals its slice', () => {
    const pieces = ['Try ', '400mg ', 'ibuprofen ', 'if it were me ', 'I’d ', 'rest ', 'call 911', ' — ', '. ', 'double your dose', 'probably nothing', '💙', 'sounds like a sprain', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const f of detectMedicalAdvice(ctx(text))) {
          expect(f.text).toBe(text.slice(f.start, f.end));
          expect(f.end).toBeGreaterThan(f.start);
        }
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});
