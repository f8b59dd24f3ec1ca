import { blockingRules, handWrittenBlockingRules, reply } from './check-post';

describe('session 60 (probe862, 863, 865, 866): Spanish patients confirmed and described', () => {
  it('blocks “fuiste un gran paciente” and the day a reply says their own care is booked', () => {
    expect(blockingRules('¡Fuiste un gran paciente! Te vamos a extrañar en el gimnasio 💪', reply('Hoy terminé la rehabilitación del hombro'))).toContain(
      'confirmation.spanish-cared-for'
    );
    expect(
      blockingRules('Tu resonancia de la rodilla es el martes a las 8:15 en Radiología.', reply('Perdí el papel, ¿cuándo era mi resonancia?'))
    ).toContain('confirmation.spanish-your-care-is-on');
  });

  it('passes a reply that tells how to book care, with no day of anyone’s own', () => {
    expect(
      handWrittenBlockingRules('La revisión es gratuita los sábados; pide cita en Cardiología al (555) 300-1200.', reply('¿Cuánto cuesta la revisión del corazón?'))
    ).toEqual([]);
  });

  it('blocks a thanked woman seen well “after three weeks with us”', () => {
    expect(blockingRules('Gracias, Sra. Quintero, por el pan dulce para Cardiología 🥐 ¡Qué gusto verla tan bien después de dos semanas con nosotros!')).toContain(
      'phi.name.title'
    );
  });

  it('blocks a young man of an age hurt in front of a named school', () => {
    expect(blockingRules('Gracias a Urgencias, que anoche atendió al ciclista de 17 años atropellado frente a la Secundaria Lincoln.')).toContain(
      'phi.age.spanish-described'
    );
  });
});

describe('session 60: advice, said-back conditions and service questions', () => {
  it('blocks Spanish reassurance that there is nothing to worry about', () => {
    expect(blockingRules('Nada de qué preocuparse, es un granito. Ponle crema y ya.', reply('Tengo un bulto en el cuello desde hace dos meses'))).toContain(
      'advice.spanish-reassurance'
    );
  });

  it('blocks “Bipolar II” said back to someone who wrote “bipolar 2”', () => {
    expect(
      blockingRules('Bipolar II is very treatable. Call the Front Desk at (555) 300-1000.', reply('I was just diagnosed with bipolar 2, who do I see?'))
    ).toContain('phi.diagnosis.person-linked');
  });

  it('blocks a clinician looking forward to the reader’s next session', () => {
    expect(blockingRules('Sam is thrilled for you! They can’t wait to hear all about it at your next session.', reply('Tell Sam I finally ran the 10k!'))).toContain(
      'confirmation.hear-about-it-next-session'
    );
  });

  it('passes a triage sign in a Spanish “si…, llama al 911” sentence', () => {
    expect(
      handWrittenBlockingRules(
        'Llama ahora a Cardiología al (555) 300-1200 o ven a 22 Harbor Road. Si le cuesta respirar o se quemó la cara, llama al 911.',
        reply('Mi hijo se quemó el brazo con aceite, ¿qué hago?')
      )
    ).toEqual([]);
  });

  it('passes a service named back to someone who asked whether a doctor offers it', () => {
    expect(
      handWrittenBlockingRules(
        'Dr. Helena Marsh’s team does walk-in sports physicals on Tuesdays, 7–9am at 22 Harbor Road.',
        reply('Is Dr. Marsh doing sports physicals this month? My daughter needs one for soccer')
      )
    ).toEqual([]);
  });

  it('passes Spanish general guidelines for sodium, and a hook that delivers its answer after a colon', () => {
    expect(
      handWrittenBlockingRules(
        'Las guías generales recomiendan menos de 2,300 mg de sodio al día para la mayoría de los adultos.',
        reply('¿Cuánta sal se recomienda al día?')
      )
    ).toEqual([]);
    expect(handWrittenBlockingRules('Esto es lo que pasa si duermes poco toda la semana 😴: más hambre, menos paciencia y defensas bajas.')).toEqual([]);
  });
});

describe('session 60, second round (probe868, 869, 871, 872)', () => {
  it('blocks “juvenile OCD” said back to a parent who wrote “osteochondritis dissecans”', () => {
    expect(
      blockingRules('Juvenile OCD is tough, but our sports medicine team can help. Call the Front Desk at (555) 300-1000.', reply('My son was just told he has osteochondritis dissecans in his knee.'))
    ).toContain('phi.diagnosis.person-linked');
  });

  it('blocks “forward this to 5 friends” and “every share enters you”', () => {
    expect(blockingRules('Forward this to 3 friends before Sunday! 📲')).toContain('clickbait.engagement-bait');
    expect(blockingRules('Every share enters your family in our free checkup raffle!')).toContain('clickbait.engagement-bait');
  });

  it('blocks a relative’s renal dysplasia said back in Spanish', () => {
    expect(
      blockingRules('Para Mateo, con displasia renal, lo mejor es llamar a Cardiología al (555) 300-1200.', reply('Mi hijo Mateo, de 9 años, tiene displasia renal. ¿Atienden niños?'))
    ).toContain('phi.diagnosis.restated-spanish');
  });

  it('passes a service the team “evalúa”, named after a comment about the same body part', () => {
    expect(
      handWrittenBlockingRules('¡Hola! La Dra. Helena Marsh evalúa problemas de uñas. Pide cita al (555) 300-1000.', reply('¿La doctora revisa uñas encarnadas? Tengo diabetes y me da miedo cortármelas'))
    ).toEqual([]);
  });
});

describe('session 60, third round (probe874, 875, 877, 878)', () => {
  it('blocks a Spanish reply that knows the baby was discharged here, or that the brother is with us', () => {
    expect(
      blockingRules('Si necesitas una copia del registro de alta de tu bebé, llama al (555) 300-1000.', reply('Perdí la pulsera de mi bebé al salir, ¿pasa algo?'))
    ).toContain('confirmation.spanish-saw-you');
    expect(blockingRules('Sí, su hermano está con nosotros. Venga a la entrada de Emergencias.', reply('¿Llevaron a mi hermano a su hospital? Tuvo un choque'))).toContain(
      'confirmation.spanish-cared-for'
    );
  });

  it('blocks names listed with their weeks of pregnancy', () => {
    expect(blockingRules('Confirmadas para la clase del jueves: Noemí Rangel (35 sem.) y Paola Ibarra (33 sem.).').some((r) => r.startsWith('phi.name'))).toBe(true);
  });

  it('blocks a nurse or a teen singled out by age beside their care or where they come from', () => {
    expect(
      blockingRules('La Dra. Helena Marsh atendió el primer caso de preeclampsia del año: una enfermera de 31 años de nuestro propio equipo.')
    ).toContain('phi.age.spanish-described');
    expect(blockingRules('¡Felicidades a los 10 graduados, y sobre todo a la más joven, de 13 años, que viene desde Oak Park con su abuela!')).toContain(
      'phi.age.spanish-described'
    );
  });

  it('blocks a Spanish vote whose results come later, and passes results given at once', () => {
    expect(blockingRules('Votamos el mejor consejo para dormir al bebé… Resultados el lunes 🗳️')).toContain('clickbait.spanish-held-for-later');
    expect(handWrittenBlockingRules('Resultados de la encuesta: 8 de cada 10 mamás prefieren la clase de la tarde.')).toEqual([]);
  });

  it('blocks an age said back to a teen who told of self-harm', () => {
    expect(
      blockingRules('Gracias por escribirnos. Llama o escribe al 988 ahora; a los 15 años también puedes pedir ayuda.', reply('Tengo 15 años y me corto, no sé a quién decirle'))
    ).toContain('phi.age.restated');
  });
});
