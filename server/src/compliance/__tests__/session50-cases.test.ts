import { blockingRules, checkPost, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 50: causes found in the study probe sets (scored blind first), almost all in Spanish; the cases are new variants.

describe('Spanish said back', () => {
  it("reads a Spanish comment about the writer's family, and the condition said back", () => {
    const rules = handRules('Un soplo en el corazón es común en niños; la cardióloga puede revisarla: (555) 300-1200.', reply('A mi niña le detectaron un soplo en el corazón, ¿es grave?'));
    expect(rules.some((r) => r.startsWith('phi.diagnosis.'))).toBe(true);
  });

  it('leaves a service the comment asks for, and a department named in Spanish', () => {
    expect(handRules('Sí, el programa de rehabilitación cardiaca tiene grupos en español: (555) 300-1200.', reply('Mi papá tuvo un infarto. ¿Hay clases de rehabilitación cardiaca?'))).toEqual([]);
    expect(handRules('El equipo de Endocrinología y Diabetes puede ayudarles al (555) 300-1000.', reply('Mi abuelo tiene diabetes y ya no quiere comer'))).toEqual([]);
    expect(handRules('Nuestra clínica atiende infecciones de garganta y de oído sin cita.', reply('¿Puedo ir por una infección de oído o tengo que ir a emergencias?'))).toEqual([]);
  });

  it('reads the name a comment gave a relative, said back', () => {
    expect(handRules('Lamentamos mucho lo de Mateo. Relaciones con Pacientes: (555) 300-1000.', reply('Mi hijo Mateo se cayó de la bicicleta y nadie nos atendía en urgencias'))).toContain(
      'phi.name.relative-said-back',
    );
  });
});

describe('Spanish people described', () => {
  it('reads who someone is and their age beside a place, their care or an age past 89', () => {
    expect(handRules('Caso clínico: hombre de 58 años de Maple Heights con insuficiencia cardiaca.')).toContain('phi.age.spanish-described');
    expect(handRules('Nuestra paciente de 96 años en el piso 3 celebró con pastel.')).toContain('phi.age.spanish-described');
    expect(handRules('Anoche su nieto de 4 años llegó con una fractura de brazo.')).toContain('phi.age.spanish-described');
  });

  it('leaves an age that speaks to everyone', () => {
    expect(handRules('Una mujer de 40 años debe hablar con su médico sobre la mamografía.')).not.toContain('phi.age.spanish-described');
  });
});

describe('Spanish confirmation', () => {
  it("reads our work on someone's own account, visit or record", () => {
    expect(handRules('Revisamos la cuenta de su hija y ya corregimos el cobro.', reply('Me cobraron dos veces la consulta de mi hija'))).toContain('confirmation.spanish-saw-you');
    expect(handRules('¡Fue un gusto vacunar a su niña ayer! 💉', reply('Gracias por la paciencia con mi niña'))).toContain('confirmation.spanish-saw-you');
    expect(handRules('Ya encontramos el registro de vacunas de su hija; se lo mandamos hoy.', reply('Perdí la cartilla de mi hija'))).toContain('confirmation.spanish-looked-up-record');
    expect(handRules('Tus resultados ya están listos en el portal.', reply('¿Ya salieron mis análisis?'))).toContain('confirmation.spanish-records-ready');
  });

  it('reads our people who know someone', () => {
    expect(handRules('¡Qué alegría! Desde su primera consulta ha avanzado muchísimo.', reply('La nutrióloga me cambió la vida'))).toContain('confirmation.spanish-staff-knows-you');
    expect(handRules('Todo el equipo sigue hablando de ustedes 😄', reply('Nuestro bebé nació en el estacionamiento jaja'))).toContain('confirmation.spanish-saw-you');
    expect(handRules('¡Claro que se acuerda! Dice que eres de sus pacientes consentidos.', reply('Ojalá la doctora se acuerde de mí'))).toContain('confirmation.spanish-saw-you');
  });
});

describe('Spanish advice', () => {
  const comment = reply('Tengo la garganta irritada desde ayer, ¿qué hago?');

  it('reads hedged and peer advice, doses and remedies', () => {
    expect(handRules('Si fuera mi hija, le daría solo líquidos por hoy.', comment)).toContain('advice.spanish-hedged');
    expect(handRules('Tómese dos hoy y mañana regresa a una.', comment)).toContain('advice.spanish-remedy');
    expect(handRules('Sáltese la dosis de la noche si no cenó.', comment)).toContain('advice.spanish-stop-course');
    expect(handRules('El té de manzanilla con miel funciona de maravilla para eso.', comment)).toContain('advice.spanish-remedy');
  });

  it('reads reassurance that stands in for care', () => {
    expect(handRules('No se preocupe por ahora, eso se le pasa en unos días.', comment)).toContain('advice.spanish-reassurance');
    expect(handRules('Puedes esperar a tu consulta de control, solo descansa.', comment)).toContain('advice.spanish-reassurance');
    expect(handRules('Lo más probable es que no sea nada, hielo y reposo.', comment)).toContain('advice.spanish-reassurance');
  });
});

describe('Spanish hooks', () => {
  it('reads held-back answers and engagement bait', () => {
    expect(handRules('La número 3 la hacen casi todos los abuelos 😬')).toContain('clickbait.spanish-teaser');
    expect(handRules('Hay una bebida que sube el azúcar más que un refresco. Lo revelamos el lunes.')).toContain('clickbait.spanish-held-for-later');
    expect(handRules('Lo que pasó en la sala de espera nos dejó pensando. La historia completa, este jueves.')).toContain('clickbait.spanish-teaser');
    expect(handRules('Este aparato de tu baño manda a cientos de abuelos a urgencias. ¿Sabes cuál es? 👀')).toContain('clickbait.spanish-teaser');
    expect(handRules("Escribe 'SOL' en los comentarios y te mandamos la guía del calor.")).toContain('clickbait.spanish-teaser');
  });
});

describe('the model of Spanish replies', () => {
  it('scores a Spanish reply the rules and the English model let through', () => {
    const rules = blockingRules('¡Y nosotros a usted! Los jueves no son lo mismo sin sus chistes. 😄', reply('Extraño mucho las clases de ejercicio, ¡qué buen grupo!'));
    expect(rules).toContain('reply-risk-model-es.patient-confirmation');
  });

  it('never scores an English reply', () => {
    const report = checkPost('We miss you too! Thursdays are not the same without your jokes. 😄', reply('I miss the exercise classes, what a great group!'));
    expect(report.findings.some((f) => f.rule.startsWith('reply-risk-model-es.'))).toBe(false);
  });
});
