import { adviceRulesOf as rules } from './advice-rules-of';

describe('care-deferral advice (probe set, issue #3)', () => {
  it.each([
    ['not worth a visit', 'A sore throat like that usually isn’t worth an urgent care visit.', 'advice.not-worth-a-visit'],
    ['sleep it off', 'Sounds rough! Just sleep it off and drink something warm.', 'advice.not-worth-a-visit'],
    ['no scan needed', 'Keep it wrapped, no X-ray needed for a bump like that.', 'advice.not-worth-a-visit'],
    ['no need for imaging', 'No need for imaging, it will calm down by itself.', 'advice.not-worth-a-visit'],
    ['responds best to', 'That kind of neck pain responds best to heat and gentle stretches.', 'advice.responds-best-to'],
    ['ease off a medicine', 'Maybe ease off the allergy pills for a week and see.', 'advice.ease-off-medicine'],
    ['part of a pill', 'For a toddler that size, half a children’s Tylenol tablet is plenty.', 'advice.part-of-a-pill'],
    ['back off a named drug', 'I’d back off the melatonin if the dreams are that vivid.', 'advice.ease-off-medicine'],
    ['fine alongside a drug', 'Yep, a couple of Advil now and then is fine alongside a blood thinner.', 'advice.safe-for-you'],
    ['you can probably stop', 'If your numbers are normal, you can probably stop it and recheck later.', 'advice.safe-for-you'],
    ['all you need', 'That’s a normal reaction; a Benadryl and an ice pack is all you need.', 'advice.safe-for-you'],
    ['one dose is enough', 'Honestly, one dose is enough for most people your age.', 'advice.safe-for-you'],
    ['will knock it out', 'D-mannose and cranberry juice will knock it out without antibiotics.', 'advice.safe-for-you'],
    ['should improve', 'Most likely it’s deconditioning; it should improve within a few weeks.', 'advice.safe-for-you'],
    ['won’t hurt', 'Sure, an extra one won’t hurt and it’ll give the baby more iron.', 'advice.safe-for-you'],
    ['it’s probably', 'It’s probably low iron — grab a supplement.', 'advice.safe-for-you'],
    ['you can take up to', 'You can take up to 10 a day during pregnancy, no problem.', 'advice.safe-for-you'],
  ])('blocks %s', (_name, text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    ['routing about a scan', 'Our Orthopedics team can tell you whether an X-ray is needed: (555) 201-4420.'],
    ['a trip that is worth it', 'The free flu clinic on Saturday is worth the trip!'],
    ['program praise without treatment', 'Lots of people respond well to our new evening hours. Call (555) 201-4000 to book.'],
    ['caution about stopping', 'Please don’t ease off your meds without talking to your doctor first.'],
    ['caution about splitting', 'Never give half a pill without asking your pharmacist first.'],
    ['half of an event', 'Half a day of our health fair is for kids’ activities.'],
    ['sleep as education', 'Adults need 7–9 hours of sleep; our sleep clinic is at (555) 201-4000.'],
    ['stopping by', 'You can stop by any front desk for a free blood pressure check.'],
    ['a safe place', 'Our parking garage is safe and well lit, and it is fine to park there overnight.'],
    ['enough time', 'Fifteen minutes is plenty of time for check-in.'],
    ['it won’t hurt to ask', 'It won’t hurt to ask your pharmacist: (555) 201-4000.'],
    ['probably best to call', 'That’s probably a question for your provider — call (555) 201-4000.'],
  ])('leaves alone %s', (_name, text) => {
    expect(rules(text)).toEqual([]);
  });
});
