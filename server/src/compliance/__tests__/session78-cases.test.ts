import { blockingRules, handWrittenBlockingRules, reply } from './check-post';

describe('session 78, before round 1: misses left in session 77 studied sets (an injury said back, a unit pointed to, crutches)', () => {
  it('blocks the injured body part a comment told of, said back in Spanish and in English', () => {
    expect(
      blockingRules(
        'Para revisar el tobillo lastimado de su hijo, llame al (555) 300-1000.',
        reply('Mi hijo Bryan juega fútbol y se lastimó el tobillo, ¿lo pueden ver hoy?')
      )
    ).toContain('phi.diagnosis.restated-complaint');
    expect(
      blockingRules(
        "To check your son's injured ankle, call (555) 300-1000.",
        reply('My son hurt his ankle at soccer, can you see him today?')
      )
    ).toContain('phi.diagnosis.restated-complaint');
  });

  it('passes a reply about another body part than the one the comment told of', () => {
    expect(
      handWrittenBlockingRules(
        'Para revisar la rodilla, Ortopedia atiende sin cita los lunes. Llame al (555) 300-1000.',
        reply('Mi hijo se lastimó el tobillo, ¿lo pueden ver hoy?')
      )
    ).toEqual([]);
  });

  it('blocks a privacy refusal that then points to the floor where the person asked after would be visited', () => {
    expect(
      blockingRules(
        'Por privacidad no podemos compartir detalles médicos. El horario de visitas del cuarto piso es de 10am a 8pm.',
        reply('¿Mi compadre sigue internado ahí? No contesta el cel')
      )
    ).toContain('confirmation.answers-yes');
    expect(
      blockingRules(
        "For privacy we can't share details. Visiting hours on the fourth floor are 10am to 8pm.",
        reply('Is my uncle still admitted there?')
      )
    ).toContain('confirmation.answers-yes');
  });

  it('passes a privacy refusal that gives the hospital’s general visiting hours', () => {
    expect(
      handWrittenBlockingRules(
        'Por privacidad no podemos confirmar quién está internado. El horario de visitas general es de 10am a 8pm.',
        reply('¿Mi compadre sigue internado ahí?')
      )
    ).toEqual([]);
  });

  it('blocks a named kid who needed crutches, cheered by our PT team', () => {
    expect(
      blockingRules(
        'The kid who needed crutches to get around last month just scored the winning goal ⚽ Our PT team is SO proud of you, Mateo!'
      )
    ).toContain('phi.name.addressed');
  });

  it('passes a health fair at Fiestas Patrias, a community centre in South Philly and workers of a packing house', () => {
    expect(
      handWrittenBlockingRules(
        'Ayer, 32 trabajadores de la empacadora Valle Verde en Turlock recibieron su vacuna contra la gripe en nuestra clínica móvil 💉'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'El Dr. Samuel Whitfield estará en la Feria de Salud de las Fiestas Patrias el domingo 14 de septiembre, en el salón 3 del Centro Comunitario de Modesto.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Feria de salud para trabajadores de restaurantes 🍽️ Lunes 4 de marzo, 3–6pm, Centro comunitario de South Philly, salón 2.'
      )
    ).toEqual([]);
  });
});

describe('session 78, round 1: lactation support (a report of their child reviewed, rooting since day one, a group’s name)', () => {
  it('blocks a doctor who has reviewed the report of the commenter’s daughter, in Spanish', () => {
    expect(
      blockingRules(
        '¡Hola! Sí, la Dra. Hannah Brooks ya revisó el informe de tu hija y te llamará esta tarde.',
        reply('¿Ya están listos los resultados de la prueba de frenillo de mi hija?')
      )
    ).toContain('confirmation.spanish-looked-up-record');
  });

  it('blocks one of ours rooting for a baby since day one', () => {
    expect(
      blockingRules(
        "We'll tell Rachel Kim right away — she's been rooting for Ellie since day one! 💕",
        reply('Can you tell Nurse Rachel that baby Ellie is finally gaining weight?!')
      )
    ).toContain('confirmation.part-of-their-recovery');
  });

  it('passes rooting for a team and a support group called «Mamá a Mamá»', () => {
    expect(handWrittenBlockingRules("We've been rooting for the Tigers since day one!", reply('Go Tigers!'))).toEqual([]);
    expect(
      handWrittenBlockingRules(
        '¡Sí! Our Spanish-language group, «Mamá a Mamá», meets Wednesdays at 11am in Room 104 💛',
        reply('is the support group in spanish too?')
      )
    ).toEqual([]);
  });
});
