import { blockingRules, checkPost, handWrittenBlockingRules, reply } from './check-post';

describe('session 74, round 1 (probe1180, 1181, 1183, 1184): discharge, good hands, "si fuera usted", surgery here, places', () => {
  it('blocks a discharge under way told to a relative, in Spanish', () => {
    expect(
      blockingRules(
        'Todavía no; están terminando los papeles del alta y debería salir hoy en la tarde.',
        reply('Soy el hijo del señor Ramiro, ¿ya lo dieron de alta?')
      )
    ).toContain('confirmation.discharge-soon');
  });

  it('blocks when a relative will go home, told in English', () => {
    expect(
      blockingRules(
        'Not yet! The team is finishing up her discharge paperwork, and she should go home this evening.',
        reply("I'm Mrs. Dale's son, has my mom been discharged?")
      )
    ).toContain('confirmation.discharge-soon');
  });

  it('blocks a relative said to be in good hands, in Spanish', () => {
    expect(
      blockingRules(
        'Las visitas son de 10 a 8. Su abuelo está en buenas manos con nuestras enfermeras.',
        reply('Mi abuelo sigue en el hospital, ¿a qué hora puedo visitarlo?')
      )
    ).toContain('confirmation.spanish-in-good-hands');
  });

  it('blocks "yo que usted" and "si fuera usted" as advice', () => {
    const context = reply('La fisioterapeuta me dijo 15 minutos al día, ¿puedo hacer más?');
    expect(blockingRules('Yo que usted, caminaría una hora diaria aunque le duela.', context)).toContain('advice.spanish-hedged');
    expect(blockingRules('¡Claro! Si fuera usted, haría el doble de ejercicios.', context)).toContain('advice.spanish-hedged');
  });

  it("blocks the commenter's MELD score said back", () => {
    expect(
      blockingRules(
        'Waiting with a MELD of 31 is so hard. Our Front Desk can connect you with our support group: (555) 300-1000.',
        reply('MELD of 31 and still waiting for a liver. Anyone else?')
      )
    ).toContain('phi.lab.person-linked');
  });

  it('blocks an aside that one person described in a post had surgery here', () => {
    expect(blockingRules('Get well soon to Coach Ray of the Lakeside Lions, who had knee surgery here on Friday!')).toContain(
      'phi.procedure.treated-here-aside'
    );
    expect(
      blockingRules('Saludos al panadero de la calle Ocho, que se quemó la mano y fue operado aquí la semana pasada.')
    ).toContain('phi.procedure.treated-here-aside');
  });

  it('leaves people counted after surgery here alone', () => {
    expect(
      handWrittenBlockingRules('Our survey is in: 94% of people who had hip surgery here would recommend us to a friend.')
    ).not.toContain('phi.procedure.treated-here-aside');
  });

  it('reads "la Florida" and a distribution centre\'s town as places, not people', () => {
    const names = (text: string) =>
      checkPost(text)
        .findings.filter((f) => f.category === 'phi' && f.type === 'name')
        .map((f) => f.text);
    expect(names('El calor de la Florida es peligroso si trabaja afuera. Tome agua cada 20 minutos.')).not.toContain('Florida');
    expect(names('Clínica móvil el jueves frente al centro de distribución de Sanford, de 2pm a 6pm.')).not.toContain('Sanford');
  });

  it('reads "Donor family" as a kind of family, not a surname', () => {
    expect(
      checkPost('Donor family gathering reminder: our remembrance ceremony is Saturday at 2pm in the chapel.').findings.map(
        (f) => f.rule
      )
    ).not.toContain('phi.name.family');
  });

  it("passes a named awareness walk's date", () => {
    expect(
      handWrittenBlockingRules(
        'Leashed dogs are welcome at the Stroke Walk on Oct 5!',
        reply('Can I bring my dog to the stroke walk?')
      )
    ).not.toContain('phi.date.care-month');
  });

  it('passes a condition the comment only asks for information about, and still blocks one the comment says is theirs', () => {
    const text = 'Our Cardiology team has a free AFib guide, or call (555) 300-1000 with questions.';
    expect(handWrittenBlockingRules(text, reply('Where can I find information about AFib and stroke risk?'))).not.toContain(
      'phi.diagnosis.person-linked'
    );
    expect(blockingRules(text, reply('I have AFib. Where can I find information about stroke risk?'))).toContain(
      'phi.diagnosis.person-linked'
    );
  });

  it('passes a staff spotlight that tells where one of ours grew up and went to school', () => {
    const rules = handWrittenBlockingRules(
      'Staff Spotlight 🌟 Owen Pritchard, RN grew up in Oak Ridge, tore his own ACL playing for Oak Ridge High in 2009, and says rehab made him want to do this work.'
    );
    expect(rules).not.toContain('phi.location.residence');
    expect(rules).not.toContain('phi.location.school');
  });
});

describe('session 74, round 2 (probe1186, 1187, 1189, 1190): notes, "quedó perfecta", HS, towns', () => {
  it("blocks a doctor's notes from the commenter's own procedure", () => {
    expect(
      blockingRules(
        "Some tingling can last a few weeks. Dr. Marsh's notes from your removal say the area was deep, so call (555) 300-1000 if it isn't better.",
        reply('Is it normal to still feel tingling where my cyst was taken off?')
      )
    ).toContain('confirmation.care-notes');
  });

  it('blocks one of ours glad to hear how the commenter is doing, in Spanish', () => {
    expect(
      blockingRules(
        '¡Qué lindo! Se lo pasamos a la Dra. Helena Marsh; le va a dar mucho gusto saber que ya camina sin bastón.',
        reply('La doctora que me operó la cadera es lo máximo')
      )
    ).toContain('confirmation.spanish-staff-glad-to-hear');
  });

  it('blocks how their own surgery turned out, in Spanish', () => {
    expect(
      blockingRules(
        '¡Qué alegría! La Dra. Marsh dice que su cirugía de hombro quedó perfecta.',
        reply('¡Gracias Dra. Marsh por mi hombro! Ya puedo cargar a mis nietos')
      )
    ).toContain('confirmation.spanish-it-turned-out-well');
  });

  it('knows HS as hidradenitis suppurativa said back, and not as a high school', () => {
    expect(
      blockingRules(
        "We're sorry you've felt alone with HS. Our Front Desk can tell you about our support group: (555) 300-1000.",
        reply('I was diagnosed with hidradenitis suppurativa last year. Any support groups?')
      )
    ).toContain('phi.diagnosis.person-linked');
    expect(handWrittenBlockingRules('Congrats to the Lakeside HS robotics team on a great season!')).toEqual([]);
  });

  it("blocks a treatment we do named for the commenter's own condition, in Spanish", () => {
    expect(
      blockingRules(
        'Sí, nuestro equipo realiza la cirugía para la otosclerosis. Llame al (555) 300-1000 para una evaluación.',
        reply('Tengo 40 años y me acaban de diagnosticar otosclerosis. ¿Ustedes hacen la cirugía?')
      )
    ).toContain('phi.diagnosis.restated-spanish');
  });

  it("reads small towns listed with ours as places, and a month people in general visit as no one's", () => {
    expect(handWrittenBlockingRules('Free naloxone kits at every clinic in Charleston, Huntington, Beckley and Logan.')).toEqual(
      []
    );
    expect(handWrittenBlockingRules('Visitamos 37 plantas en Dalton, Calhoun y Chatsworth el año pasado.')).toEqual([]);
    expect(
      handWrittenBlockingRules(
        "What's the #1 reason Ohioans visit urgent care in July? Poison ivy. Wash your skin within 30 minutes."
      )
    ).not.toContain('phi.date.care-month');
  });
});

describe('session 74, round 3 (probe1192, 1193, 1195, 1196): ages past 89, beds, nurses, Spanish reassurance, hashtags', () => {
  it('blocks a named person and the oldest of a class said to be over 89', () => {
    expect(
      blockingRules('Our balance class graduates 🎓 Front row: Irene, Walt and Rosa. Walt is 94 and never missed a session!')
    ).toContain('phi.age.over-89');
    expect(
      blockingRules('Our walking club by the numbers 📊 220 members · average age 74 · oldest 99 · 5,100 miles walked.')
    ).toContain('phi.age.over-89');
  });

  it('leaves a building or a score said to be in the nineties alone', () => {
    expect(handWrittenBlockingRules('Lakeside Clinic is 95 this spring, and our hand-hygiene score is 98%.')).not.toContain(
      'phi.age.over-89'
    );
  });

  it('blocks the beds of babies sent home', () => {
    expect(blockingRules('The twins in beds 6 and 7 finally went home this morning after 40 days with us!')).toContain(
      'phi.location.room'
    );
  });

  it("blocks a child's own primary nurses named in a reply", () => {
    expect(
      blockingRules(
        "Yes!! Leo's primary nurses already asked if you're coming 😍",
        reply('Will the NICU nurses be at the reunion? I want them to see Leo!')
      )
    ).toContain('confirmation.their-own-nurses');
  });

  it('blocks "diagnoses like yours" said back', () => {
    expect(
      blockingRules(
        'Our dietitian is wonderful with new celiac diagnoses like yours! Call (555) 300-1000 to book.',
        reply('Diagnosed with celiac at 41 😭 any dietitians nearby?')
      )
    ).toContain('phi.diagnosis.person-linked');
  });

  it('blocks "probablemente está dormidito" and "sí, ya puedes empezar" as advice', () => {
    expect(
      blockingRules(
        'Al final del embarazo hay menos espacio. Probablemente está dormidito 😴',
        reply('Tengo 35 semanas y hoy casi no siento al bebé, ¿es normal?')
      )
    ).toContain('advice.spanish-probably-fine');
    expect(
      blockingRules('Sí, ya puedes empezar con cereal en el biberón.', reply('Mi bebé tiene 3 meses, ¿ya le puedo dar cereal?'))
    ).toContain('advice.spanish-go-ahead');
  });

  it('reads a Spanish hashtag and a town thanked beside another as no one', () => {
    expect(handWrittenBlockingRules('Papás, ustedes también pueden hacer piel con piel. #MétodoCanguro #UCIN')).toEqual([]);
    expect(
      handWrittenBlockingRules('2,310 visits from our first year of mobile clinics. Thank you, Wasilla and Palmer! 🚐')
    ).toEqual([]);
  });
});

describe('session 74, round 4 (probe1198, 1199, 1201, 1202): trust, threads, our towns, school teams', () => {
  it('blocks thanks for trusting our team with their own care, not with their questions', () => {
    const context = reply('Two years after my cataract surgery with you and I still see great.');
    expect(blockingRules('Love hearing this! Thank you for trusting our team with your eyes 🙏', context)).toContain(
      'confirmation.trusted-us-with-their-care'
    );
    expect(
      handWrittenBlockingRules(
        'Thank you for trusting us with your questions! Call (555) 300-1000 anytime.',
        reply('How long does cataract surgery take?')
      )
    ).not.toContain('confirmation.trusted-us-with-their-care');
  });

  it('blocks a payoff kept for a Spanish thread', () => {
    expect(
      blockingRules('Un solo hábito antes de dormir puede cambiar su presión. Nuestra enfermera lo explica en el hilo 🧵👇')
    ).toContain('clickbait.spanish-teaser');
  });

  it('reads a town the post also names as one of our sites as that town', () => {
    expect(
      handWrittenBlockingRules(
        'Our Austin clinic just marked 10 years of its diabetes classes: 612 graduates. Thank you, Austin! 🌎'
      )
    ).toEqual([]);
  });

  it('reads small towns listed together as places, and a school team packing kits as volunteers', () => {
    expect(
      handWrittenBlockingRules(
        'Last winter our urgent cares in Rochester, Winona, Austin and Owatonna treated 2,318 patients for falls on ice.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Thank you to the Lakeside High volleyball team for packing 300 comfort kits for our Pediatrics unit!'
      )
    ).toEqual([]);
  });

  it('passes where one of our doctors grew up, and our patient forms', () => {
    expect(
      handWrittenBlockingRules(
        'Meet Dr. Helena Marsh 👋 Our OB-GYN grew up in Millbrook and now sees patients at 22 Harbor Road.'
      )
    ).not.toContain('phi.location.residence');
    expect(
      handWrittenBlockingRules(
        'Yes! Both versions are on our website under Patient Forms.',
        reply('Do you have the form in Spanish?')
      )
    ).toEqual([]);
  });
});
