import { blockingRules as rules, checkPost } from './check-post';

// Session 14: causes found on the probe51 and probe52 study sets; the cases are new variants, not their items.

const reply = (context: string) => ({ kind: 'reply' as const, context });

describe('conditions written with punctuation', () => {
  it("\"Graves' disease\" said back to the commenter who has it", () => {
    expect(rules("We're sorry to hear about your Graves' disease. Cardiology can help: (555) 300-1200.", reply("Just found out I have Graves' disease"))).toContain(
      'phi.diagnosis.person-linked',
    );
  });

  it('"E. coli" next to a patient', () => {
    expect(rules('Our patient in room 6 tested positive for E. coli.')).toContain('phi.diagnosis.person-linked');
  });
});

describe('supposed, offered and named-for-a-vaccine health words', () => {
  it('"if he has chest pain, call 911" supposes a symptom, it does not attribute one', () => {
    const found = rules('Call the nurse line now. If he gets chest pain or passes out, call 911 right away.', reply('My dad feels faint and sweaty, what should we do?'));
    expect(found).not.toContain('phi.diagnosis.person-linked');
  });

  it('"he has chest pain" stated as fact is still about one patient', () => {
    expect(rules('He has chest pain and is resting in bed 3.')).toContain('phi.diagnosis.person-linked');
  });

  it('"flu and COVID vaccines" names two vaccines, not the flu', () => {
    expect(rules('Flu and COVID vaccines can be given at the same visit.', reply('can I get both my flu and covid shots on one day?'))).toEqual([]);
  });

  it('"an appointment for a flu shot" asks about the service, so "a flu shot" in the answer is not theirs', () => {
    expect(rules('No appointment needed: you can get a flu shot at any of our locations.', reply('do I need an appointment for a flu shot?'))).toEqual([]);
  });

  it('"my flu shot" is still theirs', () => {
    expect(rules('So glad your flu shot went smoothly!', reply('Got my flu shot at lunch today'))).toContain('phi.procedure.person-linked');
  });
});

describe('our departments are not hometowns', () => {
  it('"a copy from Cardiology" in a sentence about the patient portal', () => {
    expect(rules('Records are in the patient portal, or ask for a printed copy from Cardiology at (555) 300-1200.', reply('how do I get my records?'))).toEqual([]);
  });

  it('a town after "a patient from" still is', () => {
    expect(rules('A patient from Maple Falls, 52, finished chemo with us this week.')).toContain('phi.location.hometown');
  });
});

describe('advice on the commenter\'s own reading', () => {
  const context = 'the machine at the store said 171/104, is that bad?';

  it('"that reading is high" interprets their number', () => {
    expect(rules('That reading is a bit high, but please talk it over with Cardiology: (555) 300-1200.', reply(context))).toContain('advice.reads-their-number');
  });

  it('"recheck in a week" tells them to wait on their own', () => {
    expect(rules('Those machines can be off, so recheck in two weeks before you worry.', reply(context))).toContain('advice.recheck-later');
  });

  it('a general threshold is education, not a reading of theirs', () => {
    expect(rules('A reading above 180/120 is an emergency: call 911. For anything else, Cardiology is at (555) 300-1200.', reply(context))).toEqual([]);
  });
});

describe('fear and shouting in posts', () => {
  it('"Don\'t be the one who waited" is fear bait', () => {
    expect(rules("Mammogram slots fill fast. Don't be the one who put it off.")).toContain('clickbait.too-late-fear');
  });

  it('"before it\'s too late" is fear bait, "it\'s not too late" is not', () => {
    expect(rules("Book your screening before it's too late.")).toContain('clickbait.too-late-fear');
    expect(rules("It's not too late for a flu shot: walk in Tuesdays 3–7pm.")).toEqual([]);
  });

  it('a number inside capitals does not break the shouting ("ONLY 2 SPOTS LEFT")', () => {
    expect(rules('ONLY 2 SPOTS LEFT for Saturday sports physicals!')).toContain('clickbait.all-caps-fear');
  });
});

describe('past care implied', () => {
  it('"if you ever need us again" says they were with us', () => {
    expect(rules('Thank you for the kind words. Our team is here if you ever need us again.', reply('You all got me through a rough month.'))).toContain(
      'confirmation.welcome-back',
    );
  });

  it('"if you need us" without "again" is an open door', () => {
    expect(checkPost('Our team is here if you need us: (555) 300-1000.', reply('Do you take new patients?')).verdict).toBe('pass');
  });
});
