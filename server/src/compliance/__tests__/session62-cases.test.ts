import { blockingRules, handWrittenBlockingRules, reply } from './check-post';

describe('session 62 (probe898, 899, 901, 902): patients confirmed, identified and said back', () => {
  it('blocks a Spanish player’s jersey number next to the rescue that saved him', () => {
    expect(
      blockingRules('Gracias a la familia del delantero, camiseta #14, por dejarnos contar cómo un desfibrilador le salvó la vida en la cancha el viernes pasado. 🙏⚽')
    ).toContain('phi.id.jersey');
  });

  it('blocks a Spanish yes to whether we hold the commenter’s own test', () => {
    expect(
      blockingRules('Sí, lo tenemos. Puede pedir una copia en el portal del paciente o al (555) 300-1000.', reply('¿Ustedes tienen mi electrocardiograma del año pasado? Lo necesito para otro doctor'))
    ).toContain('confirmation.answers-yes');
  });

  it('blocks a named child’s trip to our urgent care', () => {
    expect(blockingRules('This is Tyler’s cast from his second trip to our Urgent Care this summer (skateboard, then trampoline 😅). Please, kids — wear your pads! 🛹')).toContain(
      'phi.procedure.person-linked'
    );
  });

  it('blocks a Spanish reminder of when the commenter’s session with a named counsellor is', () => {
    expect(blockingRules('¡Claro! Tu sesión con Owen Pritchard es mañana a las 4:30 pm. 😊', reply('¿Me pueden recordar a qué hora es mi terapia mañana?'))).toContain(
      'confirmation.spanish-your-care-is-on'
    );
  });

  it('blocks a Spanish reply that keeps the commenter’s usual place in a group', () => {
    expect(blockingRules('¡Pronto! Retomamos el 5 de febrero en la Sala A. Te guardamos tu lugar de siempre 😉', reply('¿Cuándo vuelve el grupo de apoyo de los miércoles? Lo extraño'))).toContain(
      'confirmation.spanish-your-care'
    );
  });

  it('blocks the commenter’s Spanish street said back without its street word', () => {
    expect(
      blockingRules(
        '¡Gracias por avisar! Podemos pasar a recogerlo a Los Almendros 214 el jueves.',
        reply('¿Dónde dejo el zapato especial que me prestaron? Vivo en Valle Verde, calle Los Almendros 214')
      )
    ).toContain('phi.address.restated-street');
  });

  it('blocks a Spanish reply saying the relative’s nurse is caring for her', () => {
    expect(
      blockingRules('Entendemos tu preocupación 💙 Su enfermera la está cuidando muy bien; para más detalles, llama al (555) 300-1000.', reply('¿Cómo sigue mi abuela? Está internada con ustedes desde el lunes 😟'))
    ).toContain('confirmation.spanish-cared-for');
  });
});

describe('session 62 (probe904, 905, 907, 908): births, thanks taken and advice', () => {
  it('blocks two named mothers who gave birth the same night', () => {
    expect(blockingRules('Mención especial para Karla Jiménez y Tania Ríos, que dieron a luz la misma noche, el 2 de mayo, en habitaciones vecinas 💕')).toContain(
      'phi.procedure.person-linked'
    );
  });

  it('blocks a Spanish reply glad that the commenter’s extraction went well', () => {
    expect(
      blockingRules('¡Gracias a usted por confiar en nosotros! Nos alegra que la extracción haya salido tan bien. 💙', reply('Gracias al equipo dental por sacarme la muela del juicio sin dolor 🙌'))
    ).toContain('confirmation.spanish-cared-for');
  });

  it('blocks a chat the commenter had during their cleanings', () => {
    expect(
      blockingRules('We’ll make sure she sees this! She always said you were one of her favorite people to chat with during your cleanings 🥹', reply('Good luck to my favorite dental assistant on her retirement!! 🎉'))
    ).toContain('confirmation.your-care-record');
  });

  it('blocks a Spanish reading-glasses strength picked for the commenter', () => {
    expect(blockingRules('Prueba con +3.00, casi todos a tu edad terminan necesitándolo. 😉', reply('Uso lentes de lectura de farmacia de +2.50 pero ya no me sirven'))).toContain(
      'advice.spanish-peers-course'
    );
  });
});

describe('session 62 (probe910, 911, 913, 914): homes, visits and donors', () => {
  it('blocks the town a relative lives in, said back in Spanish', () => {
    expect(
      blockingRules(
        '¡Hola! Sí, nuestro programa de visitas a domicilio atiende a personas mayores en Mill Creek y alrededores. Llame al (555) 300-1000.',
        reply('Hola, escribo por mi tía Carmen Ruiz, tiene 91 años y vive en Mill Creek, ¿tienen médicos que vayan a domicilio?')
      )
    ).toContain('phi.location.restated-home');
  });

  it('blocks a joke that tells the commenter’s next visit day', () => {
    expect(blockingRules('Fair 😂 We’ll have a better pot waiting for you next Thursday!', reply('ngl the wound clinic coffee is terrible 😂'))).toContain('confirmation.staff-knows-you');
  });

  it('blocks a Spanish reply that we already have the commenter’s order', () => {
    expect(
      blockingRules('¡Sí! Ya recibimos la orden de la Dra. Helena Marsh; solo falta que llames al (555) 300-1000 para elegir fecha.', reply('La Dra. Marsh me mandó con ustedes para la endoscopia, ¿ya tienen mi orden?'))
    ).toContain('confirmation.spanish-looked-up-record');
  });

  it('blocks a named child’s birthday in the pediatric unit', () => {
    expect(blockingRules('Así celebró Valentina su cumpleaños número 10 en la unidad pediátrica, con pastel y globos 🎈')).toContain('phi.name.given-name');
  });

  it('blocks a named living donor', () => {
    expect(blockingRules('Queremos agradecer a Joaquín, el chofer de la ruta 14, que donó parte de su hígado a su hermano aquí el 2 de febrero. 🦸')).toContain(
      'phi.procedure.person-linked'
    );
  });
});

describe('session 62: clean look-alikes', () => {
  it('passes a word quoted in a Spanish myth list and said again', () => {
    expect(
      handWrittenBlockingRules('TOP 3 mitos sobre la colonoscopia ❌ 1) «Duele»: se hace con sedación. 2) «Si no tengo síntomas, no la necesito»: la mayoría de los pólipos no dan síntomas.')
    ).toEqual([]);
  });

  it('passes what most plans cover, to a commenter asking about their own', () => {
    expect(
      handWrittenBlockingRules('Most plans cover a screening colonoscopy at no cost starting at 45.', reply('Does insurance cover my colonoscopy if it’s preventive?'))
    ).toEqual([]);
    expect(
      handWrittenBlockingRules('Muchos planes cubren la colonoscopia de detección sin costo.', reply('¿El seguro cubre mi colonoscopia si es preventiva?'))
    ).toEqual([]);
  });

  it('passes a Spanish greeting by name and a Spanish triage line past the English model', () => {
    expect(
      blockingRules(
        '¡Hola, Ana Lucía! Sí, Lisa Chen da una charla gratuita para familias el primer martes de cada mes, a las 6 p.m. ¡La esperamos!',
        reply('Soy Ana Lucía, ¿ustedes dan charlas de nutrición para padres?')
      )
    ).not.toContain('phi-risk-model.diagnosis');
    expect(
      blockingRules(
        'Por favor llama ahora al (555) 300-1000. Si el dolor es intenso o empeora, llama al 911 o acude a Urgencias.',
        reply('Me duele mucho el abdomen y tengo fiebre desde ayer, ¿voy a urgencias o espero?')
      )
    ).not.toContain('phi-risk-model.diagnosis');
  });

  it('passes the kinds of birth our obstetrics team offers, to a pregnant commenter', () => {
    expect(
      handWrittenBlockingRules(
        'Nuestro equipo de Obstetricia ofrece varias opciones de manejo del dolor y tipos de parto.',
        reply('¿La Dra. Helena Marsh atiende partos en agua? Estoy embarazada de mi tercer bebé')
      )
    ).toEqual([]);
  });

  it('passes a known risk factor for the condition a commenter’s family has', () => {
    expect(
      handWrittenBlockingRules(
        'Great question! Family history is a known risk factor for obstructive sleep apnea, along with jaw shape, weight and age.',
        reply('My whole family has sleep apnea, seriously — Dad, me, my brother. Is it genetic?')
      )
    ).toEqual([]);
  });

  it('passes the nurse line offered for the rest of tonight', () => {
    expect(
      blockingRules(
        'Please don’t wait — if you’re struggling to breathe, call 911 now. For anything else tonight, our nurse line is at (555) 300-1000.',
        reply('My asthma is really bad tonight, inhaler isn’t helping and I’m scared')
      )
    ).not.toContain('phi.date.restated-care-day');
  });

  it('passes an info night that tells in person who qualifies', () => {
    expect(
      blockingRules('Free lung cancer screening info night! 🫁 Thursday, Nov 14, 6pm, Conference Room B. Learn who qualifies for low-dose CT and how to get started.')
    ).not.toContain('clickbait.withheld-which');
  });

  it('passes a recommendation to start with the primary care provider, and still reads one to start a medicine', () => {
    const routing = blockingRules(
      'Most insurance plans require a referral for sleep studies, so we recommend starting with your primary care provider.',
      reply('Do I need a referral for the sleep clinic or can I just call?')
    );
    expect(routing).not.toContain('advice.hedged');
    expect(routing).not.toContain('advice.suggests-a-change');
    expect(blockingRules('We recommend starting ibuprofen twice a day.', reply('My knee hurts after running'))).toContain('advice.suggests-a-change');
  });

  it('passes a Spanish campaign week of a service in capitals', () => {
    expect(
      handWrittenBlockingRules('Semana de la Rehabilitación Cardíaca 💪 La rehabilitación reduce el riesgo de otro infarto. Pregunte a su médico si califica o llame a Cardiología: (555) 300-1200.')
    ).toEqual([]);
  });

  it('passes a group counted at the school that hosted our workshop', () => {
    expect(
      blockingRules('Thank you to the 40 student athletes and coaches who completed our free Sports Concussion Awareness workshop at Springfield High on Saturday.')
    ).not.toContain('phi.location.school');
  });

  it('passes years of work and a pet’s name in a Spanish staff profile', () => {
    const rules = blockingRules(
      'Conoce a Owen Pritchard, RN 🌻 Lleva más de 10 años acompañando a personas en recuperación. Fuera de la clínica, corre maratones y cuida a su perro rescatado, Lucho.'
    );
    expect(rules).not.toContain('phi.age.person');
    expect(rules).not.toContain('phi.name.given-name');
  });

  it('passes a service we do not offer, asked about for a cousin', () => {
    expect(
      blockingRules("We don't currently offer ketamine therapy. Our team offers counseling — call (555) 300-1000 to learn more.", reply('Is it true you guys do ketamine therapy? My cousin said he got it there.'))
    ).toEqual([]);
  });

  it('passes our department named in Spanish, with its listed phone, to a comment about a mother’s diabetes', () => {
    const rules = blockingRules(
      'Gracias por escribirnos. Nuestro equipo de Cardiología y Cuidado de la Diabetes puede orientarles: (555) 300-1200.',
      reply('Mi mamá tiene diabetes y una herida en el pie que no sana, ¿a quién llamo?')
    );
    // The English model no longer reads it; the Spanish one is measured over whole sets.
    expect(rules).not.toContain('phi.diagnosis.person-linked');
    expect(rules).not.toContain('phi-risk-model.diagnosis');
  });

  it('passes students with the condition, told of in general, and still reads many students like the commenter', () => {
    expect(
      blockingRules(
        '¡Sí! Ofrecemos sesiones gratuitas para escuelas y familias sobre cómo apoyar a estudiantes con diabetes.',
        reply('Mi hijo de 7 años tiene diabetes tipo 1 y empieza la escuela, ¿ustedes dan capacitación a maestros?')
      )
    ).not.toContain('phi.diagnosis.restated-spanish');
    expect(
      blockingRules(
        '¡Sí! Muchos estudiantes con ansiedad social se suman a nuestro grupo juvenil de los lunes.',
        reply('Tengo 19 años y tengo ansiedad social, ¿hay grupos para jóvenes?')
      )
    ).toContain('phi.diagnosis.restated-spanish');
  });
});
