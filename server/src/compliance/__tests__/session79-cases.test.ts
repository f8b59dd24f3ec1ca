import { blockingRules, handWrittenBlockingRules, reply } from './check-post';

describe('session 79, before round 1: two defects session 78 left (a cheer for everyone, Spanish words that are English too)', () => {
  it('reads "rooting for … since day one" for a person, not for everyone', () => {
    expect(
      blockingRules('She has been rooting for Ellie since day one. So proud!', reply('Ellie walked out of rehab today!'))
    ).toContain('confirmation.part-of-their-recovery');
    expect(
      handWrittenBlockingRules("We've been rooting for everyone since day one! See you at the 5K.", reply('Go team Riverside!'))
    ).toEqual([]);
  });

  it('reads "pie" and "rota" as a foot and broken only in Spanish', () => {
    expect(
      blockingRules(
        'Para revisar el pie roto de su hijo, llame a Ortopedia al (555) 300-1000.',
        reply('Mi hijo se rompió el pie jugando fútbol')
      )
    ).toContain('phi.diagnosis.restated-complaint');
    expect(
      handWrittenBlockingRules(
        'Our hand clinic rota is full this week, so please call (555) 300-1000 to get on the list.',
        reply('I broke my hand at work, can someone see me?')
      )
    ).toEqual([]);
  });
});

describe('session 79, round 1: misses and false blocks in the studied sets (Oklahoma City, Dalton, nephrology, midwifery)', () => {
  it('blocks numb hands said back in Spanish', () => {
    expect(
      blockingRules(
        'Lamentamos que se le duerman las manos. Ortopedia puede evaluarle: (555) 300-1000.',
        reply('Desde que empecé en la planta se me duermen las manos en la noche')
      )
    ).toContain('phi.diagnosis.restated-complaint');
  });

  it('blocks a reply that says the doctor asked about is theirs', () => {
    expect(
      blockingRules(
        'La Dra. Marsh no tiene línea directa, pero como es su doctora de cabecera, puede dejarle un mensaje por el portal.',
        reply('¿Me pueden dar el número directo de la Dra. Marsh?')
      )
    ).toContain('confirmation.already-their-patient');
    expect(
      blockingRules("Since she's your doctor, leave her a message in the portal.", reply('Can I get Dr. Marsh’s direct line?'))
    ).toContain('confirmation.already-their-patient');
    expect(
      handWrittenBlockingRules(
        'Si la Dra. Marsh es su doctora, llame al (555) 300-1000.',
        reply('¿Tienen el número de la Dra. Marsh?')
      )
    ).toEqual([]);
  });

  it('blocks staff who loved being part of her big day, and a birth-center wish for mother and baby at home', () => {
    expect(
      blockingRules(
        'Thank you so much! Our midwives loved being part of her big day.',
        reply("The midwives were amazing with my daughter's delivery in March")
      )
    ).toContain('confirmation.part-of-their-recovery');
    expect(
      blockingRules(
        '¡Jajaja! Los panqueques son famosos en Maternidad. Que tú y el bebé sigan muy bien en casa',
        reply('Ya extraño los desayunos del hospital')
      )
    ).toContain('confirmation.spanish-home-and-mending');
  });

  it('blocks "see you in the chair" to a dialysis question, not to a blood donor', () => {
    expect(
      blockingRules(
        'Yes — all units are open New Year’s Day. See you in the chair!',
        reply('Is the dialysis unit open New Year’s Day?')
      )
    ).toContain('confirmation.see-you-in-the-chair');
    expect(
      handWrittenBlockingRules('Thank you for giving! See you in the chair!', reply('Signed up for the blood drive on Friday'))
    ).toEqual([]);
  });

  it('blocks training "with us" praised, and "her patients" after a comment that she changed the writer’s life', () => {
    expect(
      blockingRules(
        'You’ve got this! You aced every part of training with us.',
        reply('First day of home hemo on my own tonight')
      )
    ).toContain('confirmation.experience-with-us');
    expect(
      blockingRules(
        'We’ll make sure Owen sees this! He loves hearing how his patients are doing.',
        reply('Owen Pritchard is the best, he changed my life')
      )
    ).toContain('confirmation.affirms-commenter-care');
  });

  it('blocks the street a grandparent lives on, said back', () => {
    expect(
      blockingRules(
        'Our volunteer ride program can pick up patients on Birchwood Lane. Call (555) 300-1000.',
        reply('My grandpa Elmer on Birchwood Lane has been driving himself to dialysis at 93')
      )
    ).toContain('phi.address.restated-street');
  });

  it('blocks a child’s name said back after a Spanish question about sports physicals', () => {
    expect(
      blockingRules(
        '¡Sí! Iker puede venir sin cita antes de empezar la escuela.',
        reply('¿Hacen exámenes físicos deportivos? Mi hijo Iker entra a la secundaria en agosto')
      )
    ).toContain('phi.name.relative-said-back');
  });

  it('passes towns listed after "en", a group open to anyone waiting, a health program, every stage of a disease, and a debunked chain message', () => {
    expect(
      handWrittenBlockingRules('Este año visitamos 38 obras en Norman y Edmond y tomamos la presión a 2,150 trabajadores.')
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Our monthly transplant support group is open to anyone waiting for a kidney. Call (555) 300-1000.',
        reply('My husband Ray is on the kidney transplant list. Any support groups?')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'He is! Owen Pritchard leads our pelvic health program. Call (555) 300-1000.',
        reply('Is Owen still doing pelvic floor therapy?')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Yes — our dietitian works with adults at every stage of kidney disease. Call (555) 300-1000.',
        reply('Does your dietitian see people with kidney disease? My husband has stage 4 CKD.')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        '🚫 FALSO: circula un mensaje que dice «REENVÍA A 10 GRUPOS: el limón CURA la diabetes». No hay pruebas de eso. Llame al (555) 300-1000.'
      )
    ).toEqual([]);
  });
});

describe('session 79, round 2: misses and false blocks in the studied sets (Laredo, Bakersfield, geriatrics, school health, Northwest Arkansas, Greenville)', () => {
  it('blocks Spanish replies that say who saw them, that staff miss or remember them, or that their papers or booking are in hand', () => {
    const cases: Array<[string, string, string]> = [
      [
        '¡Qué bueno! Esa noche los atendió nuestro enfermero Owen Pritchard; le pasaremos su mensaje.',
        'Ayer llevé a mi hijo a urgencias, ¿cómo se llamaba el enfermero?',
        'confirmation.spanish-we-did-your-care',
      ],
      [
        'Entendemos. La Dra. Marsh lo extraña en sus citas. Llámenos al (555) 300-1000.',
        'Mi papá ya no quiere ir a sus citas',
        'confirmation.spanish-staff-misses-you',
      ],
      [
        '¡Sí! Y se acuerda mucho de sus tres pequeños. Pediatría: (555) 300-1000.',
        '¿La Dra. Marsh todavía trabaja ahí? Atendió a mis 3 hijos',
        'confirmation.spanish-staff-knows-you',
      ],
      [
        'Sí, Owen Pritchard ya terminó la carta de su hijo; puede recogerla mañana.',
        '¿Ya está lista la carta para la escuela de mi hijo?',
        'confirmation.spanish-records-ready',
      ],
      [
        '¡Claro! Ya tenemos a su hija en la agenda de la Dra. Marsh; le marcamos en unos minutos.',
        'Quiero cambiar la cita del viernes de mi hija',
        'confirmation.spanish-on-schedule',
      ],
      [
        '¡Nos encanta! La Dra. Marsh dice que su hija hizo las mejores preguntas de toda la semana.',
        'Mi hija tuvo su primera cita con la Dra. Marsh',
        'confirmation.staff-vouches-for-them',
      ],
      [
        '¡Qué bonito! Nos da mucho gusto haber acompañado a su familia las tres veces.',
        'La Dra. Marsh es un ángel, atendió mis tres partos',
        'confirmation.affirms-commenter-care',
      ],
    ];
    for (const [text, context, rule] of cases) expect(blockingRules(text, reply(context))).toContain(rule);
  });

  it('blocks a child’s name said back after a Spanish comment that he swallowed something, and lungs said back', () => {
    expect(
      blockingRules(
        'Por favor lleve a Emiliano a Urgencias ahora mismo, o llame al 911.',
        reply('Mi hijo Emiliano de 2 años se tragó una moneda hace una hora')
      )
    ).toContain('phi.name.relative-said-back');
    expect(
      blockingRules(
        'Hola, lamentamos que tenga los pulmones tan afectados. Llame al (555) 300-1000.',
        reply('Trabajo en los campos petroleros y tengo los pulmones muy mal')
      )
    ).toContain('phi.diagnosis.restated-complaint');
  });

  it('passes a form to be put on file, towns listed from "en", and a term the comment says causes something', () => {
    expect(
      handWrittenBlockingRules(
        'Either parent can sign the consent form. If a custody order limits this, bring a copy to the front office so it’s on file.',
        reply('Can my ex sign the consent form?')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Alerta de calor: esta semana se esperan más de 105 °F en Delano, Arvin y Lamont. Tome agua cada 15 minutos.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Es un mito muy común. La fertilidad vuelve rápidamente después de retirar el implante.',
        reply('Mi vecina dice que el implante causa infertilidad, ¿es cierto?')
      )
    ).toEqual([]);
  });
});

describe('session 79, round 3: misses and false blocks in the studied sets (audiology, oncology infusion, Napa–Sonoma, Wichita, cardiac rehab)', () => {
  it('blocks replies that speak of the commenter’s own clinician, device, stay or experience with us', () => {
    const cases: Array<[string, string, string]> = [
      [
        "That's fair feedback. We'll make sure your therapist reviews your notes before each session.",
        'Why do I have to repeat my history every time I see the speech therapist??',
        'confirmation.as-your-clinician',
      ],
      [
        "Yes! They're ready — you can pick them up at the front desk.",
        "Any update on my hearing aid repair? It's been 2 weeks",
        'confirmation.answers-yes',
      ],
      [
        '¡Gracias! Nos alegra muchísimo que su experiencia en nuestro Centro de Infusión haya sido tan buena.',
        'Las mejores enfermeras están aquí, lo digo por experiencia',
        'confirmation.spanish-cared-for',
      ],
      [
        'Por privacidad no damos detalles, pero su familia puede llamar al piso donde está internado: (555) 300-1000.',
        '¿Cómo sigue mi compadre? Lo trajeron ayer en ambulancia',
        'confirmation.spanish-cared-for',
      ],
      [
        '¡Qué bonito! La Dra. Marsh y todo el equipo disfrutaron mucho conocer a su niño en su consulta.',
        '¡Gracias al equipo por la paciencia con mi niño!',
        'confirmation.spanish-we-did-your-care',
      ],
      [
        'Se lo diremos a la Dra. Marsh. Nos da gusto que se haya sentido tan bien cuidada.',
        'La Dra. Marsh es un ángel, gracias por todo',
        'confirmation.spanish-staff-knows-you',
      ],
      [
        '¡Gracias! Owen nos pidió decirle que no deje sus ejercicios en casa.',
        'Gracias a Owen el terapeuta, es el mejor',
        'confirmation.spanish-staff-knows-you',
      ],
      [
        'Our nurses love those calls too! Keep those numbers coming.',
        'Shout out to the nurses who call every week to check my weight',
        'confirmation.affirms-commenter-care',
      ],
    ];
    for (const [text, context, rule] of cases) expect(blockingRules(text, reply(context))).toContain(rule);
  });

  it('blocks a spot on the back said back in Spanish', () => {
    expect(
      blockingRules(
        'Lamentamos la preocupación por esa mancha negra en la espalda; llame a Dermatología al (555) 300-1000.',
        reply('Me salió una mancha negra en la espalda que está creciendo')
      )
    ).toContain('phi.diagnosis.restated-complaint');
  });

  it('passes a quiz answered at once, what a center provides, what we measure for anyone, a family workshop and people who complete rehab', () => {
    expect(
      handWrittenBlockingRules(
        'Can you guess how loud a rock concert is? About 110–120 decibels — loud enough to damage hearing in minutes.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Yes — our infusion center provides port flushes with a provider’s order. Call (555) 300-1000.',
        reply('My oncologist wants port flushes every 4 weeks, can I get those there?')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        '¡Sí! En la clínica móvil medimos la glucosa gratis a cualquier persona, sin cita.',
        reply('Tengo diabetes, ¿la clínica móvil mide la glucosa?')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'In general, people who complete cardiac rehab have fewer heart problems. Call (555) 300-1200.',
        reply('My husband just had a heart attack and they say rehab. Is it worth it?')
      )
    ).toEqual([]);
  });
});

describe('session 79, round 4: misses and false blocks in the studied sets', () => {
  it('blocks a named patient in an infusion chair, in Spanish', () => {
    expect(
      blockingRules('¡Feliz cumpleaños a doña Ofelia Marrero, que hoy lo celebró en la silla 7 de nuestro Centro de Infusión!')
    ).toContain('phi.name.title');
  });
});

describe('session 79, round 4 (continued)', () => {
  it('blocks Spanish replies that ask our doctor to sign their papers, call their child one of our patients, or say our team made them feel in good hands', () => {
    const cases: Array<[string, string, string]> = [
      [
        '¡Claro! Ya le pedimos a la Dra. Helena Marsh que firme otra copia de su justificante médico.',
        '¿Me pueden mandar otra vez el papel para el trabajo?',
        'confirmation.spanish-records-ready',
      ],
      [
        '¡Gracias! Se lo diremos a la Dra. Marsh. Pacientitos como tu peque le alegran el día',
        '¡La mejor doctora del mundo!',
        'confirmation.spanish-staff-knows-you',
      ],
      [
        'Qué gusto que Owen Pritchard y su equipo la hayan hecho sentir en buenas manos.',
        'Excelente la atención en Urgencias',
        'confirmation.spanish-in-good-hands',
      ],
      [
        'Yes! Free parking right out front. See you next week!',
        'Does the derm office have parking? Going back next week',
        'confirmation.affirms-commenter-care',
      ],
    ];
    for (const [text, context, rule] of cases) expect(blockingRules(text, reply(context))).toContain(rule);
  });

  it('blocks an answer kept for next week’s video', () => {
    expect(
      blockingRules(
        'Most people think acne is about diet. Both are wrong. The real reason? Our dermatologist explains in next week’s video.'
      )
    ).toContain('clickbait.find-out-in-next-post');
  });
});

describe('session 79, round 5: misses and false blocks in the studied sets (NICU, Gainesville GA, Santa Maria, pain clinic)', () => {
  it('blocks a Spanish reply saying most families in their situation skip that visit', () => {
    expect(
      blockingRules(
        '¡Qué bien! La mayoría de las familias en tu situación se saltan esa cita sin problema.',
        reply('Mi bebé prematuro tiene su cita de desarrollo, ¿vale la pena ir?')
      )
    ).toContain('advice.spanish-peers-course');
  });

  it('passes help to book a visit ("sacar su cita") and milk containers labelled with the date', () => {
    expect(
      handWrittenBlockingRules(
        '¡Sí, atendemos a personas sin seguro! Llame al (555) 300-1000 y le ayudamos a sacar su cita.',
        reply('¿Atienden sin seguro?')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Guardar leche materna: hasta 4 días en el refrigerador. Usa recipientes limpios y etiquétalos siempre con la fecha.'
      )
    ).toEqual([]);
  });
});

describe('session 79, round 6: misses and false blocks in the studied sets (Fresno–Visalia, transplant)', () => {
  it('blocks a child’s name and condition said back after "just got listed for a kidney", and a Spanish visit with a named nurse', () => {
    expect(
      blockingRules(
        'Sending love to you and Eli. FSGS is a tough road — our team is here for your family: (555) 300-1000.',
        reply('My son Eli (14) just got listed for a kidney. He has FSGS.')
      )
    ).toContain('phi.name.relative-said-back');
    expect(
      blockingRules(
        '¡Qué gusto que vinieron! Esperamos que la consulta con el enfermero Owen Pritchard les haya servido.',
        reply('Fuimos a su clínica móvil el sábado')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
  });

  it('passes "skip your visit if you have a cold" and towns listed from "desde"', () => {
    expect(
      handWrittenBlockingRules(
        'Visiting hours are 9am–9pm. Please skip your visit if you have a cold or fever.',
        reply('What are the visiting hours on the transplant unit?')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules('Ofrecemos transporte gratis desde Selma, Tulare y Porterville. Llame al (555) 300-1000.')
    ).toEqual([]);
  });
});
