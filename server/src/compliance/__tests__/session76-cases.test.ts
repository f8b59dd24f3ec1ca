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

describe('session 76, round 2 (probe1246, 1247, 1249, 1250): the team who was with a father, a due date said back, a chain message', () => {
  it('blocks thanks passed to the team who was with the commenter’s father, in Spanish', () => {
    expect(
      blockingRules(
        'Con gusto le hacemos llegar su agradecimiento al equipo que estuvo con su papá. Llame al (555) 300-1000.',
        reply('Mi papá estuvo en su hospital la semana pasada y quiero darle las gracias al que lo atendió')
      )
    ).toContain('confirmation.spanish-cared-for');
  });

  it('blocks gladness that our team could take care of the commenter', () => {
    expect(
      blockingRules(
        "Thank you so much for the kind words! We're glad our Urgent Care team could take care of you — Go O's!",
        reply('Shoutout to the urgent care nurses who got me in and out on a Saturday night')
      )
    ).toContain('confirmation.ongoing-care');
  });

  it('blocks a due date said back, in Spanish', () => {
    expect(
      blockingRules(
        '¡Felicidades! Como sales de cuentas el 3 de octubre, te recomendamos hacer el tour en agosto. Reserva al (555) 300-1000.',
        reply('Salgo de cuentas el 3 de octubre y quiero saber si puedo hacer el tour de maternidad')
      )
    ).toContain('phi.date.restated-care-day');
  });

  it('blocks a chain message and a story kept for the comments', () => {
    expect(
      blockingRules(
        'Manda este mensaje a 10 contactos de tu familia 🙏 Es información que puede salvar la vida de un abuelo este verano.'
      )
    ).toContain('clickbait.spanish-teaser');
    expect(
      blockingRules(
        'A patient once asked me a question that stopped me cold. I’m still thinking about it. (More in the comments.)'
      )
    ).toContain('clickbait.held-for-later');
    expect(handWrittenBlockingRules('Registration link is in the comments. The class meets Tuesday at 6 pm in Room 2.')).toEqual(
      []
    );
  });

  it('passes a state after Spanish "en", a primer titled "Port 101", and a record to bring "if you have one"', () => {
    expect(
      handWrittenBlockingRules(
        'Los niños que entran a kínder en Florida necesitan sus vacunas al día. Saca cita al (555) 300-1000.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Port 101 💉 A port is a small device placed under the skin that makes chemo infusions easier on your veins.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'No referral is needed. Call (555) 300-1000 to schedule, and bring a summary of your past treatment if you have one.',
        reply('Do I need a referral to see the survivorship clinic?')
      )
    ).toEqual([]);
  });

  it('passes what causes a condition, or is true of it for anyone, in a Spanish reply to someone who has it', () => {
    expect(
      handWrittenBlockingRules(
        '¡Buena pregunta! Las bacterias que causan la caries pueden pasar de adultos a bebés por la saliva.',
        reply('¿Es cierto que la caries se contagia? Mi esposo tiene muchas caries')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Buena pregunta. La fiebre del valle no se contagia de persona a persona; se adquiere al respirar polvo.',
        reply('¿Es verdad que la fiebre del valle se pega? Mi vecino la tiene y tengo miedo')
      )
    ).toEqual([]);
  });
});

describe('session 76, round 3 (probe1252, 1253, 1255, 1256): missed at group, a procedure found on the account, a mother named in a referral thread', () => {
  it('blocks a group that misses the commenter', () => {
    expect(
      blockingRules(
        "It sure is — Thursdays at 2pm, Conference Room C. Everyone's been asking when you'll be back! 😊",
        reply("Is the aphasia group still meeting Thursdays? Haven't been since my surgery")
      )
    ).toContain('confirmation.missed-at-their-group');
  });

  it('blocks a procedure the reply finds on the commenter’s account, in Spanish', () => {
    expect(
      blockingRules(
        'Revisamos y sí aparece una videofluoroscopia del 14 de marzo en tu cuenta. Llama a Facturación al (555) 300-1000.',
        reply('Me llegó un cobro por una videofluoroscopia que no recuerdo haberme hecho')
      )
    ).toContain('confirmation.spanish-looked-up-record');
  });

  it('blocks one of ours praising the commenter’s daughter, in Spanish', () => {
    expect(
      blockingRules(
        '¡Gracias a ustedes! La Dra. Helena Marsh dice que su princesa fue la más valiente de la semana. 🌟',
        reply('Gracias a todo el equipo de Pediatría por cuidar a mi princesa 💕')
      )
    ).toContain('confirmation.staff-vouches-for-them');
  });

  it('blocks the name of a mother waiting on a referral, said back', () => {
    expect(
      blockingRules(
        "We're sorry for the wait. Please have Doris call Cardiology at (555) 300-1000 so the team can look into it.",
        reply('my mom (Doris Kemp) has been waiting on a cardiology referral for weeks')
      )
    ).toContain('phi.name.relative-said-back');
  });

  it('blocks a diagnosis told of one person in Spanish, and a listicle that holds back its best item', () => {
    expect(
      blockingRules(
        '¡Felicidades, Marleny Ixcot! Le diagnosticaron tuberculosis en 2019 y completó su tratamiento con nuestro equipo.'
      )
    ).toContain('phi.diagnosis.person-linked');
    expect(
      blockingRules('Le pedimos a 5 abuelas su remedio para la gripe. ¡El número 3 nos hizo llamar al médico! 😂 ¿Cuál usas tú?')
    ).toContain('clickbait.spanish-teaser');
  });

  it('passes a trail named after someone, a quoted class name, a Spanish lobby and one of ours’ own heart rate', () => {
    expect(
      handWrittenBlockingRules(
        'Staff Spotlight 🌟 Owen Pritchard grew up in Prestonsburg and still runs the Jenny Wiley trails every Sunday.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        '¡Sí! "Corazón Sano" meets the second Saturday of each month at 10am, Room 104.',
        reply('Do you have a Spanish heart class?')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        '📣 Evaluaciones gratuitas: sábado 17 de mayo, de 9:00 a 13:00, Vestíbulo B. Pruebas de audición para niños.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Meet Dr. Helena Marsh 💓 Fun facts: she starts every day with a 5am swim, and her resting heart rate is 48 (she checked for us 😄).'
      )
    ).toEqual([]);
  });
});

describe('session 76, round 4 (probe1258, 1259, 1261, 1262): watch him at home, a fastest reduction, a son who snores', () => {
  it('blocks a Spanish reply that keeps a child who vomited after a fall at home', () => {
    expect(
      blockingRules(
        'Si ya anda jugando es buena señal 😊 Los niños son de hule. Nomás vigílelo esta noche en casa.',
        reply('Mi niño de 4 años se cayó del trampolín y se pegó en la cabeza, vomitó 2 veces pero ya está jugando')
      )
    ).toContain('advice.spanish-just-watch-at-home');
  });

  it('blocks staff glad to see the commenter’s mother-in-law so well, in Spanish', () => {
    expect(
      blockingRules(
        '¡Gracias! Le pasaremos su mensaje al equipo de la noche, que estaban muy contentos de ver a su suegra tan animada. 😊',
        reply('Ayer llevé a mi suegra a urgencias y la atendieron súper rápido, gracias')
      )
    ).toContain('confirmation.spanish-cared-for');
  });

  it('blocks one of ours calling the commenter’s care their fastest of the week', () => {
    expect(
      blockingRules(
        '🙌 Owen Pritchard says that was his fastest reduction of the week!',
        reply('your urgent care fixed my dislocated finger in 5 min')
      )
    ).toContain('confirmation.staff-vouches-for-them');
  });

  it('blocks a team proud of the commenter who finished rehab, in Spanish', () => {
    expect(
      blockingRules(
        '¡Felicidades por graduarte del programa! El equipo de Owen Pritchard, RN, está muy orgulloso de ti. 🎓',
        reply('Ya terminé mis 12 semanas de rehabilitación, ¡me siento otra persona! 💪')
      )
    ).toContain('confirmation.staff-proud-of-them');
  });

  it('blocks the name of a son whose snoring the comment tells of, said back', () => {
    expect(
      blockingRules(
        "Yes! Our sleep team does evaluate teens. Jaylen's snoring is worth a look — call (555) 300-1000.",
        reply('Does the sleep clinic see teenagers? My son Jaylen is 15 and snores like a freight train')
      )
    ).toContain('phi.name.relative-said-back');
  });

  it('passes Douglas, Arizona after "en" and one of our sites named by its town', () => {
    expect(
      handWrittenBlockingRules(
        'Mamografías sin costo en la unidad móvil en Douglas el sábado 18 de octubre para mujeres de 40 años o más.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules('Our Harrison walk-in flu clinic is back! Saturday, Oct 18, 9am–1pm. Free for kids under 18.')
    ).toEqual([]);
  });
});

describe('session 76, round 5 (probe1264, 1265, 1267, 1268): a son who came by the school clinic, a name tied to panic attacks, a Spanish street', () => {
  it('blocks a yes that the commenter’s son came by the school clinic, in Spanish', () => {
    expect(
      blockingRules(
        'Sí, su hijo pasó por el centro esta mañana y la enfermera lo mandó de regreso a clase. 😊',
        reply('¿Mi hijo vino hoy al centro de salud? Me dijo que se sentía mal pero no sé si fue')
      )
    ).toContain('confirmation.spanish-cared-for');
  });

  it('blocks gladness at how well the commenter’s daughter is doing, in Spanish', () => {
    expect(
      blockingRules(
        '¡Gracias a ustedes por confiar en nosotros! Nos alegra mucho ver lo bien que va ella. 💜',
        reply('Gracias al centro escolar por ayudar a mi hija con su ansiedad 🙏')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
  });

  it('blocks a name the comment ties to a condition by a possessive, said back', () => {
    expect(
      blockingRules(
        'Hi Priyanka! Yes, Owen Pritchard got your note and will check in with Arjun this week. 💬',
        reply("Hi it's Priyanka, just checking the counselor got my note about Arjun's panic attacks")
      )
    ).toContain('phi.name.relative-said-back');
    expect(
      handWrittenBlockingRules(
        'Thanks, Priyanka! The class is on Tuesday.',
        reply("Is Arjun's class still on Tuesday? Asking for Priyanka")
      )
    ).toEqual([]);
  });

  it('blocks a home street said back after a Spanish "el 214 de"', () => {
    expect(
      blockingRules(
        '¡Sí! Desde el 214 de Cedar Lane, la parada más cercana es la Tienda La Guadalupana (jueves de 4pm a 8pm).',
        reply('Vivo en el 214 de Cedar Lane en Seaford, ¿la clínica móvil pasa cerca?')
      )
    ).toContain('phi.address.restated-street');
  });

  it('passes a housing authority named for its town', () => {
    expect(
      handWrittenBlockingRules(
        'We’re partnering with the Selma Housing Authority to open free blood pressure kiosks in three community centers.'
      )
    ).toEqual([]);
  });
});

describe('session 76, round 6 (probe1270, 1271, 1273, 1274): stitches that healed, a belonging we hold, survivors like you', () => {
  it('blocks gladness that the commenter’s stitches from Saturday healed, in Spanish', () => {
    expect(
      blockingRules(
        '¡Gracias a usted! Nos alegra que los puntos en el dedo del sábado hayan quedado bien. 🙏',
        reply('Gracias a todos en urgencias por coserme el dedo el sábado, trabajo en la procesadora y me corté feo')
      )
    ).toContain('confirmation.spanish-cared-for');
  });

  it('blocks a yes that we hold what a patient left with us', () => {
    expect(
      blockingRules(
        'Yes! His belongings are with our security office — bring a photo ID and you can pick them up anytime.',
        reply("Can I pick up my husband's wedding ring? ER staff said they bagged it with his clothes")
      )
    ).toContain('confirmation.answers-yes');
  });

  it('blocks the commenter’s cancer said back as "survivors like you"', () => {
    expect(
      blockingRules(
        "Thank you, Brian! Hodgkin's survivors like you inspire our whole oncology team. 💜",
        reply(
          "As someone who beat Hodgkin's lymphoma at your center in 2019, I love seeing this program grow. - Brian Castellanos"
        )
      )
    ).toContain('phi.diagnosis.person-linked');
  });

  it('passes a convention center named for its town and a flight service’s brand', () => {
    expect(
      handWrittenBlockingRules(
        'Semana Binacional de Salud: pruebas gratuitas de VIH, presión y colesterol en el Centro de Convenciones de Dalton.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Proud to welcome our new helicopter partner, SkyCare 7, to the helipad. Flight crews can now land on our roof.'
      )
    ).toEqual([]);
  });
});

describe('session 76, round 7 (probe1276, 1277, 1279, 1280): a birth at 12:07am, a session that went well, a worker by job and age', () => {
  it('blocks the day of a birth told by the minute, in Spanish', () => {
    expect(
      blockingRules(
        '¡Bienvenido al mundo, Santiago! 👶 El primer bebé de 2025 en nuestro Centro de Nacimientos llegó a las 12:07am del 1 de enero.'
      )
    ).toContain('phi.date.spanish-care');
  });

  it('blocks one of ours saying the commenter’s session went well, in Spanish', () => {
    expect(
      blockingRules(
        '¡Qué bueno! Owen Pritchard dice que le fue muy bien en la sesión y que lo espera el próximo martes. 💪',
        reply('Gracias por la cita de ayer, el fisioterapeuta fue súper paciente conmigo')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
  });

  it('blocks watching the commenter grow through their sessions', () => {
    expect(
      blockingRules(
        "Thank you for sharing this 💙 We'll pass it on — watching you grow through those sessions meant a lot to the whole team.",
        reply('Our counselor literally saved my life last year. Forever grateful.')
      )
    ).toContain('confirmation.part-of-their-recovery');
  });

  it('blocks a device implanted in a worker named by job, origin and age, in Spanish', () => {
    expect(
      blockingRules(
        'El jueves pasado, la Dra. Helena Marsh implantó el primer desfibrilador subcutáneo de la región a una empleada de Disney de 41 años de St. Cloud.'
      )
    ).toContain('phi.procedure.person-linked');
    expect(
      handWrittenBlockingRules(
        '¿Fiebre en tu peque? Acude a Urgencias si tiene dificultad para respirar, o si es un bebé de menos de 3 meses con 38 °C o más.'
      )
    ).toEqual([]);
  });

  it('blocks a theory held back, in Spanish, and passes a Spanish association named for its city', () => {
    expect(
      blockingRules(
        '¿Por qué tantos trabajadores de hoteles terminan con el mismo problema en los pies? Nuestro podólogo tiene una teoría… 🦶'
      )
    ).toContain('clickbait.spanish-teaser');
    expect(
      handWrittenBlockingRules(
        'Gracias a la Asociación de Trabajadores Hoteleros de Orlando por ayudarnos a vacunar a 1,100 empleados contra la influenza.'
      )
    ).toEqual([]);
  });
});
