import { blockingRules, checkPost, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 46: how replies are written on the platforms (eval-robustness's reply-* changes), then causes found in the
// study probe sets (scored blind first); the cases are new variants.

describe('a reply that opens with the handle of the person it answers', () => {
  const comment = reply('Is there free parking at the harbor office?');

  it('is judged as the same reply without the handle', () => {
    const written = 'Yes! Free patient and visitor parking is in the garage behind 22 Harbor Road.';
    expect(blockingRules(`@jmorales_82 ${written}`, comment)).toEqual(blockingRules(written, comment));
    expect(checkPost(`@jmorales_82 ${written}`, comment).verdict).toBe('pass');
  });

  it('reports the handle as a name to check, at its place in the reply as written', () => {
    const text = '  @jmorales_82 Flu shots are free on Saturday at 22 Harbor Road.';
    const handle = checkPost(text, comment).findings.find((f) => f.rule === 'phi.name.handle-addressed');
    expect(handle).toMatchObject({ severity: 'warn', start: 2, end: 14, text: '@jmorales_82' });
    const afterEmoji = checkPost('💙 @jmorales_82 Flu shots are free on Saturday.', comment).findings.find((f) => f.rule === 'phi.name.handle-addressed');
    expect(afterEmoji?.text).toBe('@jmorales_82');
  });

  it("still blocks what the reply says of that person's care, at the offsets of the text as written", () => {
    const text = '@jmorales_82 So glad your knee surgery went well!';
    const report = checkPost(text, reply('Back on my bike six weeks after knee surgery with you!'));
    expect(report.verdict).toBe('block');
    for (const f of report.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(report.findings.map((f) => f.text)).toContain('your knee surgery');
  });

  it("leaves the organisation's own handle unreported", () => {
    expect(checkPost('@LakesideClinic Thanks for sharing!', comment).findings.filter((f) => f.rule === 'phi.name.handle-addressed')).toEqual([]);
  });
});

describe('how else a reply or a comment is framed', () => {
  it("is judged without the team's signature under the reply", () => {
    const comment = reply('My kid has pink eye, can I use the antibiotic drops left over from last year?');
    const written = "If they haven't expired, go ahead: two drops in each eye three times a day.";
    for (const signature of ['\n– The Riverside Care Team', ' ^OP', ' — Nurse Owen']) expect(blockingRules(`${written}${signature}`, comment)).toEqual(blockingRules(written, comment));
    expect(blockingRules(written, comment)).toContain('reply-risk-model.medical-advice');
  });

  it('is judged on its words after "Thanks for reaching out!"', () => {
    expect(blockingRules("Thanks for reaching out! Right?! And now that you're set up in our system, check-in next time will take under a minute.", reply('the new check-in kiosks are so much faster'))).toContain(
      'reply-risk-model.patient-confirmation',
    );
  });

  it('is judged without the counter of a thread it ends with', () => {
    const comment = reply('Your billing dept charged me twice for the same visit!!');
    const written = 'So sorry! We found the duplicate and a refund is on its way 💸';
    expect(blockingRules(`${written} (1/2)`, comment)).toEqual(blockingRules(written, comment));
    expect(blockingRules(written, comment)).toContain('reply-risk-model.patient-confirmation');
  });

  it('is read by the confirmation model without a greeting that names no one', () => {
    const comment = reply('Dr. Nowak is the best dermatologist ever!!');
    expect(blockingRules('Hi there! We think so too! We will make sure Dr. Nowak sees this.', comment)).toEqual(blockingRules('We think so too! We will make sure Dr. Nowak sees this.', comment));
  });

  it('reads a post the same after a label in capitals', () => {
    const written = 'big congrats to our fave regular from maple grove who finally ditched the nicotine patches after 40 yrs of smoking 🎉';
    expect(blockingRules(`UPDATE: ${written}`)).toEqual(blockingRules(written));
    expect(blockingRules(written).length).toBeGreaterThan(0);
  });

  it('reads a comment or a text the same after the emoji it opens with', () => {
    const written = 'Oh, white coat syndrome is no fun! Our walk-in blood pressure checks at the front desk are a calm option.';
    const comment = 'anyone else get white coat syndrome at the doctor? it is so real';
    expect(blockingRules(written, reply(`💙 ${comment}`))).toEqual(blockingRules(written, reply(comment)));
    expect(blockingRules(`💙 Hi Priyanka! ${written}`, reply(comment))).toEqual(blockingRules(`Hi Priyanka! ${written}`, reply(comment)));
  });
});

describe('a reply that greets the commenter by name', () => {
  it('is tied to no health it offers or explains to anyone', () => {
    expect(handRules('Hi Marisol! Most plans cover flu shots at no cost. Our Front Desk can check your plan at (555) 300-1000.', reply('Does insurance cover flu shots?'))).not.toContain('phi.name.addressed');
    expect(handRules('Hi Carla! Yes, our team offers fluoride varnish at well-child visits. Call (555) 300-1000 with questions.', reply('Hi, this is Carla. Do you still do the fluoride varnish at checkups?'))).not.toContain(
      'phi.name.addressed',
    );
  });

  it("is tied to the condition the comment gave as the writer's or their child's, said back however generally", () => {
    expect(handRules('Hi Carlos! Many COPD check-ins can be done by video. Call (555) 300-1000 to ask.', reply("Hi I'm Carlos Reyes, I have COPD and wonder if I can do my checkups by video"))).toContain('phi.name.addressed');
    expect(handRules('Hi Hollis! The group meets Tuesdays at 6pm. Lots of parents there are navigating tree-nut allergies too.', reply('Is the Tuesday food allergy parent group still meeting? — Hollis (mom of a tree-nut allergic 7 yo)'))).toContain(
      'phi.name.addressed',
    );
  });

  it('is tied to what the reply calls theirs', () => {
    expect(handRules('Hi Brianna! Glad the stitches on your chin are healing.', reply('10/10 would faceplant at the 10K again -Brianna'))).toContain('phi.name.addressed');
  });
});

// probe543, probe544, probe546 and probe547 (studied).
describe('a TB clinic, a campus health center, the hospital kitchen and a pain clinic', () => {
  it("a procedure the comment asks about, said to be confirmed for a day", () => {
    expect(handRules('Yes, your genicular nerve block is confirmed for Monday at 8am.', reply('Is my genicular nerve block still on for Monday?'))).toContain('confirmation.answers-yes');
  });

  it('a standing slot of theirs', () => {
    expect(handRules('No need to call, your standing time is still on the books.', reply('Do you still have Tuesday evening hours?'))).toContain('confirmation.your-care-record');
  });

  it("a class's room at its hour, a room in the student union", () => {
    expect(blockingRules('That is Dr. Helena Marsh! Her next class is Monday, Jan 12 at 6pm in Room 110.', reply('Who teaches the heart health class?'))).not.toContain('phi.location.room');
    expect(handRules('Flu shots Monday in the Student Union, Room 3, from 10am to 2pm.')).not.toContain('phi.name.relation');
  });
});

// probe549, probe550, probe552 and probe553 (studied).
describe('ostomy care, the pharmacy, refugee health and the lung clinic', () => {
  it("a greeted commenter and an event's room", () => {
    expect(handRules('Hi Dana! Yes, the medicine review day is Friday, Nov 14, 10am–2pm in Room 110. See you there!', reply('Is the medicine review thing still happening? - Dana'))).not.toContain('phi.name.addressed');
  });

  it('our volunteer driver, a training mannequin', () => {
    expect(handRules('We said goodbye to our volunteer driver Walt, who retired after 9 years of shuttling wound care supplies between sites. Thank you, Walt!')).toEqual([]);
    expect(handRules("Say hi to Wheezy Walt, our new training mannequin. Walt's lungs can simulate a COPD flare so our nurses can practise.")).toEqual([]);
  });

  it('pack-years the commenter gave, said back', () => {
    expect(handRules('Eligibility depends on several things, including your 40 pack-years, so our screening team can review it with you.', reply('I quit two years ago after 40 pack-years. Should I get screened?'))).toContain('phi.lab.restated-reading');
  });
});

// probe555, probe556, probe558 and probe559 (studied).
describe('a vein clinic, organ donation, children\'s therapy and the thyroid clinic', () => {
  it('a name written on something found', () => {
    expect(handRules("Our front desk found a pair of black compression stockings, size M, with 'R. Okonkwo' written on the tag. Claim them at the vein center!")).toContain('phi.name.initial-surname');
  });

  it("a named person's ankle-brachial index", () => {
    expect(handRules('Shout-out to Dolores Fenwick, whose ankle-brachial index went from 0.5 to 0.7 after our walking program!')).toContain('phi.lab.person-linked');
  });

  it('a relative waiting for an organ, a relative with dysgraphia, named back', () => {
    expect(handRules("We're sending Theo so much love. Our family support group meets Tuesdays.", reply('My son Theo (he is 9) is on the list for a new kidney. Any support groups?'))).toContain('phi.name.relative-said-back');
    expect(handRules('Please call (555) 300-1000 to book an evaluation for Nora.', reply('My daughter Nora is 8 and has dysgraphia, can your OT help?'))).toEqual(expect.arrayContaining([expect.stringMatching(/^phi\./)]));
  });

  it('routing to "the team who treated you", thanks for trusting us with something personal, a department after "from"', () => {
    expect(handRules('That one is for the team who treated you. Check your aftercare sheet or give them a call.', reply('Had a procedure yesterday, can I swim tomorrow?'))).toEqual([]);
    expect(handRules('Thank you for trusting us with something so personal. Our counselors are here to talk: (555) 300-1000.', reply('Some days I still feel guilty about it.'))).toEqual([]);
    expect(handRules('Our committee includes nurses and Owen Pritchard from Patient Relations. Interested staff can join the next meeting.')).toEqual([]);
  });
});
