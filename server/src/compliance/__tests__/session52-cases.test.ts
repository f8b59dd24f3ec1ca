import { blockingRules, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 52: causes found in the study probe sets (scored blind first), most in Spanish; the cases are new variants.

const hasPhi = (rules: readonly string[], type: string): boolean => rules.some((r) => r.startsWith(`phi.${type}.`));

describe('Spanish patient cues beside a name', () => {
  it('ties a name to a room, a unit or a course of treatment', () => {
    expect(hasPhi(handRules('Hoy celebramos a Valeria, de la habitación 208, que por fin vuelve a casa.'), 'name')).toBe(true);
    expect(hasPhi(handRules('Los trillizos Santiago, Emilio y Renata salieron ayer de la UCIN.'), 'name')).toBe(true);
    expect(hasPhi(handRules('Camila terminó su tratamiento contra la leucemia esta semana.'), 'name')).toBe(true);
    expect(hasPhi(handRules('Gracias, doña Lupe, por las galletas: pasó 9 días en la unidad con su nieto y aún se acordó de nosotras.'), 'name')).toBe(true);
  });

  it('leaves a name with no care beside it', () => {
    expect(handRules('Camila y su equipo de voluntarias repartieron 300 mochilas en la feria del sábado.')).toEqual([]);
  });

  it('reads an age in brackets and "cumple hoy 7 años" as ages', () => {
    expect(hasPhi(handRules('Nuestro valiente Tadeo (4 años) terminó hoy su terapia de lenguaje.'), 'age')).toBe(true);
    expect(handRules('Nuestro paciente más pequeño de fisioterapia cumple hoy 7 años. ¡Felicidades, campeón de la calle Fresno!')).toContain(
      'phi.location.hometown'
    );
  });

  it('reads an English school name in a Spanish sentence about a pupil', () => {
    expect(handRules('El alumno de segundo año de Shelbyville Middle School que superó el linfoma regresa a clases el lunes.')).toContain(
      'phi.location.school'
    );
  });

  it('knows Spanish words for croup, speech therapy and the NICU', () => {
    expect(
      hasPhi(handRules('Ojalá que su crup mejore pronto.', reply('Mi hija tiene crup otra vez, ¿a qué hora abren?')), 'diagnosis')
    ).toBe(true);
  });

  it('reads what we offer as theirs when the reply says "como el tuyo"', () => {
    const rules = handRules(
      'Nuestro equipo opera a muchos niños con paladar hendido como el tuyo. Llama a Pediatría al (555) 300-1000.',
      reply('Mi hijo nació con paladar hendido, ¿tienen especialistas?')
    );
    expect(hasPhi(rules, 'diagnosis')).toBe(true);
  });
});

describe('Spanish words that are not names', () => {
  it('reads "Rosa" after a campaign word as the colour', () => {
    expect(handRules('Este Octubre Rosa ofrecemos mamografías gratuitas a quienes califiquen. Inscríbete: (555) 300-1000.')).toEqual([]);
    expect(hasPhi(handRules('Doña Rosa terminó su quimioterapia.'), 'name')).toBe(true);
  });

  it('reads a Spanish job title as a title', () => {
    expect(
      handRules('— Dr. Lena Park, Directora Médica. Cada persona con un diagnóstico nuevo recibe una navegadora bilingüe.')
    ).toEqual([]);
  });
});

describe('Spanish hooks', () => {
  it.each([
    'El error que cometen 8 de cada 10 papás al dar medicina… ¿eres uno de ellos?',
    '¿Tu bebé hace esto al comer? Podría ser una señal. Te lo contamos en los comentarios 👇',
    'Esto cambió por completo la forma en que atendemos a los niños con miedo a las agujas. Mira el video.',
    'Hay un error con la lonchera que vemos en casi todas las familias. No es el que te imaginas.',
  ])('holds back the point: %s', (text) => {
    expect(blockingRules(text).some((r) => r.startsWith('clickbait.'))).toBe(true);
  });
});

describe('Spanish replies the models read wrongly', () => {
  it('lets thanks with nothing of anyone\'s care pass', () => {
    expect(blockingRules('¡Gracias, Matilde! 💛 Compartir información salva vidas.', reply('Ya compartí el post con todas mis vecinas'))).toEqual([]);
  });

  it('still blocks thanks that go on to their visit', () => {
    expect(
      blockingRules('¡Gracias, Matilde! Nos alegra que te hayas sentido bien atendida en tu cita.', reply('Muy amables todos ayer 💛'))
    ).not.toEqual([]);
  });

  it('hears no advice in an answer to a general "¿es cierto que…?"', () => {
    expect(
      blockingRules(
        'No: ningún estudio ha encontrado esa relación. Lo importante es hacerse los chequeos a tiempo y consultar si nota cambios.',
        reply('¿Es cierto que el desodorante causa cáncer de mama?')
      )
    ).toEqual([]);
  });
});

describe('English causes', () => {
  it('reads the physician who treated her, and an emergency contact, as confirmation', () => {
    expect(
      blockingRules('We have spoken with the physician who treated her. Please call Patient Relations at (555) 300-1000.', reply('My aunt says the ER doctor was rude to her'))
    ).toContain('confirmation.cared-for-them');
    expect(
      blockingRules('Please call (555) 300-1000 and ask for the charge nurse; you are listed as her emergency contact.', reply('My wife came in by ambulance and nobody will tell me anything'))
    ).toContain('confirmation.records-say');
  });

  it("reads a relative's name said back when the comment says they want to talk to someone about it", () => {
    expect(
      handRules(
        'Yes, teens 12 and up can see our counselors confidentially. Lucia can call (555) 300-1000 herself.',
        reply('my daughter Lucia is 16 and wants to talk to someone about stress, can she come alone?')
      )
    ).toContain('phi.name.given-name');
  });

  it("reads one person's lab value when a post tells of them coming in", () => {
    expect(
      hasPhi(handRules('Busy night: a high school student came in Friday with a blood alcohol level of 0.31 after a party.'), 'lab')
    ).toBe(true);
  });
});

describe('Second round', () => {
  it('knows Spanish names written with their accents and Spanish names the lists lacked', () => {
    expect(hasPhi(handRules('Sofía terminó su quimioterapia el viernes.'), 'name')).toBe(true);
    expect(hasPhi(handRules('Desde la cama 7, Maricela nos pidió su canción favorita para celebrar que mañana se va a casa.'), 'name')).toBe(true);
  });

  it('reads a Medicare number given as one, valid or not, in English or Spanish', () => {
    expect(handRules('Sr. Ortega, su número de Medicare 2KT9-HW4-LP17 ya quedó registrado.')).toContain('phi.id.medicare');
    expect(handRules('Medicare Part D plans for 2026 are here. Compare them with our counselors.')).toEqual([]);
  });

  it('reads a Spanish dose or serving told to one person as advice', () => {
    expect(handRules('Para ella, 2000 UI diarias está perfecto.', reply('¿Cuánta vitamina D le doy a mi mamá de 80?'))).toContain(
      'advice.spanish-remedy'
    );
    expect(handRules('Toma 3 tazas al día y verás.', reply('Tengo 38 semanas, ¿el té de canela ayuda?'))).toContain('advice.spanish-remedy');
  });

  it('reads weeks of pregnancy said back in Spanish', () => {
    expect(
      handRules('¡Claro! A las 32 semanas es buen momento para la clase de lactancia.', reply('Estoy en la semana 32, ¿ya me puedo inscribir?'))
    ).toContain('phi.diagnosis.restated-pregnancy');
  });

  it('reads a Spanish patient by age, a delivery room and "nacieron" as ties to care', () => {
    expect(hasPhi(handRules('Paciente de 44 años con placenta acreta, atendida el lunes pasado.'), 'diagnosis')).toBe(true);
    expect(handRules('Preparando la sala de parto 2 para la mamá que llegó a las 5 am. ¡Ya casi!')).toContain('phi.location.spanish-room');
    expect(hasPhi(handRules('Bienvenidos, Julián y Tomás, que nacieron esta mañana.'), 'name')).toBe(true);
  });

  it('reads rescheduling with "tu doctora" as confirmation', () => {
    expect(
      blockingRules('Llámanos y te buscamos una nueva cita con tu doctora. ¡Que se mejore el peque!', reply('No pude ir a mi cita porque se enfermó mi hijo'))
    ).toContain('confirmation.spanish-your-care');
  });

  it('keeps what we offer from being read as said back, unless said as theirs', () => {
    expect(
      handRules('Sí, atendemos embarazos de alto riesgo en Obstetricia. Llame al (555) 300-1000.', reply('Tuve preeclampsia en mi primer embarazo, ¿atienden embarazos de alto riesgo?'))
    ).toEqual([]);
    expect(
      hasPhi(handRules('Nuestro equipo atiende a muchos niños con TDAH como tu hijo. Llame al (555) 300-1000.', reply('Mi hijo tiene 8 años y TDAH')), 'diagnosis')
    ).toBe(true);
  });

  it('reads "son" in Spanish as a verb, and more Spanish hooks', () => {
    expect(handRules('Los sofocos y los cambios de ánimo son comunes en la menopausia. Hay tratamientos.')).toEqual([]);
    for (const text of [
      'Solo el 2 % de las personas encuentra el error en esta etiqueta 👀 ¿Usted lo ve? Comente abajo.',
      'El gobierno está cambiando las reglas y NADIE se lo está diciendo.',
      'Dijimos que no lo íbamos a publicar… pero aquí está 👇',
      'Las pastillas que toman millones podrían estar causando esto… 😨',
    ])
      expect(blockingRules(text).some((r) => r.startsWith('clickbait.'))).toBe(true);
  });
});

describe('Third round', () => {
  it.each([
    'Reenvía esto a 5 grupos: los cardiólogos revelan el truco para bajar la presión.',
    '¡NO VUELVA A LAVARSE ASÍ! ¿Usted también lo hace? 👇',
    'Podría ser señal de algo que muchos papás pasan por alto… Lea más 👇',
    'El error #1 con los lentes de contacto… y casi nadie lo sabe. Mira el video completo en nuestro perfil 👉',
    'Comenta "QUIERO SABER" y te mandamos la respuesta por mensaje 👇',
    'Si tienes más de 50 años DEBES ver esto AHORA.',
  ])('reads a Spanish hook: %s', (text) => {
    expect(blockingRules(text).some((r) => r.startsWith('clickbait.'))).toBe(true);
  });

  it('ties dental and imaging care and Spanish described patients to a person', () => {
    expect(hasPhi(handRules('Felicidades a la familia Robles: sus dos hijas recibieron selladores el sábado.'), 'procedure')).toBe(true);
    expect(hasPhi(handRules('Hoy atendimos a un bebé de 10 meses con caries de biberón.'), 'diagnosis')).toBe(true);
    expect(hasPhi(handRules('Buscamos a la familia de un señor de unos 60 años que llegó inconsciente anoche.'), 'diagnosis')).toBe(true);
    expect(hasPhi(handRules('Nuestra expaciente de frenos, Lorena Cortés, se graduó hoy.'), 'name')).toBe(true);
  });

  it('reads "la atención que le dio" and what our nurses say of the commenter as confirmation', () => {
    expect(
      blockingRules('¡Sí! La enfermera Dana sigue aquí y le dará gusto saber de la atención que le dio.', reply('¿La enfermera Dana sigue en urgencias? Me atendió muy bien'))
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(blockingRules('Thank you! Our nurses say you always bring the best muffins 😄', reply('shoutout to the infusion nurses'))).toContain(
      'confirmation.staff-speaks-of-you'
    );
  });

  it('keeps the Spanish patient cues off a greeted commenter (eval-robustness "reply-greeting")', () => {
    expect(
      handRules('Hi Marisol! Ofrecemos intérpretes gratis. Al hacer su cita, díganos qué idioma prefiere.', reply('¿Tienen intérpretes de mixteco?'))
    ).toEqual([]);
    expect(
      handRules('Hi Marisol! No se permiten flores en la UCI, pero las tarjetas son bienvenidas.', reply('¿Puedo llevar flores a la UCI?'))
    ).toEqual([]);
  });

  it('leaves "Relaciones con el Paciente", "¡Evita errores!" and an infusion area', () => {
    expect(handRules('Comuníquese con Relaciones con el Paciente al (555) 300-1000.', reply('¿Cómo pongo una queja?'))).toEqual([]);
    expect(handRules('Lleve una lista de sus medicamentos a cada cita. ¡Evita errores!')).toEqual([]);
    expect(
      handRules("Children under 12 can't stay in the infusion area, but our family lounge has a play corner.", reply('Can I bring my kids to my infusion?'))
    ).toEqual([]);
  });
});
