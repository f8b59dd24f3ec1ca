import { blockingRules, checkPost, handWrittenBlockingRules, reply } from './check-post';

const findingsOf = (text: string) => checkPost(text).findings.map((f) => `${f.rule}:${f.text}`);

describe('session 66 (probe964, 965, 967, 968): towns named like people, a unit that cared for a relative, a family’s town', () => {
  it('reads a given name after "in", beside a listed city or naming one of our sites as a town', () => {
    expect(handWrittenBlockingRules('Free flu shots in Charlotte this week, no appointment needed.')).toEqual([]);
    expect(handWrittenBlockingRules('The mobile mammography van parks at the library in Gary on Thursday, 9am–3pm.')).toEqual([]);
    expect(handWrittenBlockingRules('Happy holidays to our patients and neighbors in Chicago, Gary and Joliet!')).toEqual([]);
    expect(handWrittenBlockingRules('Free blood pressure checks every Wednesday in our Gary and Joliet hospital lobbies.')).toEqual([]);
  });

  it('still reads a given name as a person where it owns something or is spoken to', () => {
    expect(blockingRules('Everyone in Tyler’s unit cheered after his surgery.')).toContain('phi.name.given-name');
    expect(blockingRules('Proud of Austin Reed in Joliet after his knee surgery!')).toContain('phi.name.addressed');
  });

  it('passes a city thanked by name, but not a person', () => {
    expect(findingsOf('Thank you, Louisville! 600 donors gave blood at our drive this summer.').filter((f) => f.startsWith('phi.name'))).toEqual([]);
    expect(findingsOf('Thank you, Carla! 600 donors gave blood at our drive this summer.').filter((f) => f.startsWith('phi.name'))).toEqual(['phi.name.addressed:Carla']);
  });

  it('passes "from PT to surgery" as a range of services, not a hometown', () => {
    expect(handWrittenBlockingRules('Our team treats shoulder injuries every day, from PT to arthroscopic repair. Call (555) 300-1000.', reply('are you any good with rotator cuff tears?'))).toEqual([]);
  });

  it('blocks the floor or wing team named in a reply to thanks for a relative’s care, not in an answer about jobs', () => {
    expect(blockingRules('Thank you for sharing — our 5th-floor nurses will love this. Wishing her all the best at home!', reply('Thanks for taking such good care of my mom during her stay'))).toContain(
      'phi.location.unit-team',
    );
    expect(handWrittenBlockingRules('Our 5th-floor nurses are hiring! Apply on our careers page.', reply('Are you hiring nurses?'))).toEqual([]);
  });

  it('blocks a family’s town signed under their words of thanks', () => {
    expect(blockingRules('From our suggestion box: "The hospice team made Dad’s last weeks so much easier." — The Marchetti family, Oak Ridge')).toContain('phi.location.hometown');
  });

  it('blocks a Spanish reply that says the commenter’s knee condition back', () => {
    expect(
      blockingRules('¡Sí! Nuestro equipo de Fisioterapia trabaja mucho con condromalacia rotuliana. Llame al (555) 300-1000.', reply('Me diagnosticaron condromalacia rotuliana, ¿dan terapia?')),
    ).toContain('phi.diagnosis.restated-spanish');
  });

  it('passes a room named by a letter and a number at an event', () => {
    expect(findingsOf('Flu shots for students at the campus health fair on Sept 9, 10am–2pm, Room A-1002.').filter((f) => f.startsWith('phi.id'))).toEqual([]);
  });
});

describe('session 66 (probe970, 971, 973, 974): a list of the cities we serve, a dog on the team, a visit last time', () => {
  it('reads a city named like a person, listed beside a city no one is named, as a town', () => {
    expect(handWrittenBlockingRules('This fall 1,850 kids got their flu shot at our school clinics in Buffalo, Rochester and Syracuse!')).toEqual([]);
    expect(handWrittenBlockingRules('Heat advisory for Buffalo and Rochester today. Heat stroke is an emergency: call 911.')).toEqual([]);
    expect(findingsOf('Long gray winters bring the winter blues. Hi, Rochester and Syracuse!').filter((f) => f.startsWith('phi.name'))).toEqual([]);
  });

  it('still reads a name beside a street, or beside another name, as a person', () => {
    expect(blockingRules('Thank-you note of the week: "Dr. Petrova, my A1c is finally under 7! — Walt, Cedar Lane"')).toContain('phi.name.given-name');
    expect(blockingRules('Congrats to Tyler and Austin on their knee surgeries!')).toContain('phi.name.given-name');
  });

  it('passes a welcome that cannot wait to see what new staff accomplish, not a withheld reveal', () => {
    expect(handWrittenBlockingRules("Please welcome our 14 new nurse residents! We can't wait to see what you accomplish.")).toEqual([]);
    expect(blockingRules('Wait to see what happens when she opens the box.')).toContain('clickbait.withheld-which');
  });

  it('passes free blood pressure cuffs, a therapy dog introduced by name, and an immunization record to bring', () => {
    expect(handWrittenBlockingRules('We do! Free blood pressure cuffs are at any of our front desks while supplies last.', reply('My neighbor said you have free blood pressure cuffs?'))).toEqual([]);
    expect(handWrittenBlockingRules('Meet Biscuit, the newest member of our Pediatrics team! Biscuit is a 3-year-old golden retriever who visits on Wednesdays.')).toEqual([]);
    expect(
      handWrittenBlockingRules("Sports physicals are $30 at Urgent Care, no appointment needed. Bring the school's form and your child's immunization record.", reply('Do you do sports physicals?')),
    ).toEqual([]);
  });

  it('blocks a reply that is sorry about last time, or knows the commenter finished our rehab', () => {
    expect(blockingRules("We do! And sorry again about last time — hopefully this visit's quicker.", reply('does urgent care do stitches?'))).toContain('confirmation.like-last-time');
    expect(blockingRules("Since you've already been through our cardiac rehab, you're cleared to join. Tuesdays at 7am.", reply('Do you still have the walking group?'))).toContain(
      'confirmation.saw-you',
    );
  });

  it('blocks PAD said back, a Spanish annual checkup had with us, and an age over 89 given as "Im 93"', () => {
    expect(blockingRules('Sorry to hear about the PAD diagnosis! Our supervised walking program can help.', reply('I was just diagnosed with peripheral artery disease. Do you have a program?'))).toContain(
      'phi.diagnosis.person-linked',
    );
    expect(blockingRules('¡Gracias! Nos alegra que su chequeo anual con nosotros haya salido bien.', reply('Excelente atención, muy puntuales'))).toContain('confirmation.spanish-cared-for');
    expect(blockingRules('Love it! 93 is a great age to learn CPR. Our next free class is July 12.', reply('Im 93 and want to learn CPR lol'))).toContain('phi.age.restated-over-89');
  });

  it('passes a general fact the reply agrees with, and "pad" in lower case', () => {
    expect(
      handWrittenBlockingRules("You're right that pregnancy history matters for heart health. Call Cardiology at (555) 300-1000.", reply('I had preeclampsia twice; does that raise heart risk?')),
    ).toEqual([]);
    expect(handWrittenBlockingRules('Grab a heating pad and relax after your workout.')).toEqual([]);
  });
});

describe('session 66 (probe976, 977, 979, 980): a city’s families, figures by month, rates and options, care on a busy night', () => {
  it('reads a city named like a person before the people who live there as a town', () => {
    expect(findingsOf('Our endocrinologists have cared for Denver families living with diabetes for 15 years.').filter((f) => f.startsWith('phi.name'))).toEqual([]);
    expect(handWrittenBlockingRules('Our endocrinologists have cared for Denver families living with diabetes for 15 years.')).toEqual([]);
  });

  it('passes a record set in a month and a risk even in July, not the month of anyone’s care', () => {
    expect(handWrittenBlockingRules('Our cath lab set a record in May: median door-to-balloon time of 54 minutes for heart attack patients.')).toEqual([]);
    expect(handWrittenBlockingRules('Storms roll in fast above treeline, and wet plus wind means hypothermia risk, even in July.')).toEqual([]);
  });

  it('passes our readmission and survival rates, and rehab options, in replies to comments about a relative', () => {
    expect(handWrittenBlockingRules('Our 30-day heart failure readmission rate was 14.2% last year.', reply('My father was treated by your cardiology team. What is your readmission rate for heart failure?'))).toEqual([]);
    expect(handWrittenBlockingRules('Our social work team can walk you through rehab options. Call (555) 300-1000.', reply('My husband just had a stroke and is at your hospital. Who do I talk to about rehab?'))).toEqual([]);
  });

  it('passes a mascot introduced after an exclamation', () => {
    expect(findingsOf('Meet Molar Mike! 🦷 Our new dental-program mascot visits kindergarten classrooms this spring.').filter((f) => f.startsWith('phi.name'))).toEqual([]);
  });

  it('blocks a reply glad our nurses could take good care of the commenter', () => {
    expect(blockingRules("Thanks for the kind words! We're glad our nurses could take good care of you, even on a busy night.", reply('The ER was packed but the nurses took great care of me'))).toContain(
      'confirmation.ongoing-care',
    );
  });
});

describe('session 66 (probe982, 983, 985, 986): places whose names start like people’s, casts off, care with us before', () => {
  it('reads a place whose first word is a given name, and a state, as places', () => {
    expect(handWrittenBlockingRules('Rising 7th graders in North Carolina need Tdap before school starts. Call Pediatrics at (555) 300-1000.')).toEqual([]);
    expect(handWrittenBlockingRules('Our dermatologists did 2,318 skin checks from Myrtle Beach to Folly Beach and referred 212 people for biopsy.')).toEqual([]);
    expect(findingsOf('Our endocrinologist grew up sailing on Charleston Harbor and helps patients manage diabetes.').filter((f) => f.startsWith('phi.name'))).toEqual([]);
  });

  it('blocks children named with their ages who got their casts off, but not the cast of a play', () => {
    expect(blockingRules('Sisters Mia (6) and Ava (9) got their casts off today after that trampoline weekend!')).toContain('phi.procedure.person-linked');
    expect(handWrittenBlockingRules('Break a leg! The cast of our holiday play takes the stage Friday.')).toEqual([]);
  });

  it('blocks care with us before: "since you were with us", "te espera en tu próxima cita", "te esperamos de vuelta"', () => {
    expect(blockingRules("So proud of how far you've come since you were with us. Go crush that 5K!", reply('Your team helped me recover after my stroke. Running a 5K next month!'))).toContain(
      'confirmation.like-last-time',
    );
    expect(blockingRules('La Dra. Petrova está feliz con tu progreso y te espera en tu próxima cita.', reply('Gracias Dra. Petrova por ayudarme a bajar mi A1C'))).toContain('confirmation.spanish-your-care');
    expect(blockingRules('¡Y nosotras a ti! Te esperamos de vuelta cuando quieras.', reply('Extraño las clases de los martes'))).toContain('confirmation.spanish-welcome-back');
  });

  it('passes the days we are open, "de lunes a viernes", after a comment about a Monday appointment', () => {
    expect(
      handWrittenBlockingRules('Para cambiar citas, llame a Endocrinología al (555) 300-1000, de lunes a viernes de 8 am a 5 pm.', reply('Soy paciente de la Dra. Petrova y quiero cambiar mi cita del lunes, ¿a quién llamo?')),
    ).toEqual([]);
  });
});
