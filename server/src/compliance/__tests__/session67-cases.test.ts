import { blockingRules, checkPost, handWrittenBlockingRules, reply } from './check-post';

const findingsOf = (text: string) => checkPost(text).findings.map((f) => `${f.rule}:${f.text}`);
const nameFindings = (text: string) => findingsOf(text).filter((f) => f.startsWith('phi.name'));

describe('session 67 (probe988, 989, 991, 992): counties and races named like people, a stay with us before, a new kidney', () => {
  it('reads every item of a list of counties as a county, not a person', () => {
    expect(nameFindings('Top priorities across Cuyahoga, Summit and Lucas counties: mental health access, diabetes, and transportation to care.')).toEqual([]);
    expect(handWrittenBlockingRules('Top priorities across Cuyahoga, Summit and Lucas counties: mental health access, diabetes, and transportation to care.')).toEqual([]);
  });

  it('still reads a name beside a county as a person', () => {
    expect(blockingRules('Lucas from Wood County had his knee surgery with us on Monday!')).toContain('phi.name.given-name');
  });

  it('reads a race named after a person as an event, not a person', () => {
    expect(nameFindings('Proud to sponsor the John Beargrease Sled Dog Marathon again this year.')).toEqual([]);
    expect(handWrittenBlockingRules('Proud to sponsor the John Beargrease Sled Dog Marathon again this year. Our nurses will staff the first-aid tents Jan 26–29.')).toEqual([]);
  });

  it('blocks a reply that knows the commenter has stayed with us before', () => {
    expect(blockingRules('Yes, please do! And since you’ve stayed with us before, you already know the drill. Check-in is at 8:30 pm.', reply('Can I bring my own pillow to the sleep lab?'))).toContain(
      'confirmation.like-last-time',
    );
  });

  it('blocks a reply that says their nurse knows they may be late', () => {
    expect(blockingRules('It will! Our facilities team starts at 4 am, and your nurse knows you might be a few minutes late.', reply('Will the lot be plowed by 6? I can’t be late'))).toContain(
      'confirmation.staff-knows-you',
    );
  });

  it('blocks a Spanish reply that resends what our dietitian gave them at their visit', () => {
    expect(blockingRules('¡Claro! Le reenviamos ahora mismo la hoja de dieta que Lisa le entregó en su consulta.', reply('¿Me pueden mandar la hoja de dieta que me dieron?'))).toContain(
      'confirmation.spanish-staff-knows-you',
    );
  });

  it('blocks "your new kidney" said to someone in a post', () => {
    expect(blockingRules('Chair 12 on the morning shift just got a lot quieter — we’ll miss you! Congrats on your new kidney.')).toContain('phi.procedure.person-linked');
  });

  it('blocks a named patient of our unit with the street of their garden, in Spanish', () => {
    const rules = blockingRules('Gracias a Don Fermín Aguilar, paciente de nuestra unidad desde 2016, por regalarnos estas rosas de su jardín en la calle Olmos 214.');
    expect(rules).toContain('phi.name.title');
    expect(rules).toContain('phi.address.street');
  });

  it('passes our dialysis teams thanked in a reply to a relative’s praise', () => {
    expect(
      handWrittenBlockingRules('Thank you for these kind words! We’ll share them with our dialysis teams.', reply('My husband Frank has been on dialysis here for 6 years and the staff are family to us')),
    ).toEqual([]);
  });

  it('leaves a county list and a listed clinician’s talk to the phi-risk model unread', () => {
    expect(blockingRules('Starting this fall, much of the produce in our cafeterias will come from farms in Lorain, Huron and Wood counties.')).toEqual([]);
    expect(blockingRules('She is! Dr. Helena Marsh will present on women’s heart health on Friday, May 9, at 2pm in Harbor Ballroom A.', reply('Is Dr. Marsh speaking at the heart conference?'))).toEqual([]);
  });
});

describe('session 67 (probe994, 995, 997, 998): two-word cities, a service we offer, a visit the reply knows of', () => {
  it('reads a city of two words named like a person as a place', () => {
    expect(nameFindings('Our Fort Wayne and Evansville urgent cares treated 18,240 patients last winter.')).toEqual([]);
    expect(handWrittenBlockingRules('In a 2024 survey of 1,850 patients across our New Orleans, Baton Rouge and Lafayette clinics, 34% said transportation was a barrier.')).toEqual([]);
    expect(nameFindings('Thank you, Lafayette! Over 900 neighbors came to our free community health fair.')).toEqual([]);
  });

  it('still reads a person named Wayne as a person', () => {
    expect(blockingRules('Wayne Foster had his knee replaced with us on Monday!')).toContain('phi.name.given-name');
  });

  it('passes a language and an honour’s title that look like names', () => {
    expect(handWrittenBlockingRules('Yes — free interpreters are available in Burmese, Chin, Karen and 40+ other languages at every visit. Call (555) 300-1000.', reply('Do you have Burmese interpreters?'))).toEqual([]);
    expect(nameFindings('Congratulations to our therapist, named Clinician of the Year by the state association!')).toEqual([]);
  });

  it('passes a service we offer that the commenter asked about for a relative', () => {
    expect(
      handWrittenBlockingRules('We do! Our rehab team offers speech, physical and occupational therapy. Please call (555) 300-1000.', reply('My husband had a stroke and wants to know if you have speech therapy')),
    ).toEqual([]);
    expect(handWrittenBlockingRules('Yes — scalp cooling caps are available in our infusion suite. Call (555) 300-1000.', reply('Do you have scalp cooling? Starting chemo next month'))).toEqual([]);
  });

  it('passes a screening said to be safe with implants, but not a medicine said to be fine while nursing', () => {
    expect(handWrittenBlockingRules('Yes — mammograms are safe with implants. Just let the technologist know ahead of time.', reply('Is it safe to get a mammogram with breast implants?'))).toEqual([]);
    expect(blockingRules('Sudafed is fine while nursing.', reply('Can I take Sudafed? I am breastfeeding'))).toContain('advice.safe-for-you');
  });

  it('passes the date of a class’s next session, but not a patient’s', () => {
    expect(findingsOf('Our free class covers spotting postpartum depression. Next session: Tuesday, May 6, 7pm, Birth Center classroom.').filter((f) => f.startsWith('phi.date'))).toEqual([]);
    expect(blockingRules('Your next session: Tuesday, May 6 — see you then!', reply('When is my next PT session?'))).not.toEqual([]);
  });

  it('blocks a reply that knows the room the commenter was in, their payment plan or that staff think of their wife', () => {
    expect(blockingRules('Yes! We have a lost and found at the front desk, and we’ll check the exam room you were in.', reply('Left my umbrella at the clinic'))).toContain('confirmation.like-last-time');
    expect(blockingRules('Thank you! Our Billing team is glad your payment plan is all set.', reply('The Billing desk helped me set up a payment plan'))).toContain('confirmation.ongoing-care');
    expect(blockingRules('We’ll make sure our oncology nurses hear this — they think of your wife often.', reply('The nurses took such good care of my wife'))).toContain('confirmation.staff-knows-you');
  });

  it('blocks a reply that says back the commenter’s procedure in other words', () => {
    const procedureRules = (text: string, comment: string) => blockingRules(text, reply(comment)).filter((rule) => rule.startsWith('phi.procedure.'));
    expect(procedureRules('Sending good vibes! Our recovery guide for gallbladder removal is on our website.', 'just got my gallbladder out at your hospital, any tips?')).not.toEqual([]);
    expect(procedureRules('You’ve got this! For port placement day, wear a button-up shirt.', 'Getting my port placed tomorrow, any tips?')).not.toEqual([]);
  });

  it('blocks a Spanish reply that asks after their operation, and a named teen mother', () => {
    expect(blockingRules('¡Muchas gracias! Seguro le alegrará saber cómo sigues después de tu operación.', reply('¡La doctora es la mejor, gracias por todo!'))).toContain('confirmation.spanish-saw-you');
    expect(blockingRules('Hoy celebramos a Jimena Castañeda, que se convirtió en mamá a los 17 años y no faltó a ni una clase.')).toContain('phi.name.given-name');
  });
});

describe('session 67 (probe1000, 1001, 1003): a series day, our own birthday, the area we serve, a modern given name', () => {
  it('passes a weekly series named by a word that shares the day’s first letter', () => {
    expect(findingsOf("Hand-washing Wednesday 🧼 Scrub for 20 seconds — about two rounds of 'Happy Birthday' — including the backs of your hands.").filter((f) => f.startsWith('phi.date'))).toEqual([]);
    expect(blockingRules('Surgery went well Wednesday for Maria!')).toContain('phi.date.relative-care');
  });

  it('passes our organisation’s 100th birthday, not a person’s', () => {
    expect(checkPost('Happy 100th birthday to Lakeside Community Clinic! We opened our doors in 1925.').findings.filter((f) => f.rule === 'phi.age.over-89')).toEqual([]);
    expect(blockingRules('Happy 100th birthday to Margaret Ellis!')).toContain('phi.age.over-89');
  });

  it('passes the area we serve that holds the commenter’s town, but not the town said back alone', () => {
    expect(handWrittenBlockingRules('Our home-visit program serves older adults throughout the Flint area. Please call (555) 300-1000.', reply('My mom is 91 and lives alone in Flint'))).not.toContain(
      'phi.location.restated-home',
    );
    expect(blockingRules('Our team can visit her in Flint. Please call (555) 300-1000.', reply('My mom is 91 and lives alone in Flint'))).toContain('phi.location.restated-home');
  });

  it('reads a modern given name with a surname as a person, and a circle named for a famous person as a place', () => {
    expect(blockingRules('Welcome back to the court, Jaylen Price! 9 months after ACL reconstruction, he dropped 22 points.')).toContain('phi.name.given-name');
    expect(nameFindings('Our first-aid tent at Rosa Parks Circle has free water.')).toEqual([]);
  });
});

describe('session 67 (probe1006, 1009, 1010): Sunday in Spanish, a church, every first grader, a message relayed from the surgeon', () => {
  it('passes a Spanish Sunday with its date and a church named in Spanish', () => {
    expect(nameFindings('Vacunas gratis contra la gripe. Domingo 12 de octubre, después de la misa de 11am, en el salón parroquial.')).toEqual([]);
    expect(nameFindings('Este mes visitaremos la Parroquia San José y la Primera Iglesia Bautista, después de los servicios.')).toEqual([]);
    expect(nameFindings('Felicidades a Domingo Reyes por su cumpleaños.')).not.toEqual([]);
  });

  it('passes a school whose every first grader gets a screening, but not one child’s school', () => {
    expect(handWrittenBlockingRules('Thanks to the Lions Club for funding free vision screenings for every 1st grader at Lincoln Elementary this spring!')).toEqual([]);
    expect(blockingRules('Our 1st grader at Lincoln Elementary, Maya, got her new glasses after her vision screening!')).toContain('phi.location.school');
  });

  it('blocks a reply that relays the surgeon’s word to keep up their exercises', () => {
    expect(blockingRules('Love to hear it! Dr. Helena Marsh says keep up those PT exercises.', reply('Shoutout Dr. Marsh. Knee feels brand new'))).toContain('confirmation.staff-knows-you');
  });

  it('blocks a named person congratulated for quitting smoking', () => {
    expect(blockingRules('Big congrats to Rick Delaney for quitting smoking after 40 years with help from our home-visit nurses!').filter((rule) => rule.startsWith('phi.name.'))).not.toEqual([]);
  });
});
