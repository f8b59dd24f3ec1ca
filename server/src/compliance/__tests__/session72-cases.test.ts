import { blockingRules, handWrittenBlockingRules, reply } from './check-post';

describe('session 72, round 1 (probe1138, 1139, 1141, 1142, and three of session 71\'s): schools, staff, famous patients, confirmations', () => {
  it('blocks a mother\'s dialysis said back when the comment used the verb', () => {
    expect(
      blockingRules(
        'Sí. Como su mamá está en diálisis y le cuesta salir, nuestro equipo de visitas a domicilio puede vacunarla en casa.',
        reply('mi mamá tiene 91 años y dializa tres veces por semana, ¿dan vacuna de covid en casa?'),
      ),
    ).toContain('phi.procedure.person-linked');
  });

  it('blocks "lo que le pasa a tu hígado si…" as a Spanish hook', () => {
    expect(blockingRules('🔴 URGENTE 🔴 Las autoridades confirman lo que le pasa a tu hígado si comes pollo frito. ¡COMPARTE con tu familia!')).toContain(
      'clickbait.spanish-teaser',
    );
  });

  it('leaves "lo que le pasa a tu cuerpo si…" alone when the answer follows a colon', () => {
    expect(handWrittenBlockingRules('Esto es lo que le pasa a tu cuerpo si dejas de fumar: en 20 minutos baja tu presión.')).toEqual([]);
  });

  it('reads a pupil\'s school written in lower case ("la primaria Roosevelt") and one a child goes to', () => {
    expect(
      blockingRules('Nuestra enfermera escolar en la primaria Roosevelt notó que una alumna de tercer grado no veía el pizarrón. Hoy estrena lentes.'),
    ).toContain('phi.location.spanish-school');
    expect(blockingRules('Tiene 11 años, va a la Escuela Benito Juárez y esta semana estrenó su silla deportiva. ¡Orgullo de nuestra clínica!')).toContain(
      'phi.location.spanish-school',
    );
  });

  it('passes a school named for everyone there', () => {
    expect(handWrittenBlockingRules('Vacunas gratis para todos en la escuela Lincoln este sábado de 9 a 1.')).toEqual([]);
  });

  it('reads the people of a town as no person\'s name ("participantes de Ogden y Provo")', () => {
    expect(
      handWrittenBlockingRules('En nuestro programa de diabetes, 7 de cada 10 participantes de Ogden y Provo bajaron su A1c en 6 meses. ¡Inscríbase al (555) 300-1000!'),
    ).toEqual([]);
  });

  it('reads where someone hikes as a park, and a season "here in" a valley as no one\'s home', () => {
    expect(handWrittenBlockingRules('Tick season is here in the Miami Valley 🌲 After hiking at Glen Helen, check your scalp and behind the knees.')).toEqual([]);
  });

  it('reads a city and a plural no name list knows as a team', () => {
    expect(handWrittenBlockingRules('Meet Owen Pritchard, RN: Dayton Flyers superfan and owner of the loudest whistle on our floor.')).toEqual([]);
  });

  it('passes the day a new doctor starts seeing patients', () => {
    expect(handWrittenBlockingRules('Welcome to our new family physician, Dr. Helena Marsh! Dr. Marsh will see patients at our Main Street office starting June 2.')).toEqual([]);
  });

  it('blocks a famous person who stopped by for her colonoscopy', () => {
    expect(
      blockingRules('Our GI waiting room had a celebrity this morning 📺 Local news anchor Dana Whitcomb stopped by for her colonoscopy and reminded everyone that screening saves lives!'),
    ).toContain('phi.procedure.person-linked');
  });

  it('blocks "next time you\'re here for an appointment"', () => {
    expect(blockingRules("Ha, fair! Next time you're here for an appointment, use the Level 2 entrance.", reply('Your parking garage is a maze lol'))).toContain(
      'confirmation.ongoing-care',
    );
  });

  it('blocks our clinician\'s order said to be on its way for the commenter', () => {
    expect(
      blockingRules("Our scheduling team will call you as soon as Dr. Marsh's order is in.", reply('Dr. Marsh told me I need a stress test, how long is the wait?')),
    ).toContain('confirmation.has-their-orders');
  });

  it('blocks "cómo ayudó a su hijo" and a named child our doctor is glad is hearing well', () => {
    expect(
      blockingRules('¡Sí, Owen sigue con nosotros! Le vamos a contar que se acuerdan de él y de cómo ayudó a su hijo.', reply('¿Todavía trabaja el enfermero Owen? Nos ayudó mucho con mi hijo')),
    ).toContain('confirmation.spanish-cared-for');
    expect(
      blockingRules('¡Gracias! La Dra. Marsh se alegra mucho de que Ximena esté escuchando tan bien.', reply('Agradezco a la Dra. Marsh por todo lo que hizo por mi sobrina Ximena')),
    ).toContain('confirmation.spanish-staff-knows-you');
  });

  it('passes our doctor glad that everything is ready', () => {
    expect(handWrittenBlockingRules('La Dra. Marsh se alegra de que todo esté listo para la feria del sábado.', reply('¿Va a estar la Dra. Marsh en la feria?'))).toEqual([]);
  });

  it('blocks "espere hasta los 9 meses antes de comentarlo" as reassurance that delays care', () => {
    expect(
      blockingRules(
        'Su mamá tiene razón, los varones suelen balbucear más tarde. Espere hasta los 9 o 10 meses antes de comentarlo con alguien.',
        reply('Mi bebé de 5 meses todavía no balbucea, ¿me preocupo?'),
      ),
    ).toContain('advice.spanish-reassurance');
  });

  it('passes "it\'s completely normal to have big feelings" before routing', () => {
    expect(
      handWrittenBlockingRules("It's completely normal to have big feelings. Our social worker can help — call the Front Desk at (555) 300-1000.", reply("My son's surgery is next week and I'm terrified. Is there anyone I can talk to?")),
    ).toEqual([]);
  });
});
