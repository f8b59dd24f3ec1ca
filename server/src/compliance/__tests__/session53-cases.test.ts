import { blockingRules, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 53: causes found in the study probe sets (scored blind first); the cases are new variants.

const hasPhi = (rules: readonly string[], type: string): boolean => rules.some((r) => r.startsWith(`phi.${type}.`));

describe('Spanish vocabulary translated from the English lists', () => {
  it('knows clinical and everyday Spanish for conditions, operations and tests', () => {
    expect(hasPhi(handRules('Nuestra paciente Rosaura vive con fibromialgia desde hace años.'), 'diagnosis')).toBe(true);
    expect(hasPhi(handRules('A don Eusebio le quitaron la vesícula el lunes y ya camina por el pasillo.'), 'procedure')).toBe(true);
    expect(hasPhi(handRules('Mi esposo tiene TEPT y ya no duerme.', reply('Mi esposo tiene TEPT y ya no duerme.')), 'diagnosis')).toBe(true);
    expect(hasPhi(handRules('Felicidades a Itzel, que fue operada del corazón a los tres meses.'), 'procedure')).toBe(true);
  });

  it('leaves a vaccine named for its disease and routine visits a clinic offers everyone', () => {
    expect(handRules('Sí, la vacuna contra el tétanos se pone en Urgencias sin cita.', reply('¿Tienen vacuna contra el tétanos? Me corté con una lata.'))).toEqual([]);
    expect(handRules('El programa, operado por voluntarios, reparte despensas a 40 familias cada mes.')).toEqual([]);
  });
});

describe('Spanish given names and places', () => {
  it('knows more Spanish given names, and a word name with an age in brackets', () => {
    expect(hasPhi(handRules('Felicidades a Yareli, que salió hoy de la UCIN tras 40 días.'), 'name')).toBe(true);
    expect(hasPhi(handRules('Uno de nuestros pacientes del programa de autismo, Leo (5 años), aprendió a pedir agua en terapia del habla.'), 'name')).toBe(true);
  });

  it('does not take "Niño" for Nino, nor a school named for a person for that person', () => {
    expect(handRules('El Hospital Amigo del Niño reconoció a nuestra UCIN por su apoyo a la lactancia.')).toEqual([]);
    expect(handRules('Gracias a la Escuela Primaria Roosevelt por invitarnos a hablar de ansiedad con 200 estudiantes.')).toEqual([]);
  });

  it('still blocks a child known by their school', () => {
    expect(hasPhi(handRules('Un alumno de la Secundaria Jefferson llegó el jueves con una fractura de tobillo.'), 'location')).toBe(true);
  });
});

describe('Said back in a reply', () => {
  it('repeats the school of a child whose care the comment tells of, in Spanish', () => {
    expect(
      handRules('Podemos hablar con la enfermera de la Primaria Hidalgo; llame a Endocrinología.', reply('Mi hija va a la Primaria Hidalgo y nadie le ayuda con su diabetes.')),
    ).toContain('phi.location.restated-school');
  });

  it('repeats how long ago the commenter was operated on', () => {
    expect(
      handRules('Swelling at 10 days post-op is worth a call to our PT team at (555) 201-4420.', reply('10 days post op from my ACL and my knee is still huge')),
    ).toContain('phi.date.restated-post-op');
  });

  it('repeats a Spanish lab value', () => {
    expect(handRules('Un nivel de 250 es alto: llame hoy a la línea de enfermería.', reply('Mi glucosa en 250 esta mañana, ¿es mucho?'))).toContain('phi.lab.restated-reading');
  });

  it('names someone the comment asked after as still in the hospital', () => {
    expect(
      handRules('Marvella would love some flowers! Visiting hours end at 8pm.', reply('Is Marvella Dunn still on the 3rd floor? I want to bring her flowers')),
    ).toContain('phi.name.asked-after-said-back');
  });

  it('leaves a supposed stay and medicines in general', () => {
    expect(handRules('No podemos decir si alguien está internado. Para visitas, llame a Información.', reply('Mi tío Ramón está internado, ¿puedo ir?'))).toEqual([]);
    expect(
      handRules('Muchos medicamentos son compatibles con la lactancia; pregúntelo en su cita.', reply('¿Puedo amamantar si tomo medicamentos para la presión?')),
    ).toEqual([]);
  });
});

describe('Confirmation, advice and hooks', () => {
  it('confirms a stay by passing on that someone asked after them', () => {
    expect(blockingRules("We can't say who is here, but we told her you were asking about her.", reply('Is my aunt June still in the hospital?'))).toContain(
      'confirmation.told-them-you-asked',
    );
  });

  it('reads "bienvenidos otra vez" as welcome back', () => {
    expect(blockingRules('¡Qué alegría! Bienvenida otra vez al grupo de lactancia.', reply('Fui al grupo con mi primer bebé y ahora voy con el segundo'))).toContain(
      'confirmation.spanish-welcome-back',
    );
  });

  it('reads "le daría unos meses más" as reassurance that puts off care', () => {
    expect(blockingRules('Yo le daría unas semanas más antes de llevarlo.', reply('Mi hijo de 2 años no camina todavía, ¿lo llevo?'))).toContain(
      'advice.spanish-reassurance',
    );
  });

  it('reads "no te contamos más" and a kept secret as Spanish hooks', () => {
    expect(blockingRules('Lo que encontró nuestra neuróloga en este estudio nos sorprendió. No te contamos más… por ahora.')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('Nuestro equipo de quirófano ha guardado un secreto por años. El viernes por fin lo contamos.')).toContain('clickbait.spanish-teaser');
  });
});

describe('English', () => {
  it('reads a colleague who had her own operation here as a patient', () => {
    expect(hasPhi(handRules('Meet our front desk star Dana, who had her own ACL reconstructed here, and now cheers on every runner.'), 'name')).toBe(true);
  });

  it('leaves a count of injuries, a reopening day and an exhibit barn', () => {
    expect(handRules('Our ER treated over 150 bee-sting and heat injuries last August. Stay cool out there, and keep your EpiPen close.')).toEqual([]);
    expect(handRules('Our labs are closed Friday and reopen Monday at 6am.', reply('Is the lab open on Friday?'))).toEqual([]);
    expect(handRules('Find our nurses in the Dairy Exhibit Barn, Sept 3–7, for free blood pressure checks.')).toEqual([]);
  });
});

describe('round two (probe693–697)', () => {
  it('reads Spanish follow-up care, a found balance and "le va en sus controles" as confirmation', () => {
    expect(blockingRules('¡Claro! La Dra. Ruiz estará feliz de volver a atenderla.', reply('¿La Dra. Ruiz sigue en la clínica? Me operó hace dos años.'))).toContain(
      'confirmation.spanish-welcome-back',
    );
    expect(blockingRules('Listo, ya encontramos su saldo pendiente; puede pagarlo en el portal.', reply('¿Cómo pago mi factura?'))).toContain(
      'confirmation.spanish-looked-up-record',
    );
    expect(blockingRules('¡Gracias! Al Dr. Chen le da gusto ver lo bien que te va en tus terapias.', reply('¡El Dr. Chen es el mejor!'))).toContain(
      'confirmation.spanish-your-care',
    );
  });

  it('reads a clinician glad to hear about the commenter\'s child, and thanks for choosing our team, as confirmation', () => {
    expect(blockingRules('He is! He was so glad to hear your daughter is doing well.', reply('Is Dr. Patel still seeing kids? He helped our girl so much'))).toContain(
      'confirmation.staff-knows-you',
    );
    expect(blockingRules('Thanks for choosing our Westside clinic team!', reply('In and out in 20 minutes, great care'))).toContain('confirmation.saw-you');
  });

  it('leaves "your birth preferences" and what timing depends on', () => {
    expect(blockingRules('Talk with your midwife about your birth plan at your next visit.', reply('Can I labor in the tub?'))).not.toContain(
      'confirmation.your-care-record',
    );
  });

  it('repeats where the commenter travels from, in Spanish', () => {
    expect(
      handRules('Si viene desde San Isidro, la clínica de Oak Hill le queda más cerca.', reply('Vengo dos veces por semana desde San Isidro para mi terapia.')),
    ).toContain('phi.location.restated-home');
  });

  it('reads an exclaimed Spanish age past 89, two Spanish hooks, and "Meta" as a word', () => {
    expect(hasPhi(handRules('Hoy celebramos a nuestra paciente más longeva de rehabilitación: ¡97 años!'), 'age')).toBe(true);
    expect(blockingRules('Lo que tu espalda te dice cuando duele… (la señal 3 te dejará sin palabras)')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('¿Te truena la rodilla al subir escaleras? Lo contamos en el video de mañana.')).toContain('clickbait.spanish-teaser');
    expect(handRules('El colesterol alto no duele. Meta para adultos: menos de 200. Revíselo en su próxima cita.')).toEqual([]);
  });

  it('leaves a condition said of anyone who has it, a volunteer\'s knitted preemie hats, dated changes and monthly figures', () => {
    expect(
      handRules('Se recomienda revisar los ojos cada año a toda persona con diabetes.', reply('Mi mamá tiene diabetes, ¿cada cuánto debe ir al oculista?')),
    ).toEqual([]);
    expect(handRules('Our volunteer Doris has sewn more than 300 preemie blankets for the NICU.')).not.toContain('phi.diagnosis.our-own-person');
    expect(handRules('Exciting news 🎉 Starting May 4, our walk-in clinic will see sprains and cuts until 9pm.')).toEqual([]);
    expect(handRules('In March our average wait in the ER fell to 38 minutes.')).toEqual([]);
  });
});

describe('round three (probe699, 700, 702, 703)', () => {
  it('reads more Spanish hooks', () => {
    for (const hook of [
      '¿Tienes más de 50 y NO has hecho ESTO? Entérate aquí ⬇️',
      'Le preguntamos a 10 enfermeras qué odian escuchar. Lo descubres en nuestra próxima publicación.',
      'Algo pasó en el laboratorio esta semana. No podemos decir más… todavía 🤫',
      'No vayas a tu cita de ultrasonido sin leer esto 👉 clic aquí',
      'Doble tap ❤️ si tu abuela te cuidaba cuando te enfermabas.',
      'El precio real de tu inhalador (te lo decimos si llegamos a 300 likes)',
      'Faltan 3 días para algo que va a cambiar tus citas.',
    ])
      expect(blockingRules(hook)).toContain('clickbait.spanish-teaser');
  });

  it('says back the neighbourhood a Spanish commenter is from, but not their country', () => {
    expect(handRules('Como vive en San Martín, puede usar nuestro transporte gratis.', reply('Soy de San Martín y no tengo carro para ir a mis citas'))).toContain(
      'phi.location.restated-home',
    );
    expect(handRules('¡Bienvenida! Tenemos intérpretes para quienes llegan de Guatemala.', reply('Soy de Guatemala y apenas llegué, ¿tienen intérpretes?'))).toEqual([]);
  });

  it('leaves a Spanish procedure named as one anyone can book, and "Charla" as a word', () => {
    expect(
      handRules('Para agendar una mamografía de detección, llame al (555) 300-1000.', reply('Gracias a la Dra. Ruiz por insistir en mi mamografía 🙏')),
    ).not.toContain('phi.procedure.person-linked');
    expect(handRules('Charla gratuita: cómo vivir con artritis, el martes a las 6pm en la Sala 2, con nuestra fisioterapeuta.')).toEqual([]);
  });

  it('confirms a stay when the team still asks about someone, and a visit pulled up by its month', () => {
    expect(blockingRules('Our ICU nurses still ask about her!', reply('My mom was in your ICU in May, she is home now'))).toContain('confirmation.staff-knows-you');
    expect(blockingRules('Billing can pull up the March visit and explain the charges.', reply('I have a question about a bill from my son\'s ER visit in March'))).toContain(
      'confirmation.looked-up-record',
    );
  });
});
