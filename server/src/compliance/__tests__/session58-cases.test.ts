import { blockingRules, handWrittenBlockingRules, reply } from './check-post';

describe('first round (probe808, 809, 811, 812)', () => {
  it('blocks Spanish hooks that hold the answer back or bargain for shares', () => {
    expect(blockingRules('¿Cuál crema de la farmacia gana? Dale RT y te lo decimos 🔁')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(blockingRules('Lo que le pasó a su piel después de 30 días sin protector… 😳 Te lo mostramos el domingo.')).toContain(
      'clickbait.spanish-held-for-later'
    );
    expect(blockingRules('La edad a la que deberías dejar el jabón en la cara. Mañana, la respuesta.')).toContain(
      'clickbait.spanish-held-for-later'
    );
    expect(blockingRules('Esta mamá acabó con las caries de sus hijos. Los dentistas están furiosos 😡')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(
      blockingRules(
        'La hormona que más influye en tu peso no es la tiroidea. Nuestra dietista te dice cuál es en el próximo video.'
      )
    ).toContain('clickbait.spanish-held-for-later');
    expect(blockingRules('Lo que pasa en tu cuerpo cuando dejas el azúcar… el día 5 es INCREÍBLE 😳')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(blockingRules('Solo las primeras 50 personas que compartan esta publicación recibirán la guía.')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(blockingRules('Mañana a las 8 publicaremos algo que va a cambiar cómo ves tu pastilla. 🤫')).toContain(
      'clickbait.spanish-held-for-later'
    );
  });

  it('passes Spanish posts that say what comes and when', () => {
    expect(blockingRules('Mañana publicaremos los horarios de vacunación de diciembre.')).toEqual([]);
    expect(blockingRules('El día 5 es feriado: la clínica abre de 9 a 1.')).toEqual([]);
  });

  it('blocks a home remedy told to one person in Spanish', () => {
    expect(
      blockingRules(
        'Póngase vinagre de manzana 20 minutos diario; en unos meses desaparecen.',
        reply('Tengo hongos en las uñas desde hace años')
      )
    ).toContain('advice.spanish-remedy');
  });

  it('blocks replies that tell of this person’s care with us', () => {
    expect(
      blockingRules(
        'Yes — your counselor can write an attendance letter for your court date.',
        reply('can I get a letter saying I’m attending your program?')
      )
    ).toContain('confirmation.as-your-clinician');
    expect(
      blockingRules(
        'Since Dr. Brooks already saw her, we can share her notes with our dental team.',
        reply('Dr. Brooks said my daughter needs a dentist.')
      )
    ).toContain('confirmation.saw-you');
    expect(
      blockingRules('¡Gracias! Ya aparece su pago y su cuenta quedó en $0 😊', reply('Ya pagué el saldo, ¿me confirman?'))
    ).toContain('confirmation.spanish-looked-up-record');
  });

  it('passes routing that names no one’s care', () => {
    expect(
      blockingRules(
        'Your counselor at any clinic can answer questions about letters; call (555) 300-1000.',
        reply('Do you write letters?')
      )
    ).not.toContain('confirmation.as-your-clinician');
  });

  it('reads more Spanish PHI', () => {
    expect(
      blockingRules(
        '¡No está sola! Muchas personas viven con Hashimoto.',
        reply('¿Alguien más con Hashimoto por aquí? Me siento sola')
      )
    ).toContain('phi.diagnosis.person-linked');
    expect(blockingRules('Agradecemos a Héctor Salinas, de la colonia Las Palmas, por compartir su historia.')).toContain(
      'phi.location.spanish-neighbourhood'
    );
    expect(blockingRules('Hoy Héctor Salinas ya tiene sus implantes.')).toContain('phi.procedure.person-linked');
    expect(
      blockingRules(
        'Para las 3 coronas de Mateo, llame a Facturación.',
        reply('Mi hijo Mateo necesita 3 coronas y no tenemos seguro.')
      )
    ).toContain('phi.name.relative-said-back');
  });

  it('reads a relative who shares a staff member’s first name, but not the staff member', () => {
    expect(blockingRules('Para la cita de Owen, llame al (555) 300-1000.', reply('Mi hijo Owen tiene una cita.'))).toContain(
      'phi.name.relative-said-back'
    );
    expect(
      handWrittenBlockingRules('Owen Pritchard, RN, will be glad to help.', reply('My son Owen has an appointment.'))
    ).not.toContain('phi.name.relative-said-back');
  });

  it('reads no patient in a meeting room at one of our addresses, a pet tortoise or Santa Claus', () => {
    expect(
      handWrittenBlockingRules('Our Thursday recovery group meets in Room 210 at 22 Harbor Road, 7pm. Open to anyone.')
    ).not.toContain('phi.location.room');
    expect(handWrittenBlockingRules('Our recovery meeting has moved to Room 210 at 22 Harbor Road.')).not.toContain(
      'phi.location.residence'
    );
    expect(handWrittenBlockingRules('Our patient in Room 210 at 22 Harbor Road is recovering well.')).toContain(
      'phi.location.room'
    );
    expect(handWrittenBlockingRules('Conoce a Tito 🐢, la tortuga de la sala de espera de Pediatría.')).toEqual([]);
    expect(
      handWrittenBlockingRules('Esta Navidad, Santa Claus llegó a nuestra unidad de Pediatría y repartió juguetes.')
    ).toEqual([]);
  });
});

describe('second round (probe814, 815, 817, 818)', () => {
  it('blocks more Spanish hooks', () => {
    expect(blockingRules('Lo que encontramos en 1 de cada 3 colonoscopias te va a hacer pensar dos veces. Hilo 🧵👇')).toContain(
      'clickbait.spanish-held-for-later'
    );
    expect(blockingRules('Nuestra dietista quitó UN ingrediente a su desayuno. ¿Cuál crees que fue? Te leemos 👇')).toContain(
      'clickbait.spanish-teaser'
    );
    expect(
      blockingRules('Dejamos de recomendar este «alimento saludable». Spoiler: seguramente lo tienes en tu cocina.')
    ).toContain('clickbait.spanish-teaser');
    expect(blockingRules('Hay una pregunta que casi nadie se atreve a hacer. La respondemos el viernes en vivo 🎥')).toContain(
      'clickbait.spanish-held-for-later'
    );
    expect(blockingRules('Hay algo que deberías saber antes de este otoño. Responde SÍ y te lo enviamos 📩')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(
      blockingRules('Tres de nuestro equipo se negaron a comer una fruta muy común. La razón está en nuestra historia de hoy 🍍')
    ).toContain('clickbait.spanish-teaser');
    expect(blockingRules('Guarda este post y compártelo con 3 amigas: el viernes mandamos la guía secreta.')).toContain(
      'clickbait.spanish-teaser'
    );
    expect(blockingRules('Tu ginecóloga lo sabe 🤐 ¿Te atreves a descubrir qué es? Link en la bio')).toContain(
      'clickbait.spanish-withheld-warning'
    );
  });

  it('passes a live Q&A that takes questions', () => {
    expect(
      handWrittenBlockingRules(
        'En vivo este jueves a las 7 pm: la Dra. Marsh responde sus preguntas. Deje su pregunta en los comentarios y la contestamos en vivo.'
      )
    ).toEqual([]);
  });

  it('blocks Spanish reassurance that no one need see them', () => {
    expect(
      blockingRules(
        'No te preocupes, eso casi siempre significa que estás vacunada; no necesitas ver a nadie.',
        reply('Mi análisis dice positivo, ¿es malo?')
      )
    ).toContain('advice.spanish-reassurance');
  });

  it('blocks Spanish replies that tell of our care of them', () => {
    expect(
      blockingRules(
        '¡Qué alegría! Se lo diremos a la enfermera; nos contó que fuiste muy valiente con el pinchazo 😊',
        reply('Gracias por la vacuna de hoy')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        '¡Gracias! Le pasaremos su mensaje; ella también disfruta mucho sus consultas.',
        reply('La Dra. Marsh es la mejor')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        'Nos alegra que su vacunación del sábado haya ido bien. Le esperamos para la segunda dosis 💉',
        reply('Me atendieron súper bien el sábado')
      )
    ).toContain('confirmation.spanish-we-did-your-care');
    expect(
      blockingRules(
        '¡Sí! La Dra. Marsh sigue en Pediatría y seguro se acuerda de sus gemelos 🥰',
        reply('¿Todavía trabaja la Dra. Marsh? Vacunó a mis gemelos')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        '¡Gracias! Nos encantó prepararle para su viaje; que lo disfrute.',
        reply('Excelente atención en la consulta de viajero')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        'Owen se alegra mucho de ver lo lejos que ha llegado desde aquel diagnóstico 💛',
        reply('Gracias a Owen por acompañarme')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
  });

  it('reads TKR said back and a daughter named in a Spanish question about her care', () => {
    expect(
      blockingRules(
        'Sleep can be tough after a TKR! Our joint class covers sleep positions.',
        reply('Day 3 after my TKR, any tips for sleeping?')
      )
    ).toContain('phi.procedure.person-linked');
    expect(
      blockingRules(
        '¡Claro! Para pedir cita para Valentina, llamen al (555) 300-1000.',
        reply('Mi hija Valentina tiene 15, ¿la pueden ver en ginecología?')
      )
    ).toContain('phi.name.relative-said-back');
  });
});

describe('third round (probe820, 821, 823, 824)', () => {
  it('blocks more Spanish hooks', () => {
    expect(blockingRules('Esta bebida BAJA la presión en minutos. Dale like y comparte antes de que la borren 🔥')).toContain(
      'clickbait.spanish-teaser'
    );
    expect(
      blockingRules('Mañana a las 8:00 compartimos en este canal el dato que hizo que nuestra nutrióloga cambiara su desayuno.')
    ).toContain('clickbait.spanish-held-for-later');
    expect(blockingRules('Este síntoma de infarto lo ignoran 9 de cada 10… Compártelo con todas tus amigas 💔')).toContain(
      'clickbait.spanish-teaser'
    );
  });

  it('passes a recipe that asks people to swipe for its steps', () => {
    expect(
      handWrittenBlockingRules('Tacos de nopal con frijoles: altos en fibra. ¡Desliza para ver los ingredientes y pasos! 👉')
    ).toEqual([]);
  });

  it('blocks Spanish replies that tell of their care or the address we hold', () => {
    expect(
      blockingRules(
        '¡Sí! Owen sigue con nosotros y se va a alegrar mucho de saber que te sientes mejor.',
        reply('¿Owen sigue dando consultas? Me ayudó mucho.')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        'Claro. Enviamos el estado de cuenta de tus sesiones a tu dirección registrada.',
        reply('¿Me mandan la factura de octubre?')
      )
    ).toContain('confirmation.spanish-looked-up-record');
  });

  it('reads no name in a group’s quoted name', () => {
    expect(
      handWrittenBlockingRules('Owen dirige nuestro grupo "Dulce Apoyo" para personas con diabetes los jueves a las 5pm.')
    ).toEqual([]);
  });
});

describe('fourth round (probe826, 827, 829, 830)', () => {
  it('blocks Spanish hooks kept for a later story, video or answer', () => {
    expect(blockingRules('Este es el error #1 en las sillas de auto. Te lo contamos en la historia de mañana 👀')).toContain(
      'clickbait.spanish-held-for-later'
    );
    expect(
      blockingRules('Nuestras consultoras tienen un truco para el agarre. Te lo enseñamos en el video del domingo ✨')
    ).toContain('clickbait.spanish-held-for-later');
    expect(
      blockingRules('¿Cuál de estos 3 alimentos NO deberías comer durante la quimio? Respuesta correcta mañana a las 10 👀')
    ).toContain('clickbait.spanish-held-for-later');
  });

  it('blocks Spanish replies that relay what our staff know of them', () => {
    expect(
      blockingRules(
        '¡Gracias! Owen dice que su hijo fue todo un valiente con los puntos 💪',
        reply('Gracias al enfermero Owen, calmó a mi hijo')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        'Se las pasamos a la Dra. Marsh; le dará mucho gusto saber que sigues tan bien 💗',
        reply('Gracias a la Dra. Marsh')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        'Le compartimos tu mensaje a la Dra. Marsh; siempre le da gusto saber de sus pacientes 💙',
        reply('La Dra. Marsh es la mejor')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        'Entendemos lo difícil que es. Tu equipo del estudio puede resolver cualquier duda.',
        reply('Estoy en su ensayo clínico')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        'A ella también le encanta atenderte en cada consulta 💙',
        reply('Gracias a la Dra. Marsh, siempre tan atenta')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
  });

  it('reads a tongue-tie said back and TIA in capitals', () => {
    expect(
      blockingRules(
        'Sentimos que el frenillo lingual de su bebé les dificulte la lactancia.',
        reply('Mi bebé tiene frenillo lingual, ¿hacen la frenotomía?')
      )
    ).toContain('phi.diagnosis.restated-spanish');
    expect(blockingRules('Maria Lopez had a TIA last week.')).toContain('phi.diagnosis.person-linked');
  });

  it('reads no patient in a doctor welcomed back or a school that hosted us', () => {
    expect(
      handWrittenBlockingRules('She is! Welcome back, Dr. Marsh 👋', reply('Is Dr. Marsh back from her sabbatical?'))
    ).toEqual([]);
    expect(
      handWrittenBlockingRules('Gracias a la Escuela Primaria Benito Juárez por invitarnos a enseñar RCP a 120 alumnos 🙌')
    ).toEqual([]);
  });
});

describe('fifth round (probe832, 833, 835, 836)', () => {
  it('blocks more Spanish hooks', () => {
    expect(blockingRules('5 cosas que tu doula no te va a decir… ¡la #3 te va a dejar en shock! 😳')).toContain(
      'clickbait.spanish-teaser'
    );
    expect(blockingRules('Pensábamos que ya lo habíamos visto todo en la sala de partos… nos equivocamos. Hilo 🧵👇')).toContain(
      'clickbait.spanish-teaser'
    );
    expect(blockingRules('Una historia que nunca vamos a olvidar… continuará. 👣')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('ESTO es lo que tu orina dice de tus riñones (y nadie te lo había dicho).')).toContain(
      'clickbait.spanish-teaser'
    );
    expect(blockingRules('Nuestra dietista tiene una regla para el desayuno. Mañana te la contamos. 🍳')).toContain(
      'clickbait.spanish-held-for-later'
    );
    expect(blockingRules('Hay 3 señales. La tercera nos sorprendió hasta a nosotros. Lee la nota en el enlace.')).toContain(
      'clickbait.spanish-withheld-warning'
    );
  });

  it('passes a Spanish post that says what continues', () => {
    expect(handWrittenBlockingRules('La campaña de vacunación continuará en enero en todas nuestras clínicas.')).toEqual([]);
  });

  it('blocks Spanish replies that tell of their order, appointment or stay', () => {
    expect(
      blockingRules(
        '¡Sí! Sus zapatos terapéuticos llegaron ayer; puede pasar por ellos.',
        reply('¿Ya están listos los zapatos que pedí?')
      )
    ).toContain('confirmation.spanish-records-ready');
    expect(
      blockingRules(
        '¡Confirmada! 🙌 Te esperamos mañana a las 11:15 con la Dra. Marsh.',
        reply('Necesito confirmar mi cita de mañana')
      )
    ).toContain('confirmation.spanish-on-schedule');
    expect(
      blockingRules('Fue un gusto tener a don Fermín con nosotros.', reply('Gracias al equipo por cuidar a mi abuelo Fermín'))
    ).toContain('confirmation.spanish-cared-for');
  });

  it('reads more Spanish PHI', () => {
    expect(blockingRules('Celebramos los 90 años de uno de nuestros pacientes más queridos. ¡Feliz cumpleaños!')).toContain(
      'phi.age.over-89'
    );
    expect(blockingRules('Caso del mes: paciente de 41 años con acretismo placentario.')).toContain(
      'phi.diagnosis.person-linked'
    );
    expect(
      blockingRules(
        'Lamentamos lo del adormecimiento de los pies.',
        reply('tengo diabetes y se me duermen los pies, con adormecimiento de los pies en la noche')
      )
    ).toContain('phi.diagnosis.restated-spanish');
  });
});

describe('sixth round (probe838, 839, 841, 842)', () => {
  it('blocks more Spanish hooks', () => {
    expect(blockingRules('No te operes de la rodilla sin antes ver esto 😱👇')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('Solo 1 de cada 10 pasa esta prueba 🤔 ¿Tú puedes? El video, en nuestras historias 👀')).toContain(
      'clickbait.spanish-held-for-later'
    );
    expect(blockingRules('Lo que pasó esta semana nos dejó sin palabras 🥹 Historia completa muy pronto…')).toContain(
      'clickbait.spanish-teaser'
    );
  });

  it('blocks replies that tell of their visit or stay', () => {
    expect(
      blockingRules(
        'We’ll pass this along — our team really enjoyed helping you sort through everything.',
        reply('Your pharmacist spent 20 minutes with me!')
      )
    ).toContain('confirmation.saw-you');
    expect(
      blockingRules(
        'We’re sorry you had such a long wait! Next time, book a slot in the portal.',
        reply('The vaccine clinic line was so long today')
      )
    ).toContain('confirmation.experience-with-us');
    expect(
      blockingRules('Sí, Tomás sigue con nosotros en piso. Puede visitarlo de 10 a 8.', reply('¿Mi hermano sigue internado?'))
    ).toContain('confirmation.spanish-cared-for');
  });

  it('reads a bitten child named back and a team captain’s school', () => {
    expect(
      blockingRules(
        'Para la vacuna de Diego, venga a Urgencias; no necesita cita.',
        reply('Mi hijo Diego fue mordido por un perro, ¿dónde le ponen la vacuna?')
      )
    ).toContain('phi.name.relative-said-back');
    expect(
      blockingRules('La capitana del equipo de vóleibol de Springfield High ya está lista tras su esguince de tobillo.')
    ).toContain('phi.location.school');
  });

  it('reads no stay in a staff member who is still with us', () => {
    expect(
      handWrittenBlockingRules('¡Sí! Owen sigue con nosotros en Salud Conductual.', reply('¿Owen sigue trabajando ahí?'))
    ).toEqual([]);
  });
});
