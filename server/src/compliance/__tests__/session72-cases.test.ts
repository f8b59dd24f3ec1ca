import { blockingRules, handWrittenBlockingRules, reply } from './check-post';

describe("session 72, round 1 (probe1138, 1139, 1141, 1142, and three of session 71's): schools, staff, famous patients, confirmations", () => {
  it("blocks a mother's dialysis said back when the comment used the verb", () => {
    expect(
      blockingRules(
        'Sí. Como su mamá está en diálisis y le cuesta salir, nuestro equipo de visitas a domicilio puede vacunarla en casa.',
        reply('mi mamá tiene 91 años y dializa tres veces por semana, ¿dan vacuna de covid en casa?')
      )
    ).toContain('phi.procedure.person-linked');
  });

  it('blocks "lo que le pasa a tu hígado si…" as a Spanish hook', () => {
    expect(
      blockingRules(
        '🔴 URGENTE 🔴 Las autoridades confirman lo que le pasa a tu hígado si comes pollo frito. ¡COMPARTE con tu familia!'
      )
    ).toContain('clickbait.spanish-teaser');
  });

  it('leaves "lo que le pasa a tu cuerpo si…" alone when the answer follows a colon', () => {
    expect(
      handWrittenBlockingRules('Esto es lo que le pasa a tu cuerpo si dejas de fumar: en 20 minutos baja tu presión.')
    ).toEqual([]);
  });

  it('reads a pupil\'s school written in lower case ("la primaria Roosevelt") and one a child goes to', () => {
    expect(
      blockingRules(
        'Nuestra enfermera escolar en la primaria Roosevelt notó que una alumna de tercer grado no veía el pizarrón. Hoy estrena lentes.'
      )
    ).toContain('phi.location.spanish-school');
    expect(
      blockingRules(
        'Tiene 11 años, va a la Escuela Benito Juárez y esta semana estrenó su silla deportiva. ¡Orgullo de nuestra clínica!'
      )
    ).toContain('phi.location.spanish-school');
  });

  it('passes a school named for everyone there', () => {
    expect(handWrittenBlockingRules('Vacunas gratis para todos en la escuela Lincoln este sábado de 9 a 1.')).toEqual([]);
  });

  it('reads the people of a town as no person\'s name ("participantes de Ogden y Provo")', () => {
    expect(
      handWrittenBlockingRules(
        'En nuestro programa de diabetes, 7 de cada 10 participantes de Ogden y Provo bajaron su A1c en 6 meses. ¡Inscríbase al (555) 300-1000!'
      )
    ).toEqual([]);
  });

  it('reads where someone hikes as a park, and a season "here in" a valley as no one\'s home', () => {
    expect(
      handWrittenBlockingRules(
        'Tick season is here in the Miami Valley 🌲 After hiking at Glen Helen, check your scalp and behind the knees.'
      )
    ).toEqual([]);
  });

  it('reads a city and a plural no name list knows as a team', () => {
    expect(
      handWrittenBlockingRules(
        'Meet Owen Pritchard, PT 🏋️ Senior Physical Therapist, Dayton Flyers superfan and owner of the loudest whistle in our gym.'
      )
    ).toEqual([]);
  });

  it('passes the day a new doctor starts seeing patients', () => {
    expect(
      handWrittenBlockingRules(
        'Welcome, Dr. Helena Marsh! Dr. Marsh completed her fellowship in Mohs surgery and will see patients at our Main Street office starting June 2.'
      )
    ).toEqual([]);
  });

  it('blocks a famous person who stopped by for her colonoscopy', () => {
    expect(
      blockingRules(
        'Our GI waiting room had a celebrity this morning 📺 Local news anchor Dana Whitcomb stopped by for her colonoscopy and reminded everyone that screening saves lives!'
      )
    ).toContain('phi.procedure.person-linked');
  });

  it('blocks "next time you\'re here for an appointment"', () => {
    expect(
      blockingRules(
        "Ha, fair! Next time you're here for an appointment, use the Level 2 entrance.",
        reply('Your parking garage is a maze lol')
      )
    ).toContain('confirmation.ongoing-care');
  });

  it("blocks our clinician's order said to be on its way for the commenter", () => {
    expect(
      blockingRules(
        "Our scheduling team will call you as soon as Dr. Marsh's order is in.",
        reply('Dr. Marsh told me I need a stress test, how long is the wait?')
      )
    ).toContain('confirmation.has-their-orders');
  });

  it('blocks "cómo ayudó a su hijo" and a named child our doctor is glad is hearing well', () => {
    expect(
      blockingRules(
        '¡Sí, Owen sigue con nosotros! Le vamos a contar que se acuerdan de él y de cómo ayudó a su hijo.',
        reply('¿Todavía trabaja el enfermero Owen? Nos ayudó mucho con mi hijo')
      )
    ).toContain('confirmation.spanish-we-did-your-care');
    expect(
      blockingRules(
        '¡Gracias! La Dra. Marsh se alegra mucho de que Ximena esté escuchando tan bien.',
        reply('Agradezco a la Dra. Marsh por todo lo que hizo por mi sobrina Ximena')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
  });

  it('passes our doctor glad that everything is ready', () => {
    expect(
      handWrittenBlockingRules(
        'La Dra. Marsh se alegra de que todo esté listo para la feria del sábado.',
        reply('¿Va a estar la Dra. Marsh en la feria?')
      )
    ).toEqual([]);
  });

  it('blocks "espere hasta los 9 meses antes de comentarlo" as reassurance that delays care', () => {
    expect(
      blockingRules(
        'Su mamá tiene razón, los varones suelen balbucear más tarde. Espere hasta los 9 o 10 meses antes de comentarlo con alguien.',
        reply('Mi bebé de 5 meses todavía no balbucea, ¿me preocupo?')
      )
    ).toContain('advice.spanish-reassurance');
  });

  it('passes "it\'s completely normal to have big feelings" before routing', () => {
    expect(
      handWrittenBlockingRules(
        "It's completely normal to have big feelings. Our social worker can help — call the Front Desk at (555) 300-1000.",
        reply("My son's surgery is next week and I'm terrified. Is there anyone I can talk to?")
      )
    ).toEqual([]);
  });
});

describe("session 72, round 2 (probe1144, 1145, 1147, 1148, and one of session 71's): confirmations, CF and headache terms, our own sites and days", () => {
  it('blocks "le pasamos su próxima cita" and the medicine our nurse gave the commenter', () => {
    expect(
      blockingRules(
        '¡La Dra. Marsh regresa el lunes! Con gusto le pasamos su próxima cita de control con ella.',
        reply('Ojalá hubiera estado la Dra. Marsh cuando fui')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        '¡Qué gusto! Recuerde tomarse toda la medicina que le dio el enfermero y, si algo cambia, llámenos.',
        reply('Gracias por atenderme tan rápido, ya me siento mejor')
      )
    ).toContain('confirmation.spanish-we-did-your-care');
  });

  it('blocks "you\'re confirmed for the 14th" and "at his appointment"', () => {
    expect(
      blockingRules(
        "Hi Luis, yes, you're confirmed for the 14th at 9:30am.",
        reply('Can you confirm my nerve block is still on for the 14th?')
      )
    ).toContain('confirmation.ongoing-care');
    expect(
      blockingRules(
        'Yes please! Bring it along so the RT can check it at his appointment.',
        reply('Do I need to bring his nebulizer to clinic tomorrow?')
      )
    ).toContain('confirmation.after-care');
  });

  it('blocks "bajan solas" said of one child\'s lab result', () => {
    expect(
      blockingRules(
        'Sí, sígaselo dando igual; esas elevaciones casi siempre bajan solas.',
        reply('Mi hijo toma Trikafta y tiene el hígado un poco alto en los análisis. ¿Se lo sigo dando?')
      )
    ).toContain('advice.spanish-reassurance');
  });

  it('reads Burkholderia, FQ and an age given without "años" as the commenter\'s, said back', () => {
    expect(
      blockingRules(
        'Hola, Rosa. Sabemos que con Burkholderia es difícil participar en eventos.',
        reply('Me llamo Rosa Medina, mi hija tiene FQ y Burkholderia. ¿Puede ir a la caminata?')
      )
    ).toContain('phi.diagnosis.person-linked');
    expect(
      blockingRules(
        '¡Hola, Martina! A los 17 es muy útil hablar con otros jóvenes con FQ.',
        reply('Soy Martina, tengo 17 y FQ, ¿hay grupos para adolescentes?')
      )
    ).toEqual(expect.arrayContaining(['phi.age.restated', 'phi.diagnosis.restated-spanish']));
  });

  it('passes "all types of headache disorders" to a commenter whose husband has cluster headaches', () => {
    expect(
      handWrittenBlockingRules(
        'Yes, our center treats all types of headache disorders. Please call (555) 300-1000 to set up a consultation.',
        reply('My husband gets cluster headaches and nothing helps. Does your center treat those?')
      )
    ).toEqual([]);
  });

  it('reads a therapy dog by its breed, and our own site named by its town', () => {
    expect(
      handWrittenBlockingRules('Meet Sully, the 92-pound Newfoundland who visits our Jamestown rehab gym every Wednesday 🐾')
    ).toEqual([]);
  });

  it('passes a season of physicals brought to schools, a policy starting Monday, "Friday feels" and a walk with a PT', () => {
    expect(
      handWrittenBlockingRules('We partner with the city schools to bring sports physicals to 14 high schools this August.')
    ).toEqual([]);
    expect(
      handWrittenBlockingRules("We're updating our visitor policy: starting Monday, two visitors per patient at a time, 8am–8pm.")
    ).toEqual([]);
    expect(
      handWrittenBlockingRules('Friday feels 🎉 Our night shift is celebrating 1 year with zero missed ambulance handoffs.')
    ).toEqual([]);
    expect(
      handWrittenBlockingRules("Join Owen Pritchard, RN for a free 'Walk with a PT' loop around the lake, Sunday, June 8, 9am.")
    ).toEqual([]);
  });

  it("still blocks a patient's day when the post names them", () => {
    expect(blockingRules('Friday, our patient Carla Mendes went home after her hip surgery!')).toContain(
      'phi.date.relative-care'
    );
  });
});

describe('session 72, round 3 (probe1150, 1151, 1153, 1154): Spanish confirmations, towns listed in Spanish, a name with an initial', () => {
  it("blocks a father said to keep recovering, a knee said to hold up and a family among our doctor's favourites", () => {
    expect(
      blockingRules(
        '¡Gracias! Le pasaremos el mensaje. Esperamos que su papá se siga recuperando en casa.',
        reply('Ayer llevé a mi papá a urgencias y la enfermera fue un ángel')
      )
    ).toContain('confirmation.spanish-cared-for');
    expect(
      blockingRules(
        '¡Sí, y se alegrará de saber que su rodilla sigue firme!',
        reply('¿La Dra. Marsh sigue operando rodillas? Me operó hace años')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        'La Dra. Marsh dice que su familia es de sus favoritas. 😊',
        reply('Gracias a la Dra. Marsh por 20 años cuidando a mi familia')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
  });

  it('blocks the notes we faxed for the commenter', () => {
    expect(
      blockingRules(
        "Hi Bernadette, we've faxed your pelvic PT notes to your new urogynecologist.",
        reply('Can you send my pelvic PT notes to my new urogynecologist?')
      )
    ).toContain('confirmation.has-their-orders');
  });

  it('blocks "our Tuesday regular, Mr. Tran" and a patient named with an initial and her neighbourhood in Spanish', () => {
    expect(
      blockingRules(
        'Team photo day! Bonus points to our Tuesday regular, Mr. Tran from Lakeview, who photobombed with his walker 😂'
      )
    ).toContain('phi.name.title');
    expect(blockingRules('¡Feliz cumpleaños número 15 a nuestra paciente Valeria M. de Mill Creek! 🎉')).toContain(
      'phi.name.given-name'
    );
  });

  it('passes "our regular hours"', () => {
    expect(handWrittenBlockingRules('Our regular hours return Monday: 8am to 6pm at the Front Desk, (555) 300-1000.')).toEqual(
      []
    );
  });

  it("reads detrusor overactivity as the commenter's, said back", () => {
    expect(
      blockingRules(
        "You're not alone! Lots of people live well with detrusor overactivity.",
        reply('Just got my urodynamics results: detrusor overactivity. Anyone else?')
      )
    ).toContain('phi.diagnosis.person-linked');
  });

  it('passes towns listed with "y", "Dona sangre" and free naloxone offered to anyone', () => {
    expect(
      handWrittenBlockingRules('Nuestros números del 2024: 5,300 niños vacunados. ¡Gracias, Cicero, Berwyn y Aurora!')
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        '🩸 Dona sangre y plaquetas: una donación puede ayudar a niños que necesitan transfusiones. Colecta este viernes.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Yes: free naloxone (Narcan) is available at every front desk, no questions asked. If someone is unresponsive, call 911 first.',
        reply('Where can I get free Narcan? My nephew struggles with addiction')
      )
    ).toEqual([]);
  });
});
