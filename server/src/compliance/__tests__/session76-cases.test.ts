import { blockingRules, handWrittenBlockingRules, reply } from './check-post';

describe('session 76, round 1 (probe1240, 1241, 1243, 1244): a relative named after a substance, staff vouching, Central Valley towns', () => {
  it('blocks the name of a son the comment says was caught vaping, said back', () => {
    expect(
      blockingRules(
        'Yes, we see teens! Call (555) 300-1000 to set up a visit for Caleb with our adolescent team.',
        reply('My son Caleb is 14 and got caught vaping THC at school. Do you see teens?')
      )
    ).toContain('phi.name.relative-said-back');
  });

  it('blocks the name of a daughter whose eye exam the comment tells of, said back in Spanish', () => {
    expect(
      blockingRules(
        '¡Hola! Sí hacemos exámenes de la vista para niños. Si gusta, le apartamos un lugar a Citlali en la jornada escolar.',
        reply('Mi niña Citlali tiene 10 años y no le han hecho el examen de la vista, ¿ustedes lo hacen?')
      )
    ).toContain('phi.name.relative-said-back');
  });

  it('blocks one of ours judging how the commenter did in their class', () => {
    expect(
      blockingRules(
        '¡Qué gusto! Owen Pritchard dice que usted fue de las personas más dedicadas de su grupo 🥗',
        reply('Gracias por el programa de diabetes, ya aprendí a comer mejor')
      )
    ).toContain('confirmation.staff-vouches-for-them');
    expect(
      handWrittenBlockingRules(
        'Owen Pritchard says our walking group is one of the best in town!',
        reply('Love the walking group')
      )
    ).toEqual([]);
  });

  it('blocks a yes to whether we still hold the commenter’s procedure photos', () => {
    expect(
      blockingRules(
        "We do! Please complete a records release and we'll send your images to your new doctor.",
        reply('Do you still have my old colonoscopy photos? Need them for my new GI')
      )
    ).toContain('confirmation.answers-yes');
  });

  it('blocks the commenter’s procedure written as a prefix of "post-"', () => {
    expect(
      blockingRules(
        'Haha we love it, Tasha! Thanks for letting us share your post-colonoscopy glow.',
        reply("Omg that's me in the purple gown in your photo - Tasha")
      )
    ).toContain('phi.procedure.person-linked');
  });

  it('passes towns of the Central Valley and western Pennsylvania named like people', () => {
    expect(
      handWrittenBlockingRules(
        '📢 Clínica móvil: martes en Parlier, jueves en Selma y sábado en Madera. Vacunas, presión y glucosa gratis.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Vacúnese antes de la temporada de cítricos: influenza y Tdap sin costo, los sábados en Selma de 9 a 1.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Thank you, McKeesport! 🙌 More than 300 neighbors came out to our health fair for free screenings and flu shots.'
      )
    ).toEqual([]);
  });

  it('passes the new name of a condition', () => {
    expect(
      handWrittenBlockingRules(
        'Fatty liver disease has a new name: MASLD. Same condition, more accurate name. Risk factors include obesity.'
      )
    ).toEqual([]);
  });
});
