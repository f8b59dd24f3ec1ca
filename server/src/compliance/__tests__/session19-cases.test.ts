import { checkPost, handWrittenBlockingRules as handRules } from './check-post';

// Session 19: causes found on the probe133, 134 and 136 study sets; the cases are new variants, not their items.

const reply = (context: string) => ({ kind: 'reply' as const, context });
const findingsOf = (text: string, extra = {}) => checkPost(text, extra).findings.map((f) => `${f.severity} ${f.rule} ${f.text}`);

describe('social handles', () => {
  it('a handle next to someone\'s recovery names a patient', () => {
    expect(handRules('Huge congrats to @ben_walks42 on one year sober! Our recovery group is proud of you.')).toContain('phi.name.handle');
  });

  it('a handle next to their chemo blocks, as their name would', () => {
    expect(handRules('Shout-out to @tess.gardens, who finished chemo this week!')).toContain('phi.name.handle');
  });

  it('a handle with no health detail is only a warning', () => {
    expect(findingsOf('Congrats to @tess.gardens, winner of our fall photo contest!')).toEqual(['warn phi.name.handle @tess.gardens']);
  });

  it("a sponsor's account is no person's", () => {
    expect(findingsOf('Thank you @HarborCountyCU for sponsoring free sports physicals at 22 Harbor Road!').filter((f) => f.includes('handle'))).toEqual([]);
  });

  it("the organisation's own account and an agency's are no person's", () => {
    expect(findingsOf('Follow @lakesideclinic and @cdcgov for flu season updates.')).toEqual([]);
  });

  it('"@" for "at" in a note or a post is no handle', () => {
    for (const text of ['Versed @2mg and fentanyl @25mcg for sedation. Tube feeds @goal, tolerating well.', 'Pt resting @home, family at bedside.'])
      expect(findingsOf(text).some((f) => f.includes('handle'))).toBe(false);
  });

  it('an e-mail address is not read as a handle', () => {
    expect(findingsOf('Write to jo.ames@mailbox.example about your flu shot.').some((f) => f.includes('handle'))).toBe(false);
  });
});

describe('identifiers', () => {
  it('an invoice number next to "the patient who called" identifies them', () => {
    expect(handRules('To the patient who asked about invoice #72-40118: the refund went out today.')).toContain('phi.id.record-number');
  });

  it('a prescription number identifies its holder', () => {
    expect(handRules('Rx #8830214 is ready at the pharmacy counter.')).toContain('phi.id.record-number');
  });

  it('a short order count is no record number', () => {
    expect(handRules('Order #3 of our flu-shot supply arrived today.')).toEqual([]);
  });
});

describe('dates of events', () => {
  it('a day followed by its opening hours is when an event runs, even beside screenings', () => {
    expect(handRules('Community Wellness Day 🎈 Saturday, May 17, 10am–2pm at 22 Harbor Road: free flu shots and blood pressure checks.')).toEqual([]);
  });

  it("a patient's day of care is still one, with a clock time after it", () => {
    expect(handRules('Our patient Rosa Delgado had her knee surgery on May 17, 10am, and is walking already.').some((r) => r.startsWith('phi.date'))).toBe(true);
  });
});

describe('names of programs and organisations', () => {
  it('the last word of a program\'s name is no person', () => {
    expect(findingsOf('Last year 212 patients quit smoking through our Breathe Free From Tobacco program.')).toEqual([]);
  });

  it('a collaborative is an organisation', () => {
    expect(findingsOf('Dr. Helena Marsh will speak to the State Maternal Quality Collaborative on June 3 about postpartum hypertension.').filter((f) => f.includes('name'))).toEqual([]);
  });
});

describe('notices in capitals', () => {
  it('"PARKING ALERT" labels a notice; it does not frighten', () => {
    expect(handRules('PARKING ALERT 🚧 The north lot is closed Tuesday for repaving; park on Elm Street instead.')).toEqual([]);
  });

  it('"DANGER" shouting still blocks', () => {
    expect(handRules('DANGER ALERT: this common snack is poisoning your kids!')).toContain('clickbait.all-caps-fear');
  });
});

describe('advice in replies', () => {
  it('ounces of juice and a recheck in minutes treat a low sugar', () => {
    const found = handRules("Drink 6 ounces of regular soda and recheck in 15 minutes; if it's still under 70, call us.", reply('my sugar is 58 and I feel weird'));
    expect(found).toEqual(expect.arrayContaining(['advice.dosing', 'advice.recheck-later']));
  });
});

describe('confirmation in replies', () => {
  it('"we\'d hate to lose you from Dr. Marsh\'s panel" says they are her patient', () => {
    expect(handRules("We'd hate to lose you from Dr. Marsh's panel! Can we help?", reply('Thinking of switching doctors, any advice?'))).toContain('confirmation.hate-to-lose-you');
  });

  it('"hate to lose you as a volunteer" is not about care', () => {
    expect(handRules("We'd hate to lose you as a volunteer! Call (555) 300-1000 and we'll find a new shift.", reply('My schedule changed, not sure I can keep volunteering'))).toEqual([]);
  });
});

describe('short forms said back', () => {
  it('"your PCOS" after the commenter names it in capitals restates their condition', () => {
    expect(handRules("We're sorry your PCOS care has felt rushed. Please call (555) 300-1000.", reply('I have PCOS and every visit feels rushed, I have had it with my cycle problems'))).toContain(
      'phi.diagnosis.restated-short-form',
    );
  });

  it('"your PCP" is routing, not a condition', () => {
    expect(handRules('Your PCP can refer you; call (555) 300-1000 if you need one.', reply('My PCP never listens about my asthma'))).not.toContain('phi.diagnosis.restated-short-form');
  });
});

describe('a death said back', () => {
  it('"last week" after "we lost my mother last week" is the day of her death', () => {
    expect(handRules('So sorry about your mom last week. Our hearts are with you.', reply('We lost my mother last week. The hospice team was wonderful.'))).toContain('phi.date.restated-care-day');
  });

  it('a group that meets every week says no day of anyone\'s death', () => {
    expect(handRules('Our grief support group meets every Tuesday; call (555) 300-1000 for details.', reply('We lost my mother last week.'))).toEqual([]);
  });
});

describe('probe139 causes', () => {
  it('a pharmacy bag left for a named person ties them to care', () => {
    expect(handRules('Found in our lobby: a pharmacy bag for J. Whitcombe. Call (555) 300-1000 to claim it.')).toContain('phi.name.initial-surname');
  });

  it('a drink named after "of" in a reply is no hometown', () => {
    expect(findingsOf('Keep her home and offer small sips of Gatorade tonight.', reply('my daughter has a stomach bug')).some((f) => f.includes('phi.location'))).toBe(false);
  });

  it("a pet's condition is no patient's", () => {
    expect(handRules("Say hi to Biscuit, Owen Pritchard's 12-year-old diabetic dog and our team's favourite visitor.").some((r) => r.startsWith('phi.diagnosis'))).toBe(false);
  });
});

describe('probe138 causes', () => {
  it('a card about my surgery, signed inside the quote, names its patient', () => {
    expect(handRules('Card of the week 💌 "Thank you for getting me through my surgery. Love, Marisa"')).toContain('phi.name.testimonial');
  });

  it('a signed card about an event is no patient\'s', () => {
    expect(handRules('Card of the week 💌 "Thanks for the lovely flu clinic at the library! Love, Marisa"')).not.toContain('phi.name.testimonial');
  });

  it('the school of a child whose diagnosis the comment gives, said back', () => {
    expect(handRules('Our dietitian can write a letter for Maple Grove Elementary; call (555) 300-1000.', reply('My daughter was just diagnosed with celiac and Maple Grove Elementary has no gluten-free lunches'))).toContain(
      'phi.location.restated-school',
    );
  });
});
