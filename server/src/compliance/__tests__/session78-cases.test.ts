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

describe('session 78, round 1: lactation support and Orlando (a report of their child reviewed, rooting since day one, a group’s name, honey, a guess, a follow-up, a town)', () => {
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

  it('blocks Orlando families’ honey for a baby, a guess withheld, a follow-up day told back and a town said back, in Spanish', () => {
    expect(
      blockingRules(
        '¡Claro que sí! Una cucharadita de miel con limón tibio antes de dormir es lo mejor para eso. 🍯',
        reply('Mi bebé de 4 meses tiene tos y mocos, ¿le puedo dar miel con limón?')
      )
    ).toContain('advice.spanish-remedy');
    expect(
      blockingRules(
        'Nuestra nutricionista probó el café cubano, el tinto colombiano y el café con leche boricua… Solo UNO pasó su prueba. ¿Cuál crees? 👇☕'
      )
    ).toContain('clickbait.spanish-teaser');
    expect(
      blockingRules(
        '¡No hay problema! Tu seguimiento con Endocrinología es el próximo miércoles a las 10am.',
        reply('Hola, perdí la tarjeta de mi cita de seguimiento 🙈')
      )
    ).toContain('confirmation.spanish-your-care');
    expect(
      blockingRules(
        '¡Bienvenida a Poinciana! Todavía no tenemos neurología, pero Medicina Familiar le puede ayudar: (555) 300-1000.',
        reply('Ahora me mudé a Poinciana, ¿tienen neurólogo?')
      )
    ).toContain('phi.location.restated-home');
  });

  it('passes a big city a newcomer moved to, a guess that is answered, the heat of Orlando and a fair in Buenaventura Lakes', () => {
    expect(
      handWrittenBlockingRules(
        '¡Bienvenida a Houston! Tenemos Medicina Familiar: (555) 300-1000.',
        reply('Me mudé a Houston, ¿tienen neurólogo?')
      )
    ).toEqual([]);
    expect(handWrittenBlockingRules('¿Cuál crees? La respuesta: la guayaba tiene más vitamina C que la naranja 🍈')).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'El calor de Orlando en verano puede causar agotamiento por calor en menos de una hora de trabajo al aire libre.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        '¡Feria de salud GRATIS este sábado, de 9am a 1pm, en el estacionamiento del supermercado de Buenaventura Lakes!'
      )
    ).toEqual([]);
  });
});

describe('session 78, round 2: Fort Worth (a review that introduces its writer in Spanish)', () => {
  it('blocks a reposted review whose writer says who she is and what we did for her', () => {
    expect(
      blockingRules(
        'Reseñas como esta nos alegran el día 💙 «Soy Dilcia Mejía; gracias al Dr. Samuel Whitfield por mi reemplazo de rodilla en enero». ¡Gracias, Dilcia!'
      )
    ).toContain('phi.name.introduced');
  });

  it('passes one of ours introducing herself in a reply, and soy sauce', () => {
    expect(
      handWrittenBlockingRules('Gluten-free swaps 🍞➡️🍚 Soy sauce → tamari labeled gluten-free. Always check labels!')
    ).toEqual([]);
    expect(handWrittenBlockingRules('Soy Rosa, de Servicios al Paciente. Llame al (555) 300-1000.', reply('hola'))).toEqual([]);
  });
});

describe('session 78, round 2: Buford Highway, infectious disease and palliative care', () => {
  it('blocks gout said back, a patient profile, a grandmother remembered and a husband named in a grief testimonial', () => {
    expect(
      blockingRules(
        'Qué mal, la gota duele horrible. Muchos de nuestros pacientes toman mucha agua y con eso aguantan el turno.',
        reply('Tengo gota y anoche se me hinchó el dedo gordo 😖')
      )
    ).toContain('phi.diagnosis.restated-spanish');
    expect(
      blockingRules(
        'Entendido. Ya quitamos los recordatorios por texto de su perfil de paciente. Si cambia de opinión, llame al (555) 300-1000.',
        reply('Ya no quiero recibir mensajes de recordatorio de citas')
      )
    ).toContain('confirmation.spanish-looked-up-record');
    expect(
      blockingRules(
        '¡Qué bonito mensaje! Se lo haremos llegar a la Dra. Helena Marsh; ella también recuerda a su abuela con mucho cariño.',
        reply('Gracias a la Dra. Marsh por hablarnos con tanta paciencia cuando mi abuela estaba tan mal 🙏')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        '«Perdí a mi esposo Julián en enero y este grupo me devolvió las ganas de levantarme», nos escribió Norma V. Gracias por confiar en nuestro grupo de duelo 💜'
      ).length
    ).toBeGreaterThan(0);
  });

  it('blocks a student first in line to get tested at our STI testing day', () => {
    expect(
      blockingRules(
        'Throwback to our free STI testing day at Lincoln High! 📸 Shoutout to senior class president Maya Reyes for being first in line to get tested.'
      ).length
    ).toBeGreaterThan(0);
  });

  it('passes a street named after someone, a test we offer, travel vaccines for Latin America, an award and infusion nurse jobs', () => {
    expect(
      handWrittenBlockingRules(
        'Nuestras promotoras estarán en la pulga de Jimmy Carter Blvd este domingo con pruebas de glucosa gratis 🩸'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Yes, we test for mpox. Please call our nurse line at (555) 300-1000.',
        reply('Does Riverside test for mpox? I have a weird rash')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        '💉 Travel vaccine cheat sheet: Hepatitis A — most destinations. Typhoid — South Asia, Africa, Latin America. Book 4–6 weeks ahead.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        "Congratulations to Owen Pritchard, RN, recipient of this year's Community Partner Award for building our HIV support group."
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'We are! You can see our open infusion RN roles on our careers page.',
        reply('Are you hiring infusion nurses? I have 6 years of oncology infusion experience.')
      )
    ).toEqual([]);
  });
});

describe('session 78, round 3: Lincoln, Birmingham, podiatry and mobile clinics', () => {
  it('blocks an inpatient’s night told to his daughter, one of a group still under observation in a unit, and staff glad to have them as a patient', () => {
    expect(
      blockingRules(
        'Buen día. Don Chuy pasó buena noche y los doctores lo van a revisar a las 11.',
        reply('Buen día, soy la hija de Don Chuy, ¿cómo sigue mi papá?')
      ).length
    ).toBeGreaterThan(0);
    expect(
      blockingRules(
        'El equipo de Urgencias atendió anoche a 3 trabajadores intoxicados con cloro. Uno de ellos, de 52 años, sigue en observación en la unidad 4B.'
      )
    ).toContain('phi.location.spanish-room');
    expect(
      blockingRules(
        '¡Gracias por sus palabras! Se las pasamos a la Dra. Helena Marsh, que se alegra mucho de tenerle como paciente 🙏',
        reply('Gracias a la Dra. Marsh, siempre me explica todo con paciencia 💕')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        'Si no, tráigala a Urgencias; ya tenemos sus datos de la vez pasada que vino por la presión.',
        reply('Mi mamá se cayó en casa, ¿la traigo con ustedes o al hospital?')
      )
    ).toContain('confirmation.spanish-looked-up-record');
  });

  it('blocks a heel-pain testimonial signed with a name and a town, toenail fungus said back, and one number withheld', () => {
    expect(
      blockingRules(
        "Grateful for feedback like this 💙 'After three years of heel pain, the orthotics changed my life.' — Sandra, Elm Park"
      )
    ).toContain('phi.name.testimonial');
    expect(
      blockingRules(
        'Yes! Toenail fungus that has lasted three years can be stubborn. Call (555) 300-1000 to book.',
        reply('anyone know if the foot clinic can help with toe nail fungus? mine has been going on 3 years')
      )
    ).toContain('phi.diagnosis.person-linked');
    expect(blockingRules('Our mobile clinic nurses screened 400 farmworkers. One number surprised all of us. 🧵👇')).toContain(
      'clickbait.cliffhanger'
    );
  });

  it('passes a number that is then given', () => {
    expect(
      handWrittenBlockingRules('One number surprised all of us: 1 in 4 farmworkers had high blood pressure and did not know it.')
    ).toEqual([]);
  });
});

describe('session 78, round 4: Boise and Nashville, and two misses left in session 76’s studied sets', () => {
  it('blocks staff who remember all our patients, and staff glad a worker is back on the job, in Spanish', () => {
    expect(
      blockingRules(
        '¡Jaja, así es Doña Chuy! Siempre se acuerda de todos nuestros pacientes. 🎂',
        reply('la recepcionista de Oak Hill siempre me recuerda mi cumpleaños jaja')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        '¡Se lo diremos! Owen Pritchard, RN, se va a poner muy contento de saber que ya está trabajando otra vez. 😊',
        reply('Saludos al enfermero Owen, él me cuidó cuando me corté la mano en la obra 🙌')
      )
    ).toContain('confirmation.spanish-staff-glad-to-hear');
  });

  it('blocks a waiting list of names with the reason for each visit, and a named child who came to our programme', () => {
    expect(
      blockingRules(
        '📋 Lista de espera de hoy: 1) Josué Almonte – vacunas; 2) Carmen Tejeda – control prenatal. Favor de pasar a la ventanilla 2.'
      )
    ).toContain('phi.name.given-name');
    expect(
      blockingRules(
        '¡Hoy celebramos a Valentina! 🎉 Con 4 años llegó a nuestro programa sin decir una sola palabra, y esta semana dijo "te quiero".'
      )
    ).toContain('phi.name.given-name');
  });

  it('passes a park named after someone in a mobile clinic’s route', () => {
    expect(
      handWrittenBlockingRules(
        '🚐 Ruta de la clínica móvil: Miércoles – Smyrna (parque Lee Victory), 4–7pm. Presión y glucosa gratis.'
      )
    ).toEqual([]);
  });

  it('blocks addiction medicine’s sober months said back with a name, a room on day 5 of detox, and a counsellor who knows they are coming back', () => {
    expect(
      blockingRules(
        '¡Hola, Marisela! Felicidades por tus 6 meses sin cristal 💜 Sí: hay un grupo para jóvenes los viernes a las 5 p.m.',
        reply('Soy Marisela, tengo 23 años y llevo 6 meses limpia de cristal. ¿Tienen grupos para jóvenes?')
      ).length
    ).toBeGreaterThan(0);
    expect(blockingRules('Room 318 celebrating day 5 of detox with a pizza party 🍕 So proud of you, T.!')).toContain(
      'phi.location.room'
    );
    expect(
      blockingRules(
        '¡No pasa nada! Te guardamos tu lugar para el martes y Owen Pritchard ya sabe que vuelves. 💜',
        reply('Hola, no pude ir al grupo de ayer 😔')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
  });

  it('passes the Good Samaritan law told in Spanish, and day 3 of a public challenge', () => {
    expect(
      handWrittenBlockingRules(
        '¿Sabías que la ley del Buen Samaritano protege a quien llama al 911? Pedir ayuda no te expone a cargos por posesión.'
      )
    ).toEqual([]);
    expect(handWrittenBlockingRules('Day 3 of our Heart Month step challenge! Room 104 is open for walkers at noon.')).toEqual(
      []
    );
  });

  it('blocks a grandchild’s note naming her grandpa and his blocked neck artery, and passes the Welcome to Medicare visit', () => {
    expect(
      blockingRules(
        "Sweetest thank-you note from Emma 💌 'Thank you for fixing Grandpa Frank's blocked neck artery!' We're so glad he's home, Emma!"
      ).length
    ).toBeGreaterThan(0);
    expect(
      handWrittenBlockingRules(
        'Medicare covers a one-time ultrasound screening for eligible people at their Welcome to Medicare visit.'
      )
    ).toEqual([]);
  });
});
