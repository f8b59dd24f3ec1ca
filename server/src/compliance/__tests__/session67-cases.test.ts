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
