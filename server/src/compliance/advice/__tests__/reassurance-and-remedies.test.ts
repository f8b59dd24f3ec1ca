import { adviceRulesOf as rules } from './advice-rules-of';

describe('reassurance, remedy promises, suggested changes and named conditions (issue #3)', () => {
  it.each([
    ['you will be fine', 'Don’t worry, that is normal after leg day. You’re fine!', 'advice.you-will-be-fine'],
    ['nothing to stress about', 'A little blood is usually nothing to stress about.', 'advice.you-will-be-fine'],
    ['can wait', 'You can safely wait until Monday to be seen for that.', 'advice.you-will-be-fine'],
    ['not urgent', 'It’s not urgent, honestly.', 'advice.you-will-be-fine'],
    ['it will pass', 'That cramping will pass on its own, no need to come in.', 'advice.discourages-care'],
    ['best to finish', 'It’s best to finish the whole course of antibiotics even if you feel fine.', 'advice.hedged'],
    ['usually fine together', 'A few days of ibuprofen is usually fine with lisinopril.', 'advice.hedged'],
    ['remedy promise', 'Honey and lemon will knock that cough out in two days 🍯', 'advice.remedy-promise'],
    ['remedy promise, help', 'Apple cider vinegar before meals can help bring that blood sugar down.', 'advice.remedy-promise'],
    ['suggested change', 'We’d suggest switching to the non-drowsy version and taking it at night.', 'advice.suggests-a-change'],
    ['named condition', 'You should get that mole looked at, it sounds like melanoma.', 'advice.names-the-condition'],
    ['textbook condition', 'That’s textbook bladder infection stuff.', 'advice.names-the-condition'],
  ])('%s', (_label, text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    ['routing after reassurance', 'You’ll be fine to call the nurse line at (555) 201-4100 any time.'],
    ['general remedy statement', 'Staying active can help bring blood pressure down over time.'],
    ['recommending a call', 'We’d recommend calling our nurse line so a nurse can talk it through.'],
    ['research prose', 'Ten patients had the classic osteoporotic fractures.'],
    ['the wait is on us', 'We can’t wait to see everyone at the health fair!'],
    ['passing praise along', 'Thanks for the kind words! We will pass them along to the imaging team.'],
  ])('leaves alone: %s', (_label, text) => {
    expect(rules(text)).toEqual([]);
  });
});
