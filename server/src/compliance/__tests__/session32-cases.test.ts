import { blockingRules, checkPost, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 32: causes found in the study sets probe236–241 (scored blind first); the cases are new variants.

describe('a name becomes a patient’s', () => {
  it('when a care role of theirs follows it', () => {
    expect(
      blockingRules('Thanks for asking! Noah’s pediatrician can check his hearing. Call (555) 300-1000 to book.', reply('my nephew Noah only says a few words at 2'))
    ).toContain('phi.name.given-name');
  });

  it('when a given name that is also charting shorthand comes with a surname', () => {
    expect(blockingRules('Please keep Max Delacroix in your prayers as he starts chemo this week.')).toContain('phi.name.given-name');
  });

  it('but a volunteer introduced as one is still one of ours', () => {
    expect(handRules('Say hi to volunteer Gene Albers and Pickles, the therapy cat who visits our infusion center on Fridays!')).toEqual([]);
  });

  it('and a volunteer who tells of their own care is not', () => {
    expect(blockingRules('Thanks to volunteer Tessa Moore, who beat lymphoma herself and now sits with new patients at infusion.')).toContain('phi.name.given-name');
  });

  it('when a coach’s own treatment is named', () => {
    expect(blockingRules('Congratulations, Coach Lena Ruiz, on finishing chemo! The infusion crew will miss your jokes.').some((rule) => rule.startsWith('phi.name.'))).toBe(true);
  });

  it('when the commenter signed their hurt and the reply names them', () => {
    expect(
      blockingRules('So sorry, Eli. A kick like that is scary. Please call our nurse line at (555) 300-1000 about the rib pain.', reply('Eli Brandt. horse kicked me saturday, ribs still hurt bad'))
    ).toContain('phi.name.addressed');
  });
});

describe('a reply confirms care', () => {
  it('by saying the person is in our system', () => {
    expect(blockingRules('Good news: since you’re already in our system, you can book online.', reply('Can I book a flu shot online?'))).toContain('confirmation.records-say');
    expect(handRules('If you’re already in our system, you can book online.', reply('Can I book a flu shot online?'))).toEqual([]);
  });

  it('by answering yes when asked whether a relative was here', () => {
    expect(blockingRules('She was! Her scarf is at the front desk.', reply('was my mom at the ER on Friday? she lost a scarf'))).toContain('confirmation.answers-yes');
    expect(handRules('She is! Owen Pritchard, RN now leads our nurses.', reply('Owen was my nurse when I had my daughter, is he still there?'))).toEqual([]);
  });

  it('by passing on what our doctor says of a kidney donor and recipient', () => {
    expect(blockingRules('Dr. Marsh says you’re both healing beautifully!', reply('my brother donated a kidney to me at your hospital'))).toContain('confirmation.staff-speaks-of-you');
  });

  it('in Spanish', () => {
    expect(blockingRules('Ya le enviamos el enlace de su videoconsulta por mensaje de texto.', reply('No me llegó el enlace'))).toContain('confirmation.spanish-your-care');
    expect(handRules('Para programar su cita, llame al (555) 300-1000.', reply('¿Cómo hago una cita?'))).toEqual([]);
  });
});

describe('restated details', () => {
  it('the town the commenter just moved to', () => {
    expect(blockingRules('Welcome to Willow Heights! Our closest clinic is at 22 Harbor Road.', reply('we just moved to Willow Heights, any family doctors near us?'))).toContain(
      'phi.location.restated-home',
    );
  });

  it('an age over 89 in Spanish', () => {
    expect(blockingRules('Lo sentimos mucho por su papá de 94 años. Llame a nuestra línea: (555) 300-1000.', reply('Mi papá tiene 94 años y está muy débil'))).toContain(
      'phi.age.over-89',
    );
    expect(handRules('El Dr. Marsh tiene 30 años de experiencia.')).toEqual([]);
  });
});

describe('places', () => {
  it('a numbered chair in the infusion unit is where one patient sits', () => {
    expect(blockingRules('Our therapy dog’s favourite friend is the lady in chair 4 who saves him a biscuit every Tuesday at infusion.')).toContain('phi.location.room');
  });

  it('a café or a hall named like a person is a place', () => {
    expect(handRules('Memory Café ☕ Music, coffee and conversation for anyone curious about memory changes. Tuesday, May 6, 2–4pm, Room 4. Free.')).toEqual([]);
    expect(handRules('Our mobile clinic visits the Grange Hall every Tuesday: blood pressure checks and flu shots, no appointment needed.')).toEqual([]);
  });

  it('a year before an event’s name is no house number', () => {
    const rules = checkPost('Thank you to Cedar Logistics, our 2026 River Run title sponsor, and to its 40 drivers who ran and volunteered. 🚚').findings.map((f) => f.rule);
    expect(rules).not.toContain('phi.address.street');
  });

  it('a stretch of towns we serve is no one’s hometown', () => {
    expect(handRules('Happy Rural Health Day! About 1 in 5 Americans lives in a rural area. We’re proud to serve ours, from Millbrook to Lakeside.')).toEqual([]);
  });
});

describe('services named by a restated term', () => {
  it('training and scheduling for a condition are what we offer', () => {
    expect(handRules('Our nurses offer free EpiPen training for teachers: call (555) 300-1000.', reply('one of my students has a peanut allergy and an EpiPen, can you train our staff?'))).toEqual([]);
    expect(handRules('Evening chairs are open at Lakeside. Call (555) 300-1000 and ask for dialysis scheduling.', reply('can I move my dialysis to evenings?'))).toEqual([]);
  });
});

describe('Spanish teasers', () => {
  it('keep the answer for tomorrow', () => {
    expect(blockingRules('Hay un error que casi todos cometen con el protector solar. ¿Sabe cuál es? Se lo decimos mañana.')).toContain('clickbait.spanish-held-for-later');
  });
});

// The study sets probe244–245, scored blind with the start and mid-session builds before reading.

describe('more replies that confirm care', () => {
  it('thanking someone for being among our first patients', () => {
    expect(blockingRules('Thank you! And thanks for being one of our very first patients at the new clinic.', reply('The new clinic hours are great'))).toContain('confirmation.our-patient');
  });

  it('booking a new time for a missed appointment', () => {
    expect(blockingRules('No problem! The front desk will call you today to book a new time.', reply('I missed my physical this morning, can I reschedule?'))).toContain('confirmation.acted-on-care');
  });

  it('a yes to "are my results back?"', () => {
    expect(blockingRules('They are! Log in to the portal to see them.', reply('are my results from Monday’s blood test back yet?'))).toContain('confirmation.answers-yes');
  });

  it('looking up which clinic the commenter went to', () => {
    expect(blockingRules('Looks like it was our 22 Harbor Road clinic. See you for the reading!', reply('Which clinic did I go to for my skin test? I forgot lol'))).toContain(
      'confirmation.affirms-commenter-care',
    );
  });

  it('but not routing questions about records, or another organisation’s care team', () => {
    expect(handRules('Most vaccines need two weeks to work. Questions about your family’s records? Call (555) 300-1000.', reply('how long until the shot works?'))).toEqual([]);
    expect(handRules('Sign a release at the front desk and we’ll send records straight to your VA care team.', reply('how do I get my records to the VA?'))).toEqual([]);
  });
});

describe('advice with a deadline', () => {
  it('tells the commenter which shot they need and by when', () => {
    expect(blockingRules('You’ll want a tetanus booster within 2 days of that cut. Urgent Care can give it: (555) 300-1000.', reply('stepped on a rusty nail, last tetanus shot was ages ago'))).toContain(
      'advice.treatment-window',
    );
  });
});

describe('names tied to care in other words', () => {
  it('a captain starting chemotherapy', () => {
    expect(blockingRules('Please keep Captain Rosa Reyes of Station 4 in your thoughts as she starts chemotherapy this week.').some((rule) => rule.startsWith('phi.name.'))).toBe(true);
  });

  it('praying for someone by name', () => {
    expect(blockingRules('Your Lakeside family is praying for you, Lt. Dana Ortiz 🙏').some((rule) => rule.startsWith('phi.name.'))).toBe(true);
  });

  it('a relative named back after a needlestick', () => {
    expect(
      blockingRules('So sorry, and Maya is right to speak up. Have her call our nurse line at (555) 300-1000 or come to Urgent Care today.', reply('My daughter Maya is a new nurse and got a needlestick at work. She is scared')).some((rule) =>
        rule.startsWith('phi.name.'),
      ),
    ).toBe(true);
  });

  it('a military rank is a title', () => {
    expect(checkPost('Good news, Sgt. Okafor: your coat is at the front desk.').findings.map((f) => f.rule)).toContain('phi.name.title');
  });

  it('but a teddy bear named like a person is none, in every mention', () => {
    expect(handRules('Meet Biscuit, the teddy bear who gets “shots” beside our littlest patients 🧸 Biscuit has had 2,000 pretend shots and never cried.')).toEqual([]);
  });
});

describe('tuberculosis', () => {
  it('a neighbour’s TB said back', () => {
    expect(blockingRules('We’re sorry you’re worried about your neighbor’s TB. Our nurse line at (555) 300-1000 can talk through your risk.', reply('My neighbor upstairs says she has TB. Am I at risk?'))).toContain(
      'phi.diagnosis.person-linked',
    );
  });
});

describe('services and causes named by a condition', () => {
  it('the phi-risk model reads a class, fund, van or rate as a service', () => {
    expect(blockingRules('That’s Lisa Park, RD! Her next Kidney Smart cooking class is Tuesday, June 3 at 5:30pm in the Teaching Kitchen.', reply('Who runs the kidney cooking class? She was great'))).toEqual([]);
    expect(blockingRules('Thank you to the Millbrook Fire Department for driving our nurses through the snow last week so the dialysis van could keep running 💙')).toEqual([]);
  });

  it('but not when the class is named by the commenter’s own condition', () => {
    expect(blockingRules('Congratulations! Our gestational diabetes class meets every other Wednesday. Call (555) 300-1000 to join.', reply('Just found out I have gestational diabetes at 30 weeks, is there a class?'))).not.toEqual([]);
  });

  it('money raised for a service is a cause, not the fundraiser’s care', () => {
    expect(handRules('A huge thank-you to radio host Danny Ferreira for emceeing our gala again! 🎤 Danny helped raise $412,000 for cardiac rehab.')).toEqual([]);
  });
});

describe('the rules’ own vocabulary (vocab/extra-terms.ts)', () => {
  it('finds conditions and procedures beyond the core lists', () => {
    expect(blockingRules('So proud of Tessa, three years out from her Whipple procedure! 💛').some((rule) => rule.startsWith('phi.'))).toBe(true);
    expect(blockingRules('Welcome home, Omar! Your spinal muscular atrophy team is cheering.').some((rule) => rule.startsWith('phi.'))).toBe(true);
  });

  it('but a first word of such a term still names a person', () => {
    expect(checkPost('Glenn Ortiz coached the Lakeside Lions to a title.').findings.map((f) => f.rule).some((rule) => rule.startsWith('phi.name.'))).toBe(true);
  });
});
