import { blockingRules, handWrittenBlockingRules, reply } from './check-post';

describe('session 77, before round 1: misses left in session 76 studied sets (Spanish readings, an apartment, births, hype)', () => {
  it('blocks one worker’s blood pressure reading told in Spanish', () => {
    expect(
      blockingRules(
        'Un caso nos marcó: un techador nicaragüense de 58 años que llegó con la presión en 210/120 sin saberlo. Ya está en tratamiento.'
      )
    ).toContain('phi.lab.spanish-reading-of-one');
    expect(
      blockingRules(
        'Hoy nuestra enfermera detectó a tiempo una presión de 190/120 en un trabajador del turno de noche y lo llevamos a Urgencias.'
      )
    ).toContain('phi.lab.spanish-reading-of-one');
  });

  it('passes a Spanish reading said of anyone, or of many', () => {
    expect(handWrittenBlockingRules('Si su presión es de 180/120 o más, llame al 911.')).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Nuestra enfermera detectó una presión de 150/95 o más en 40 trabajadores y los llevamos a consulta.'
      )
    ).toEqual([]);
  });

  it('blocks the apartment of a woman just out of the hospital, in Spanish', () => {
    expect(
      blockingRules('Doña Pilar, la del apartamento 4B en Calle Olmo, ya salió del hospital y manda saludos a todas.')
    ).toContain('phi.location.spanish-room');
  });

  it('blocks a miracle treatment and a "YA" shouted in Spanish', () => {
    expect(
      blockingRules(
        'Este es el tratamiento MILAGROSO que todos en Hialeah están pidiendo para el dolor de espalda 🔥🔥 Cupos limitados, ¡escríbenos YA!'
      )
    ).toContain('clickbait.all-caps-fear');
  });

  it('blocks names in a Spanish birth announcement and in a thank-you to mothers who gave birth with us', () => {
    expect(
      blockingRules(
        '¡El primer bebé del monzón! Llegó el domingo a las 3:12am: Santiago, 3.4 kg, hijo de Marisela y Omar. ¡Bienvenido al mundo!'
      )
    ).toContain('phi.name.given-name');
    expect(
      blockingRules(
        'En la foto: Ingrid, Sulmy y Reina, que tuvieron a sus bebés con nosotros esta primavera. ¡Gracias por confiar!'
      )
    ).toContain('phi.name.given-name');
    expect(
      blockingRules(
        'Hoy la Dra. Helena Marsh recibió a los primeros gemelos del año 👶👶 ¡Felicidades a la familia Barrios de Hurlock!'
      )
    ).toContain('phi.name.family');
  });
});

describe('session 77, round 1 (probe1282, 1283, 1285, 1286): a named child’s school, a sugar reading said back, home wound care, a kit due back', () => {
  it('blocks a Spanish school named right after a child’s name', () => {
    expect(
      blockingRules(
        'Rosa, de la escuela primaria Los Robles, fue la primera de su salón en ponerse su vacuna. ¡Gracias, Rosa, por ser tan valiente!'
      )
    ).toContain('phi.location.spanish-school');
  });

  it('blocks a sugar reading the comment gave, said back', () => {
    expect(
      blockingRules(
        'Hola Santos, con el azúcar en 300 es importante que lo vean pronto. Llame al (555) 300-1000.',
        reply('Hola, necesito cita para mi azúcar que anda en 300 desde la semana pasada')
      )
    ).toContain('phi.lab.restated-reading');
  });

  it('blocks wound care at home offered in place of a visit, in Spanish', () => {
    expect(
      blockingRules(
        'Lávela bien, ciérrela con cinta y véndela apretada; así no tiene que venir.',
        reply('Me corté con una navaja y creo que necesito puntos pero no quiero faltar al trabajo')
      )
    ).toContain('advice.spanish-reassurance');
  });

  it('blocks telling the commenter when their test kit is due back', () => {
    expect(
      blockingRules(
        '¡Claro! Tu equipo de prueba de sueño en casa se devuelve mañana antes de las 10 am.',
        reply('¿Me pueden recordar cuándo tengo que devolver el equipo de la prueba en casa?')
      )
    ).toContain('confirmation.spanish-your-care-is-on');
  });

  it('passes kit pickup, a service we have, a privacy refusal, a share of many and a potluck', () => {
    expect(
      handWrittenBlockingRules('Our Sleep Center now offers home sleep tests with kit pickup on weekdays, 8am–5pm.')
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Tenemos terapia física en la clínica y un programa de ejercicios en casa. Llame al (555) 300-1000.',
        reply('Mi suegro tuvo un derrame y se está recuperando en casa, ¿tienen terapia física a domicilio?')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Por privacidad no podemos confirmar quién está internado, pero la línea principal le explica cómo enviar flores.',
        reply('Mi tía Reyna estuvo internada con ustedes la semana pasada, ¿cómo le mando flores?')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Thank you for raising this. About 1 in 7 strokes happen to people aged 15–49.',
        reply('My sister had a stroke at 38 and nobody believed her.')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        "Great question! MRI doesn't use radiation and is safe for most adults of any age.",
        reply("I'm 93 and my doctor wants me to get an MRI. Is it safe at my age?")
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Survivors, caregivers and our care team are invited to our summer potluck on Thursday, July 10, 5:30pm in the Community Room.'
      )
    ).toEqual([]);
  });
});

describe('session 77, round 2 (probe1288, 1289, 1291, 1292): who saw them, long-time patients, a referral that worked, a comment goal, cross streets', () => {
  it('blocks naming who saw the commenter, in Spanish', () => {
    expect(
      blockingRules(
        '¡Gracias! Revisamos y fue Owen Pritchard quien la atendió. Le daremos su mensaje 😊',
        reply('El enfermero que me vio la semana pasada fue muy amable')
      )
    ).toContain('confirmation.spanish-saw-you');
  });

  it('blocks calling the commenter one of a doctor’s long-time patients, in Spanish', () => {
    expect(
      blockingRules(
        '¡Sí! La Dra. Helena Marsh sigue atendiendo los martes, y siempre pregunta por sus pacientes de tanto tiempo como usted 😊',
        reply('¿La Dra. Marsh todavía atiende los martes?')
      )
    ).toContain('confirmation.spanish-saw-you');
  });

  it('blocks a doctor glad that her referral of the commenter worked out', () => {
    expect(
      blockingRules(
        'Aww, thank you! Dr. Helena Marsh will be thrilled to hear her referral worked out so well. 💙',
        reply('Dr. Marsh sent me over and I’m so glad she did')
      )
    ).toContain('confirmation.staff-knows-you');
  });

  it('blocks answers held back until a post reaches a number of comments, in Spanish', () => {
    expect(
      blockingRules(
        'Este fin de semana el Dr. Marsh contesta todas sus preguntas sobre manchas en la piel… pero solo si este post llega a 500 comentarios 💬🔥'
      )
    ).toContain('clickbait.spanish-teaser');
  });

  it('passes a mobile unit at a corner of two streets, and the city a doctor grew up in', () => {
    expect(
      handWrittenBlockingRules(
        'Nuestra unidad móvil estará en Corona Plaza (Roosevelt Ave y 103 St) todos los martes de julio, de 11am a 4pm: pruebas de glucosa, presión y VIH.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'La Dra. Helena Marsh creció en Sofía y aprendió español atendiendo a familias de Corona. Hoy celebra 10 años y más de 3,000 pacientes con diabetes atendidos.'
      )
    ).toEqual([]);
  });
});

describe('session 77, round 3 (probe1294, 1295, 1297, 1298): glad they were well cared for, a child found with diabetes, a home area said back, a regular’s treatment, a poll’s answer tomorrow', () => {
  it('blocks one of ours glad the commenter or their father was well cared for, in Spanish', () => {
    expect(
      blockingRules(
        '¡Gracias por contarnos! Owen Pritchard va a estar feliz de saber que su papá y ustedes se sintieron bien atendidos 😊',
        reply('Ayer llevé a mi papá a urgencias y el enfermero Owen fue muy amable 🙏')
      )
    ).toContain('confirmation.spanish-staff-glad-to-hear');
    expect(
      blockingRules(
        '¡Gracias por sus palabras! El equipo de urgencias se alegra de que haya salido bien atendida. 💙',
        reply('Gracias a las enfermeras, me atendieron rapidísimo el domingo')
      )
    ).toContain('confirmation.spanish-staff-glad-to-hear');
    expect(
      blockingRules(
        '¡Qué alegría, Luis! La Dra. Helena Marsh está feliz de verlo recuperado de la cirugía de rodilla. 💪',
        reply('Gracias Dra. Marsh, ya volví a cargar contenedores 💪')
      )
    ).toContain('confirmation.spanish-staff-glad-to-hear');
  });

  it('blocks a condition we found in one child, told in Spanish', () => {
    expect(
      blockingRules(
        'Nuestro equipo revisó a 240 niños. A una niña de 1.º grado le detectamos diabetes tipo 1 ahí mismo y ya está en tratamiento.'
      )
    ).toContain('phi.diagnosis.person-linked');
  });

  it('blocks the area a commenter’s father lives alone in, said back in Spanish', () => {
    expect(
      blockingRules(
        'Sí, nuestro programa de visitas a domicilio cubre el North Ward. Llame al (555) 300-1000.',
        reply('Mi papá de 94 años vive solo en el North Ward y no quiere usar bastón, ¿tienen visitas a domicilio?')
      )
    ).toContain('phi.location.restated-home');
  });

  it('blocks a regular’s treatment told in a thank-you post', () => {
    expect(
      blockingRules(
        'Our pharmacy techs threw a mini party yesterday for a regular who just finished 12 months of hepatitis C treatment 🎉'
      )
    ).toContain('phi.diagnosis.person-linked');
  });

  it('blocks a poll whose answer is kept for tomorrow', () => {
    expect(
      blockingRules(
        "Quick poll: what's the #1 cause of medication mix-ups at home? A) look-alike bottles B) bad lighting. Vote now — the answer (and a twist we didn't expect) comes tomorrow 🤔"
      )
    ).toContain('clickbait.held-for-later');
  });

  it('passes part of a city, a church and a supermarket by name, a street in brackets and a rate', () => {
    expect(handWrittenBlockingRules('Mobile clinic in East Charlotte this Saturday. Flu shots for the whole family.')).toEqual(
      []
    );
    expect(
      handWrittenBlockingRules(
        'Martes en la iglesia Cristo Rey y jueves en el supermercado La Esperanza. Presión y glucosa sin costo.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        '📍 Nuestra unidad móvil estará en la entrada del puerto (Corbin Street) este viernes de 6am a 10am para pruebas de presión y glucosa gratis.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Great question! Our 30-day readmission rate for sickle cell pain crises was 14% last year, down from 22%.',
        reply("As a hematology nurse I'm curious — what's your readmission rate for sickle cell crises?")
      )
    ).toEqual([]);
  });
});

describe('session 77, round 4 (probe1300, 1301, 1303, 1304): their papers, record and results in Spanish, staff glad and fond of them, a relative named with a vaccine due, reassurance, a reason kept', () => {
  it('blocks their own papers, record or pending result, in Spanish', () => {
    expect(
      blockingRules(
        '¡Sí! La Dra. Helena Marsh ya firmó su formulario de incapacidad; puede recogerlo mañana.',
        reply('¿Ya están listos los papeles de incapacidad que pedí?')
      )
    ).toContain('confirmation.spanish-looked-up-record');
    expect(
      blockingRules(
        '¡Sí! Su registro sigue activo. Llame al (555) 300-1000 para hacer su cita.',
        reply('Ya tengo 2 años sin ir con ustedes, ¿todavía estoy registrada?')
      )
    ).toContain('confirmation.spanish-looked-up-record');
    expect(
      blockingRules(
        'Todavía no, pero en cuanto la Dra. Helena Marsh lo revise le marcamos.',
        reply('¿Ya llegó el reporte del ultrasonido? Me dijeron que me avisaban')
      )
    ).toContain('confirmation.spanish-looked-up-record');
  });

  it('blocks staff glad or fond of how the commenter or their child is doing, in Spanish', () => {
    expect(
      blockingRules(
        '¡Qué lindo mensaje! La Dra. Helena Marsh se alegró mucho de saber lo bien que va su hija. 💙',
        reply('Gracias Dra. Marsh por ayudar a mi hija con el asma')
      )
    ).toContain('confirmation.spanish-staff-glad-to-hear');
    expect(
      blockingRules(
        '¡Qué lindo! La Dra. Helena Marsh está encantada con su bebé; dice que está creciendo muy bien. 👶',
        reply('Gracias a la Dra. Marsh por cuidar a mi bebé')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        '¡Claro! Owen Pritchard también cubre Shelbyville, así que su tío puede seguir con él en sus sesiones.',
        reply('¿El mismo terapeuta puede seguir con mi tío cuando se mude?')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
  });

  it('blocks the aide who was with the commenter’s grandmother', () => {
    expect(
      blockingRules(
        "Thank you for sharing this! We'll pass your kind words on to the aide who was with your grandma each morning. 💐",
        reply('The home health aide who helped my grandma was an angel')
      )
    ).toContain('confirmation.cared-for-them');
  });

  it('blocks a daughter’s name said back after the comment tells of her vaccine due, in Spanish', () => {
    expect(
      blockingRules(
        '¡Sí! La vacuna del VPH se pone en Pediatría sin cita. Itzel, como cualquier joven de 9 a 26 años, puede recibirla.',
        reply('Mi hija Itzel estudia en la prepa y ya le toca la vacuna del papiloma, ¿la ponen ahí?')
      )
    ).toContain('phi.name.relative-said-back');
  });

  it('blocks a named man whose high sugar we found at a fair, in Spanish', () => {
    expect(
      blockingRules(
        'Un abrazo especial a Elmer, de la carnicería El Quetzal, a quien le encontramos el azúcar en 310 y ese mismo día empezó tratamiento.'
      )
    ).toContain('phi.name.given-name');
  });

  it('blocks reassurance about chest pain and a cyst', () => {
    expect(
      blockingRules(
        'Seguro es muscular por el esfuerzo 💪 Unas compresas calientes y listo.',
        reply('Me duele el pecho cuando cargo las cajas, pero se me quita rápido')
      )
    ).toContain('advice.spanish-reassurance');
    expect(
      blockingRules(
        "Most of those go away by themselves, so no follow-up needed. Don't stress!",
        reply('They found a cyst on my ovary on ultrasound, do I need to follow up?')
      )
    ).toContain('advice.discourages-care');
  });

  it('blocks a post that ends on the reason it keeps', () => {
    expect(
      blockingRules('Medicare pays for home health. Most families never ask for it. The reason why is kind of infuriating. 🧵👇')
    ).toContain('clickbait.held-for-later');
  });

  it('passes a rating from CMS, a service we offer and a Nebraska town', () => {
    expect(
      handWrittenBlockingRules(
        'Our home health agency earned a 5-star rating from CMS this year. Behind it: 42 nurses and 96% of patients who would recommend us.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Hi Priscilla! 👋 Yes, we offer breast MRI with a provider’s order. Call (555) 300-1000 with any questions.',
        reply("Hi, I'm Priscilla 👋 do you do breast MRI?")
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Gracias a todos los que vinieron a la feria de salud en Schuyler 🙌 Hubo 180 chequeos de presión.'
      )
    ).toEqual([]);
  });
});

describe('session 77, round 5 (probe1306, 1307, 1309, 1310): Spanish replies that affirm the care a comment tells of, a visit of yesterday, a check letter, a booking still on', () => {
  it('blocks a Spanish reply that affirms the care the comment tells of', () => {
    expect(
      blockingRules(
        '¡Qué alegría! La Dra. Helena Marsh siempre se alegra de ver a sus pacientes de vuelta en la cancha ⚽',
        reply('La Dra. Marsh me operó la rodilla hace un año y ya volví a jugar fútbol')
      )
    ).toContain('confirmation.affirms-commenter-care');
    expect(
      blockingRules(
        '¡Qué alegría leer esto! Owen Pritchard dice que siga haciendo los ejercicios que le dejó para la casa 💪',
        reply('Ya me siento mucho mejor después de la terapia, gracias Owen!!')
      )
    ).toContain('confirmation.affirms-commenter-care');
    expect(
      blockingRules(
        '¡Sí aceptamos Medicaid! Y la Dra. Helena Marsh siempre pregunta por sus pacientes de tantos años como usted 😊',
        reply('¿Aceptan Medicaid? Yo voy con la Dra Marsh desde hace años')
      )
    ).toContain('confirmation.spanish-saw-you');
  });

  it('blocks staff asking after the commenter’s twins, and the commenter next in line, in Spanish', () => {
    expect(
      blockingRules('¡Estamos de acuerdo! Y ella siempre pregunta por sus gemelitos 😊', reply('¡La Dra. Marsh es la mejor! 💕'))
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        'Lo sentimos mucho. Ya avisamos a la enfermera y usted es el siguiente en pasar con la Dra. Helena Marsh.',
        reply('Llevo 2 horas esperando en la sala, ¿qué pasa?')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
  });

  it('blocks a doctor glad the commenter was pleased with their care, and a grandmother’s visit of yesterday, in Spanish', () => {
    expect(
      blockingRules(
        '¡Gracias! Le pasamos su mensaje a la Dra. Helena Marsh; se va a poner muy feliz de saber que quedó contento con su atención 😊',
        reply('La doctora Marsh es la mejor!! 🙌')
      )
    ).toContain('confirmation.spanish-staff-glad-to-hear');
    expect(
      blockingRules(
        'Por privacidad, solo podemos hablar de la visita de ayer de tu abuelita con ella o con quien ella autorice.',
        reply('Mi abuelita vino ayer a la clínica y no me dijeron nada')
      )
    ).toContain('confirmation.spanish-saw-you');
  });

  it('blocks Chagas said back, a named patient of one of ours, and a card number with a check letter', () => {
    expect(
      blockingRules(
        'Lamentamos que esté pasando por esto. Para el Chagas hay tratamiento y seguimiento; llame al (555) 300-1000.',
        reply('Me diagnosticaron Chagas el año pasado y no sé a quién acudir')
      )
    ).toContain('phi.diagnosis.person-linked');
    expect(
      blockingRules(
        'Detrás de cámaras: Owen Pritchard preparando el menú con su paciente Marcos, que llegó con el azúcar en 400.'
      )
    ).toContain('phi.name.given-name');
    expect(blockingRules('Se busca al dueño: encontramos la tarjeta de Medicaid de Lucía Tuyuc, núm. 948337215K.')).toContain(
      'phi.id.long-number'
    );
  });

  it('blocks a booking still on and a home town said back, in English', () => {
    expect(
      blockingRules(
        'Yes, your PT evaluation tomorrow at 9:30 is still on — our clinic is open! ❄️',
        reply('is my PT eval still on for tomorrow? the snow is bad')
      )
    ).toContain('confirmation.answers-yes');
    expect(
      blockingRules(
        'Absolutely! Our balance class welcomes everyone, and Cedar Grove is just 10 minutes from our clinic 😊',
        reply("I'm a 67 yr old from Cedar Grove with bad knees, can I still join the balance class?")
      )
    ).toContain('phi.location.restated-home');
  });

  it('passes towns, a market and streets on a mobile unit’s route, and a count of thousands treated', () => {
    expect(
      handWrittenBlockingRules(
        '🚐 Esta semana la unidad móvil visita: lunes Brentwood (Calle 5 y Suffolk Ave), miércoles Freeport (Main St) y viernes Hempstead (Jackson St). ¡Sin cita!'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'En 2024 nuestra unidad móvil hizo 2,318 pruebas de azúcar en Brentwood, Central Islip y Huntington Station. Volvemos los martes a la Calle 4.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Hágase la prueba de diabetes gratis este 14 de noviembre en nuestra unidad móvil frente al Mercado Latino de Raleigh.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'In 2024 our PT clinics treated 6,800 people for low back pain, and 78% reported meaningful improvement.'
      )
    ).toEqual([]);
  });
});

describe('session 77, round 6 (probe1312, 1313, 1315, 1316): shouting with accents, staff glad of a recovery, "sus pacientes más constantes, como usted", a Christmas Eve with us', () => {
  it('blocks a Spanish warning shouted in capitals with accents', () => {
    expect(
      blockingRules(
        'ATENCIÓN PAPÁS: el juguete que MILES de niños tienen en casa y que ya mandó a varios a Urgencias este mes 😱😱'
      )
    ).toContain('clickbait.all-caps-fear');
  });

  it('blocks staff glad of the commenter’s recovery, and the commenter counted among a doctor’s patients, in Spanish', () => {
    expect(
      blockingRules(
        '¡Qué alegría! La Dra. Helena Marsh y todo el equipo están felices de ver lo bien que va su recuperación. 💪',
        reply('La Dra. Marsh me operó el hombro y ya puedo cargar a mis nietos')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        '¡Gracias! La Dra. Helena Marsh siempre dice que sus pacientes más constantes, como usted, son los que mejores resultados tienen.',
        reply('La Dra. Marsh es la única que me ha podido controlar la psoriasis')
      )
    ).toContain('confirmation.spanish-saw-you');
  });

  it('blocks a family named for a grandmother who spent Christmas Eve with us, in Spanish', () => {
    expect(
      blockingRules(
        'Gracias a la familia Cárdenas por el pernil que le trajeron al turno de noche después de que su abuelita pasó la Nochebuena con nosotros.'
      )
    ).toContain('phi.name.family');
  });

  it('passes "whatever she’s comfortable with" and a history of insulin', () => {
    expect(
      handWrittenBlockingRules(
        "We're not able to share information about anyone's health or care. Your friend is welcome to share whatever she's comfortable with.",
        reply('My friend Tasha said you diagnosed her with a thyroid problem. Can you tell me what it was?')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Who discovered insulin? Frederick Banting and Charles Best, in 1921 — and the patent was sold for $1.'
      )
    ).toEqual([]);
  });
});

describe('session 77, round 7 (probe1318, 1319, 1321, 1322): a team that still talks of them, a rider to dialysis, towns and schools we visited', () => {
  it('blocks a team that still talks about how the commenter did in clinic', () => {
    expect(
      blockingRules(
        'Congratulations on the 5K! Our team still talks about how determined you were in clinic. 🏃',
        reply('Two years ago your wound team saved my leg. Today I ran my first 5K.')
      )
    ).toContain('confirmation.staff-knows-you');
  });

  it('blocks a gentleman picked up in his neighbourhood for dialysis', () => {
    expect(
      blockingRules('Every Monday, Wednesday and Friday, our driver picks up a gentleman in Westgate for dialysis at 6am sharp.')
    ).toContain('phi.procedure.person-linked');
  });

  it('passes a count of procedures in a town’s area, a school a doctor visited, routing for anyone and the day of an appointment', () => {
    expect(
      handWrittenBlockingRules(
        'Nuestro equipo de Cardiología hizo 312 cateterismos el año pasado, y el 40% fueron a pacientes hispanos del área de Austin.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Hoy la Dra. Helena Marsh visitó la Escuela Primaria Popham para enseñar a lavarse bien las manos 🧼 ¡Gracias, maestras y alumnos de 2º grado!'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        '¡Buenas tardes! Puede inscribirse llamando al (555) 300-1000. Solo necesita su dirección y el día de su cita.',
        reply('¿Dónde me puedo inscribir para el programa de transporte?')
      )
    ).toEqual([]);
  });
});
