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
