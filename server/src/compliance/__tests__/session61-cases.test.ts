import { blockingRules, handWrittenBlockingRules, reply } from './check-post';

describe('session 61 (probe880, 881, 883, 884): patients confirmed, dated and said back', () => {
  it('blocks a newborn in our nursery born on a holiday', () => {
    expect(blockingRules('Peek-a-boo! 👶 This little guy in our 2 West nursery was born on the 4th of July and is already our loudest fan 🎆')).toContain(
      'phi.date.birth'
    );
  });

  it('blocks the oldest one’s age over 89 with the noun left out', () => {
    expect(blockingRules('Last flu season our pharmacists gave 4,862 flu shots: the youngest recipients were 3, the oldest 101.')).toContain('phi.age.over-89');
  });

  it('blocks a nurse’s remark about a child passed on to his parent', () => {
    expect(
      blockingRules('Thank you for sharing! We’ll make sure she sees this — she said he was a total champ. 💪', reply('Thank you to the nurse who gave my son his shots Friday'))
    ).toContain('confirmation.staff-knows-you');
  });

  it('blocks Spanish replies that tell of the person’s schedule with us', () => {
    expect(
      blockingRules('¡Gracias, Carmen! Les pasamos su mensaje; el equipo siempre espera con gusto sus martes, jueves y sábados. 💙', reply('Gracias a las enfermeras de diálisis'))
    ).toContain('confirmation.spanish-we-did-your-care');
    expect(blockingRules('¡Gracias a usted! Es un gusto tenerle en el turno nocturno tres veces por semana 😊', reply('Gracias al equipo de la noche'))).toContain(
      'confirmation.spanish-we-did-your-care'
    );
    expect(
      blockingRules('¡Gracias por tus palabras! Nos encantó conocerte y verte ganar confianza cada semana. 💜', reply('La primera vez en la sala de infusión estaba aterrada'))
    ).toContain('confirmation.spanish-we-did-your-care');
  });

  it('blocks a Spanish yes that the person asked about picked up their prescription yesterday', () => {
    expect(blockingRules('Sí, Mateo pasó por ella ayer en la tarde. 👍', reply('¿Me pueden decir si mi hijo ya recogió su receta? Se llama Mateo Ibarra'))).toContain(
      'confirmation.spanish-picked-up'
    );
  });

  it('blocks a Spanish milestone of not smoking said back', () => {
    expect(blockingRules('¡Un año sin fumar es enorme! 🎉 Qué orgullo, sigue así.', reply('Ya cumplí un año sin fumar gracias a los parches 🙌'))).toContain(
      'phi.diagnosis.restated-milestone'
    );
  });
});

describe('session 61: events, statistics and visits still to come', () => {
  it('passes “la Noche Rosa” as an event, not a woman named Rosa', () => {
    expect(handWrittenBlockingRules('💗 Gracias a todas las que vinieron a la Noche Rosa del jueves: 86 mamografías en una sola tarde. ¡Nos vemos el próximo año!')).toEqual([]);
  });

  it('passes a figure compared with last winter', () => {
    expect(handWrittenBlockingRules('RSV hospitalizations among infants in our practice fell by nearly half compared with last winter.')).toEqual([]);
  });

  it('passes a day that heads the title of an event', () => {
    expect(
      handWrittenBlockingRules(
        "This Saturday: Teddy Bear Clinic 🧸 Kids bring a stuffed animal for a 'checkup' with our nurses — a fun way to ease doctor-visit jitters. 10am–noon, Community Room."
      )
    ).toEqual([]);
  });

  it('passes a checkup still to come, named as the place to ask', () => {
    expect(
      handWrittenBlockingRules('HPV vaccine is recommended for all kids at ages 11–12. Ask at your child’s next checkup or call (555) 300-1000.', reply('Do you give the HPV vaccine to boys too?'))
    ).toEqual([]);
  });

  it('passes a transplant evaluation named as the first step of a process', () => {
    expect(
      handWrittenBlockingRules('El primer paso es una referencia de su médico para una evaluación de trasplante.', reply('¿Cómo me anoto para la lista de trasplante de riñón?'))
    ).toEqual([]);
  });

  it('does not hear the Spanish model’s confirmation in thanks for a video, unless the reply speaks of a visit', () => {
    expect(blockingRules('¡Gracias a ti, Carmen! Nos alegra que te haya servido. 😊', reply('Gracias por el video de hoy, Carmen aquí 👋 muy útil'))).toEqual([]);
    expect(blockingRules('¡Gracias a ti! Trae tus fotos de lunares a tu próxima cita con nosotros 📸', reply('Gracias por el post del ABCDE, me sirvió mucho'))).not.toEqual([]);
  });
});

describe('session 61 (probe886, 887, 889, 890): care relayed, rooms known, quizzes baited', () => {
  it('blocks a Spanish reply saying our doctor was glad to care for their little one', () => {
    expect(
      blockingRules('¡Gracias a usted! Le pasaremos su mensaje a la Dra. Helena Marsh; le dio mucho gusto atender a su pequeño. 💙', reply('Gracias a la doctora que atendió a mi hijo el viernes'))
    ).toContain('confirmation.spanish-we-did-your-care');
  });

  it('blocks our clinician’s word that the person’s exercises paid off, in Spanish', () => {
    expect(blockingRules('¡Qué alegría leerte! Helena dice que tus ejercicios de equilibrio dieron frutos. ¡Sigue así! 💪', reply('Gracias al equipo, ya camino sin bastón'))).toContain(
      'confirmation.spanish-staff-knows-you'
    );
  });

  it('blocks flowers brought up to his room', () => {
    expect(
      blockingRules('What a kind idea! Flowers can be delivered to the main lobby and our volunteers will bring them up to his room. 💐', reply('My dad has been in the ortho unit since Tuesday, can I send flowers?'))
    ).toContain('confirmation.has-their-orders');
  });

  it('blocks a Spanish quiz that asks for results in the comments', () => {
    expect(blockingRules('¿Crees que conoces las señales de un derrame? Haz el quiz y presume tu resultado en los comentarios 👇')).toContain('clickbait.spanish-withheld-warning');
  });

  it('blocks a child’s absence seizures said back with his name', () => {
    expect(
      blockingRules('¡Claro! Las crisis de ausencia de Tadeo pueden confundirse con distracción. Pida la guía al (555) 300-1000.', reply('Mi hijo Tadeo tiene crisis de ausencia'))
    ).toContain('phi.diagnosis.restated-spanish');
  });

  it('passes the rotavirus vaccine named in a Spanish answer about a neighbour’s child', () => {
    expect(
      handWrittenBlockingRules('La vacuna del rotavirus es segura y se ha aplicado a millones de bebés. Pediatría le atiende al (555) 300-1000.', reply('Mi vecina dice que su hijo casi se muere por la vacuna del rotavirus'))
    ).toEqual([]);
  });

  it('passes a T-score compared with a healthy 30-year-old', () => {
    expect(handWrittenBlockingRules('Bone density tip: your T-score compares your bones to a healthy 30-year-old’s. A score of −2.5 or lower means osteoporosis.')).toEqual([]);
  });

  it('does not read one of our doctors and the care she gives, or a line routing to her department, in Spanish, as a patient’s', () => {
    const directory = {
      staff: [{ name: 'Dr. Elena Petrova', title: 'Endocrinologist, Endocrinology & Diabetes Care' }],
      departments: [{ name: 'Endocrinology & Diabetes Care', phone: '(555) 201-4450' }],
    };
    const ask = { ...reply('¿La Dra. Petrova ve pacientes con diabetes y problemas de riñón?'), directory };
    expect(blockingRules('¡Ambas! La Dra. Elena Petrova atiende diabetes antes, durante y después del embarazo. Citas: (555) 201-4450.', ask)).toEqual([]);
    expect(
      blockingRules(
        'Sí, la Dra. Elena Petrova, endocrinóloga, atiende a personas con diabetes y trabaja de cerca con el equipo renal. Para citas llame a Endocrinología y Diabetes al (555) 201-4450.',
        ask
      )
    ).toEqual([]);
  });
});

describe('session 61 (probe892, 893, 895, 896): Spanish days of care said back, care confirmed, answers not held back', () => {
  it('blocks the day of a Spanish commenter’s surgery said back, the date or the week', () => {
    expect(blockingRules('¡Mucho ánimo para el 3 de marzo! 💪 Es normal sentir nervios.', reply('Me operan de la rodilla el 3 de marzo y estoy nerviosa 😬'))).toContain(
      'phi.date.restated-care-day'
    );
    expect(
      blockingRules('¡Por supuesto! Un acompañante puede quedarse con ella. Mucho ánimo para la próxima semana. 💙', reply('Mi esposa la operan de la vesícula la próxima semana, ¿puedo quedarme con ella?'))
    ).toContain('phi.date.restated-care-day');
  });

  it('passes a Spanish reply asking the commenter to be seen today', () => {
    expect(
      handWrittenBlockingRules('Por favor no espere: llame ahora a la línea de enfermería al (555) 300-1000 o acuda a urgencias para que le revisen hoy mismo.', reply('Me operaron de cataratas la semana pasada y hoy me duele mucho el ojo'))
    ).toEqual([]);
  });

  it('blocks “nos alegra haberle atendido” and “happy to see her again”', () => {
    expect(blockingRules('¡Nos alegra mucho haberle atendido! Cuídese mucho.', reply('Ya me voy a casa después de la neumonía'))).toContain('confirmation.spanish-cared-for');
    expect(blockingRules('Tell your friend we’d be happy to see her again — she can call (555) 300-1000.', reply('Asking for a friend after her surgery'))).toContain(
      'confirmation.welcome-back'
    );
  });

  it('passes “pregunte en su próxima cita”, said to anyone', () => {
    expect(
      handWrittenBlockingRules('Sí, ofrecemos la vacuna contra el VSR para adultos mayores. Pregunte en su próxima cita o llame al (555) 300-1000.', reply('¿Tienen la vacuna contra el VSR?'))
    ).toEqual([]);
  });

  it('blocks a Spanish all-clear to swim after stitches', () => {
    expect(blockingRules('¡Sí! Ya puedes nadar sin problema, solo sécate bien la cicatriz. 🏊', reply('Me quitaron los puntos ayer, ¿ya me puedo meter a la alberca?'))).toContain(
      'advice.spanish-reassurance'
    );
  });

  it('blocks a Spanish thread teaser that keeps back “esto”', () => {
    expect(blockingRules('Los cirujanos de rodilla no se ponen de acuerdo en casi nada… excepto en esto. 🧵👇')).toContain('clickbait.spanish-withheld-warning');
  });

  it('does not hear the Spanish model’s confirmation in thanks passed on to the team', () => {
    expect(blockingRules('¡Gracias por tomarse el tiempo de escribir! Compartiremos su mensaje con todo el equipo. 💙', reply('Mi suegra se operó de la vesícula con ustedes y quedó feliz'))).toEqual([]);
  });

  it('passes a hook of a few words answered by the next sentence', () => {
    expect(
      blockingRules('Most people check their blood pressure wrong at home. The most common mistake? Talking during the reading — it can add up to 10 points. Sit quietly for 5 minutes first. 🤫')
    ).toEqual([]);
  });

  it('passes the words an acronym’s letters stand for, and still reads a name after a note’s “P:”', () => {
    expect(handWrittenBlockingRules('CAMINA, nuestra regla para la rehabilitación pulmonar 🚶 C: Constancia. A: Acompañamiento. M: Medicamentos al día.')).toEqual([]);
    expect(blockingRules('S: Pt reports chest pain. O: BP 150/90. A: Angina. P: Gregory Hale to follow up with cardiology.')).toContain('phi.name.given-name');
  });
});
