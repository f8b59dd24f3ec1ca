import { blockingRules, checkPost, handWrittenBlockingRules, reply } from './check-post';

describe('session 75, round 1 (probe1204, 1205, 1207, 1208): towns of the Imperial Valley, a device implanted, glad to see her again', () => {
  it('blocks a named patient who had a heart-failure sensor implanted', () => {
    expect(
      blockingRules('On Monday, Dr. Helena Marsh implanted a wireless heart-failure sensor in Orem resident Gary Nielsen, 67.')
    ).toContain('phi.procedure.person-linked');
  });

  it('blocks one of ours glad to see the commenter again, in Spanish', () => {
    expect(
      blockingRules(
        '¡Seguro que la Dra. Marsh también estará feliz de verla otra vez! Llame al (555) 300-1000.',
        reply('Ojalá me toque otra vez con la Dra. Marsh en mi próxima consulta')
      )
    ).toContain('confirmation.spanish-glad-to-see-again');
  });

  it('blocks thanks for sharing a relative with us after a memorial', () => {
    expect(
      blockingRules(
        'Thank you for being there, and for sharing Leo with us. Our chaplains will read his name at the spring remembrance.',
        reply('Thank you for the beautiful memorial service for my grandpa Leo last weekend')
      )
    ).toContain('confirmation.shared-them-with-us');
    expect(handWrittenBlockingRules('Thank you for sharing your story with us!', reply('Our family loved the walk.'))).toEqual(
      []
    );
  });

  it('blocks the weeks of a pregnancy loss said back, in Spanish', () => {
    expect(
      blockingRules(
        'Lamentamos muchísimo la pérdida de su bebé a las 20 semanas. Llame al (555) 300-1000.',
        reply('¿Tienen grupos de apoyo? Perdí a mi bebé a las 20 semanas')
      )
    ).toContain('phi.diagnosis.restated-pregnancy');
  });

  it('blocks a result held for the next reel', () => {
    expect(
      blockingRules(
        'Lo que pasó cuando 10 trabajadores cambiaron el refresco por agua de jamaica… Los resultados completos, solo en nuestro siguiente reel.'
      )
    ).toContain('clickbait.spanish-teaser');
  });

  it('passes the towns of the Imperial Valley, listed or as a hashtag', () => {
    expect(
      handWrittenBlockingRules(
        'En 2024 atendimos a 3,412 trabajadores agrícolas en nuestras unidades móviles de Yuma, San Luis, El Centro y Calexico. El 41% no había visto a un médico en más de 2 años.'
      )
    ).toEqual([]);
    expect(handWrittenBlockingRules('Si un compañero se confunde o deja de sudar, llame al 911. #CalorExtremo #Yuma')).toEqual(
      []
    );
  });

  it('passes a full video after the list it has given, and the carbs in a slice of cake', () => {
    expect(
      handWrittenBlockingRules(
        'Owen Pritchard comparte 3 estiramientos: 1) rodillas al pecho, 2) gato-vaca, 3) cadera de pie. Video completo en nuestro canal.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Una rebanada de pastel tiene unos 35–45 g de carbohidratos. Para la dosis, llame al (555) 300-1000.',
        reply('¿Cuántos carbohidratos tiene una rebanada de pastel?')
      )
    ).toEqual([]);
  });

  it('passes a diabetes educator and a pump that may fail, said to a parent in Spanish', () => {
    expect(
      handWrittenBlockingRules(
        'Llame al (555) 300-1000 y pida una cita con la educadora en diabetes.',
        reply('Mi hija Sofía tiene diabetes tipo 1 y empieza el kínder en agosto.')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Si una bomba de insulina falla fuera de horario, llame al (555) 300-1000.',
        reply('¿A qué número llamo si la bomba de insulina de mi hijo falla en la noche?')
      )
    ).toEqual([]);
  });

  it('passes the month pollen peaks along a valley', () => {
    expect(
      checkPost(
        'Spring allergy season is here 🌸 Tree pollen peaks along the Wasatch Front in April. Keep windows closed.'
      ).findings.map((f) => f.rule)
    ).not.toContain('phi.date.care-month');
  });
});

describe('session 75, round 2 (probe1210, 1211, 1213, 1214): a first birthday after the NICU, a greeting from one of ours, a thread hook', () => {
  it('blocks a first birthday wished to a NICU graduate by name', () => {
    expect(
      blockingRules(
        'Happy 1st birthday, Zion! 🎂 Our NICU nurses still remember the tiny fighter born at 26 weeks. Look at you now! 💙'
      )
    ).toContain('phi.name.addressed');
  });

  it('blocks a greeting passed on from the doctor who delivered the babies', () => {
    expect(
      blockingRules(
        "She's the best! Dr. Helena Marsh says hello and hopes the kids are doing great. 💕",
        reply('Dr. Marsh delivered all 3 of my babies 💕 best doctor around')
      )
    ).toContain('confirmation.staff-says-hello');
    expect(
      blockingRules('¡La Dra. Marsh le manda muchos saludos!', reply('La Dra. Marsh me atendió en mis dos embarazos'))
    ).toContain('confirmation.staff-says-hello');
  });

  it('blocks a thread hook that asks to be read to the end', () => {
    expect(
      blockingRules(
        "I've run hospitals for 20 years. Last Tuesday, a janitor at our Lakeside clinic taught me the most important lesson of my career. 🧵 (You'll want to read to the end.)"
      )
    ).toContain('clickbait.wont-believe');
  });

  it('passes our tent on a street and a town festival', () => {
    expect(handWrittenBlockingRules('Find our tent on Washington Avenue for free BP checks!')).toEqual([]);
    expect(handWrittenBlockingRules('Cleveland Octoberfest 🍂 Find our tent on Cotton Row Saturday for free flu shots.')).toEqual(
      []
    );
  });

  it('passes a school that visited us, a figure that rose last July and the month a program starts', () => {
    expect(
      handWrittenBlockingRules(
        'Nos visitó la Escuela Número 6 de Paterson 🍎 Más de 60 estudiantes aprendieron a lavarse bien las manos con nuestro equipo de Pediatría.'
      )
    ).toEqual([]);
    expect(handWrittenBlockingRules('ER visits for heat illness rose 38% last July compared with the year before.')).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Welcome aboard to Owen Pritchard, RN! Starting in September, Owen and his team will visit senior centers in Greenwood and Clarksdale for free balance screenings.'
      )
    ).toEqual([]);
  });

  it('passes a phone call instead of walking in', () => {
    expect(
      handWrittenBlockingRules(
        'That fear is real. Our visits are confidential, and you can start with a phone call instead of walking in: (555) 300-1000.',
        reply("I've been using for 6 years and I'm scared to go to a clinic where people know me")
      )
    ).toEqual([]);
  });
});

describe('session 75, round 3 (probe1216, 1217, 1219, 1220): already her patient, proud of you, no need to retest, undetectable', () => {
  it('blocks a commenter told they are already the doctor’s patient', () => {
    expect(
      blockingRules(
        '¡Hola! Sí, la Dra. Marsh sigue atendiendo los martes. Como ya eres paciente suyo, puedes reservar directamente en el (555) 300-1000.',
        reply('¿La doctora Marsh sigue atendiendo los martes? Me gustaría volver con ella')
      )
    ).toContain('confirmation.already-their-patient');
  });

  it('blocks a doctor’s pride in the commenter passed on', () => {
    expect(
      blockingRules(
        '¡Nos alegra muchísimo! Ya le pasamos tu mensaje a la Dra. Marsh; dice que está muy orgullosa de tu constancia.',
        reply('La Dra. Marsh es la mejor, me cambió la vida con la PrEP')
      )
    ).toContain('confirmation.staff-proud-of-them');
  });

  it('blocks telling someone a negative test need not be repeated, in Spanish', () => {
    expect(
      blockingRules(
        '¡Qué alivio! Con esa prueba negativa del lunes ya puedes estar tranquilo; no hace falta repetirla.',
        reply('Me hice la prueba rápida el lunes y salió negativa, pero la exposición fue el sábado. ¿Ya estoy libre?')
      )
    ).toContain('advice.spanish-no-need-to-retest');
  });

  it('blocks steering a parent off a prescribed medicine', () => {
    expect(
      blockingRules(
        'Lots of parents we talk to start by cutting out sugar and red dye first — many kids never end up needing medication at all.',
        reply("My kid's pediatrician wants to start her on ADHD meds but I'm nervous. Thoughts?")
      )
    ).toContain('advice.never-end-up-needing');
  });

  it('blocks a named person one year undetectable', () => {
    expect(
      blockingRules('Felicidades a Rocío M., de la colonia Santa Fe, que acaba de cumplir un año indetectable 🎂💛')
    ).toContain('phi.lab.person-linked');
  });

  it('passes one of ours glad to be remembered, and a hello returned', () => {
    expect(
      handWrittenBlockingRules(
        '¡Sí! Owen Pritchard, RN sigue en Urgencias. Le va a encantar saber que la recuerdan. 😊',
        reply('¿Todavía trabaja Owen Pritchard en urgencias? mi tía lo quiere mucho')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'hi!! Dr. Marsh says hi back 😄 catch her at the free skin check booth',
        reply('omg hi dr. marsh!!!')
      )
    ).toEqual([]);
  });

  it('reads a state named in an award and a university as no one', () => {
    const rules = (text: string) => checkPost(text).findings.map((f) => f.rule);
    expect(
      rules(
        "Jordan Ellis, LCSW, has been named Idaho's 2024 Rural Behavioral Health Clinician of the Year. Congratulations, Jordan!"
      )
    ).not.toContain('phi.name.relation');
    expect(rules('Thank you to Idaho State University for partnering on the evaluation.')).not.toContain('phi.name.addressed');
  });

  it('passes a mobile unit’s first stop and the way into our garage', () => {
    expect(
      handWrittenBlockingRules(
        'Our mobile mammography unit will visit 12 rural sites this spring, starting at Oak Hill Community Church on Saturday, April 5.'
      )
    ).toEqual([]);
    expect(
      checkPost('There is a free garage right behind 22 Harbor Road, enter from Elm Street.').findings.map((f) => f.rule)
    ).not.toContain('phi.location.hometown');
  });
});

describe('session 75, rounds 4 to 6 (probe1222–1238 studied): as last time, established with us, part of your comeback, towns listed', () => {
  it('blocks Spanish wording that one of ours will see the commenter again, or as before', () => {
    const context = reply('Buenos días, ¿la Dra. Marsh está hoy?');
    expect(
      blockingRules('Sí, hoy está la Dra. Marsh. ¿Quiere que le comuniquemos con ella como la vez pasada?', context)
    ).toContain('confirmation.spanish-glad-to-see-again');
    expect(blockingRules('¡Claro que sí! La Dra. Marsh sigue ahí y con gusto la vuelve a ver.', context)).toContain(
      'confirmation.spanish-glad-to-see-again'
    );
    expect(blockingRules('La Dra. Marsh dice que los espera en la próxima consulta.', context)).toContain(
      'confirmation.spanish-glad-to-see-again'
    );
  });

  it('blocks naming which of ours did a scan on a given day', () => {
    expect(
      blockingRules(
        "That would be Dr. Helena Marsh! We'll make sure she sees your sweet comment.",
        reply('Who was the doc who did the ultrasound on Monday? She was amazing')
      )
    ).toContain('confirmation.names-who-cared');
  });

  it('blocks a relative already established with us, a part in a comeback and a walk-through on the day', () => {
    expect(
      blockingRules(
        "We do have Saturday slots! Since he's already established with us, he can book at (555) 300-1000.",
        reply('My husband had his injection here and needs another')
      )
    ).toContain('confirmation.already-their-patient');
    expect(
      blockingRules(
        'Owen says it was a privilege to be part of your comeback. Congratulations!',
        reply('Two years ago I could not sit. Thank you Owen!')
      )
    ).toContain('confirmation.part-of-their-recovery');
    expect(
      blockingRules(
        'It is normal to feel nervous! Our team will walk you through everything on Thursday.',
        reply('Scared about my nerve ablation on Thursday')
      )
    ).toContain('confirmation.dated-care');
  });

  it('blocks telling a nursing mother what her white dot is', () => {
    expect(
      blockingRules(
        'That white dot is almost certainly a milk bleb!',
        reply('my nipple has a white dot and it hurts so much when he nurses')
      )
    ).toContain('advice.diagnosis');
  });

  it('blocks a Spanish guessing game about an announcement', () => {
    expect(
      blockingRules(
        'Llevamos 6 meses preparando algo… y por fin se los podemos decir. ¿Alguien adivina? Pista: 🚐 Anuncio el lunes.'
      )
    ).toContain('clickbait.spanish-teaser');
  });

  it('passes towns listed after our clinics or as counties, and a state named in Spanish', () => {
    expect(
      handWrittenBlockingRules(
        'Flu shots are in at all four of our Wyoming clinics: Cheyenne, Casper, Laramie and Gillette. No appointment needed.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Nuestra clínica móvil visitó 37 granjas en los condados de Harnett, Johnston y Wilson y atendió a 1,284 trabajadores.'
      )
    ).toEqual([]);
    expect(handWrittenBlockingRules('Los niños que entran a kínder en Carolina del Norte necesitan sus vacunas al día.')).toEqual(
      []
    );
  });

  it('passes a closing day, a summit in a city and a campaign hashtag', () => {
    expect(
      handWrittenBlockingRules(
        'Heads up: our Urgent Care will close at noon on Dec 24. The nurse line stays open at (555) 300-1000.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Dr. Helena Marsh will present our outcomes (71% of patients under 8% A1c) at the CNY Diabetes Summit in Syracuse on March 6.',
        reply('How did your team get A1c control rates so high?')
      )
    ).toEqual([]);
    expect(handWrittenBlockingRules('La ley protege tu derecho a amamantar en público. #SMLM2025')).toEqual([]);
  });

  it('passes where a therapy dog comes from', () => {
    expect(
      checkPost('Koda is a 3-year-old golden retriever from Negaunee who visits our lobby with Owen Pritchard, RN.').findings.map(
        (f) => f.rule
      )
    ).not.toContain('phi.location.hometown');
  });
});
