import { blockingRules, handWrittenBlockingRules as handRules, reply } from './check-post';

const SPANISH_MODEL = /^phi-risk-model-es\./;
const off = { options: { spanishPhiRiskModel: false } };

describe('the phi-risk model of Spanish sentences', () => {
  // "Muchas mujeres de 41 años…", the sentence first written here, is blocked by a rule since session 60 (phi.age.restated).
  it("blocks a Spanish reply that speaks back to the commenter's age and pregnancy, which no rule does", () => {
    const text =
      'Muchas mujeres de tu edad tienen embarazos sanos 💕 Te recomendamos hablar con tu obstetra sobre el seguimiento; puedes agendar al (555) 300-1000.';
    const comment = reply('Tengo 41 años y es mi primer embarazo, ¿es muy riesgoso? 😟');
    expect(blockingRules(text, comment)).toEqual([expect.stringMatching(SPANISH_MODEL)]);
    expect(blockingRules(text, { ...comment, ...off })).toEqual([]);
  });

  it("blocks a Spanish review quoted with a child's name and diagnosis", () => {
    const text =
      "Gracias, mamá de Leo, por tu reseña de 5 estrellas 💙 'La Dra. Marsh detectó el soplo de Leo en su visita de los 2 meses.' ¡Nos alegra mucho!";
    expect(blockingRules(text).some((rule) => SPANISH_MODEL.test(rule))).toBe(true);
  });

  it('does not score English sentences, nor a Spanish one with no person in it', () => {
    expect(blockingRules('La diabetes tipo 2 se puede prevenir con actividad física y una dieta balanceada.')).toEqual([]);
    expect(blockingRules('Our flu shot clinic is open Saturday from 9 to 1 in the main lobby.')).toEqual([]);
  });
});

describe('first round (probe730, 731, 733, 734)', () => {
  it('blocks Spanish hooks that keep back the harm, the answer or the side taken', () => {
    expect(blockingRules('¿Dolor de espalda? ¡DEJA de hacer ESTO ahora mismo! Link en la bio')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(
      blockingRules('Cuatro hábitos de la oficina que podrían estar arruinando tu cuello. El tercero te va a doler.')
    ).toContain('clickbait.spanish-withheld-warning');
    expect(
      blockingRules('Lo que hizo este papá en la sala de espera dividió a todo el equipo. ¿De qué lado estás tú? 👇')
    ).toContain('clickbait.spanish-withheld-warning');
    expect(blockingRules('¿Eres del 1 %? Haz la prueba y comenta tu resultado 👇')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(blockingRules('Este té es mejor que cualquier pastilla para dormir. Los médicos están en shock.')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(
      blockingRules('Hay un síntoma que casi nadie nota. ¿Se imaginan cuál es? El viernes les damos la respuesta.')
    ).toContain('clickbait.spanish-held-for-later');
    expect(blockingRules('La respuesta de la enfermera nos sorprendió. Parte 2 en nuestras historias.')).toContain(
      'clickbait.spanish-held-for-later'
    );
  });

  it('passes a tip that says what to stop, after a colon', () => {
    expect(blockingRules('Deja de hacer esto: estar sentado ocho horas sin pararte. Camina 5 minutos cada hora.')).toEqual([]);
  });

  it('blocks a Spanish reply that confirms a video session, a care team or a child getting better', () => {
    expect(
      blockingRules(
        'Te reenviamos el enlace de tu sesión por video con Dr. Helena Marsh.',
        reply('No me llegó el link de la videollamada')
      )
    ).toContain('confirmation.spanish-your-care');
    expect(
      blockingRules(
        'Le pasamos tus palabras a todo el equipo que atiende a tu hijo 💛',
        reply('Gracias por ayudar a mi hijo con sus miedos')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        '¡La doctora estará feliz de saber que su niña sigue mejorando!',
        reply('Gracias a la doctora, mi niña ya está mejor')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    // A tú imperative that asks them to book is no one's visit.
    expect(blockingRules('Agenda tu cita al (555) 300-1000.', reply('¿Dónde puedo hacerme la mamografía?'))).toEqual([]);
  });

  it('blocks the date of a relative\'s death said back, and leaves "hoy se dedica a" of someone\'s work now', () => {
    expect(
      blockingRules('Lamentamos la pérdida de tu esposo el pasado 2 de febrero.', reply('Mi esposo falleció el 2 de febrero'))
    ).toContain('phi.date.spanish-care');
    expect(
      blockingRules('Operado dos veces de la rodilla, hoy se dedica a que los deportistas jóvenes vuelvan a jugar.')
    ).not.toContain('phi.date.spanish-care');
  });

  it('reads "the Surgery Waiting Lounge" as a place, not the commenter\'s surgery', () => {
    expect(
      blockingRules(
        'Please stop by the Surgery Waiting Lounge desk or call (555) 300-1000.',
        reply('My wife is in surgery right now and nobody has updated me.')
      )
    ).toEqual([]);
  });
});

describe('second round (probe736, 737, 739, 740)', () => {
  it('blocks Spanish hooks that hold the rest for later or for a reply', () => {
    expect(
      blockingRules('Hay una señal temprana de daño renal que casi todos confunden con cansancio. Segunda parte mañana.')
    ).toContain('clickbait.spanish-held-for-later');
    expect(
      blockingRules('Una familia nos escribió algo que hizo llorar a toda la unidad. Lo compartimos el domingo… 💌')
    ).toContain('clickbait.spanish-held-for-later');
    expect(blockingRules('Nadie se esperaba lo que pasó el martes. Les contamos todo en nuestro próximo video 🎥')).toContain(
      'clickbait.spanish-held-for-later'
    );
    expect(blockingRules('¿Tú puedes? Responde SÍ o NO en los comentarios 👇')).toContain('clickbait.spanish-withheld-warning');
    expect(
      blockingRules('Nuestra pediatra nos dijo qué nunca daría de cenar. Síguenos para no perderte la respuesta.')
    ).toContain('clickbait.spanish-withheld-warning');
    expect(blockingRules('Este error con el protector solar puede ARRUINAR tu piel. Mira el video.')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(blockingRules('Hay una forma de saberlo en 3 segundos… Escríbenos «SÍ» y te decimos cómo.')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(blockingRules('NO vuelvas a usar tu humidificador hasta que veas esto 🚫')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(blockingRules('Mandamos 5 vapes al laboratorio. Parte 2 cuando lleguemos a 10 mil likes ❤️')).toContain(
      'clickbait.spanish-teaser'
    );
  });

  it('passes "Esto es lo que pasa:" followed by what happens', () => {
    expect(
      blockingRules('¿Nervios por tu primera cita? Esto es lo que pasa: preguntas sobre tu periodo y toma de presión.')
    ).toEqual([]);
  });

  it('blocks a Spanish reply that says a nurse will be glad they are better, or sees them at their check-up', () => {
    expect(
      blockingRules(
        'Rachel sigue en Urgencias y se va a alegrar de saber que usted ya está mejor.',
        reply('¿Sigue la enfermera Rachel en urgencias? Me atendió')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules('¡De nada! Nos vemos en tu revisión del viernes.', reply('¡Gracias por quitarme los puntos ayer!'))
    ).toContain('confirmation.spanish-staff-knows-you');
  });

  it('reads a count in the thousands before a procedure as a statistic', () => {
    expect(
      handRules('Since 2010 our nurses have given more than 40,000 infusions, and our patient-experience scores have topped 95%.')
    ).toEqual([]);
  });
});

describe('third round (probe742, 743, 745, 746)', () => {
  it('reads "qué", "pasó" and "dejó" whole before the end of a Spanish hook (\\b after an accented letter never matched)', () => {
    expect(blockingRules('Nunca tiene esto en su despensa. ¿Adivinas qué es?')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('¿Qué crees que pasó después? 👀')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('La respuesta número 3 nos dejó pensando… 🤔')).toContain('clickbait.spanish-withheld-warning');
  });

  it('blocks more Spanish hype and withheld warnings', () => {
    expect(blockingRules('Lo que los oftalmólogos hacen cada mañana. Te va a cambiar la rutina 👉 enlace abajo.')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(
      blockingRules('Hay un error que cometen 7 de cada 10 padres con la fiebre. Lo explicamos en el artículo 👉')
    ).toContain('clickbait.spanish-withheld-warning');
    expect(blockingRules('Esta abuela dejó los lentes con un remedio casero… Los doctores están FURIOSOS 😡')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(blockingRules('🚨 NO comas esto después de tu cirugía 🚨 Link en la bio 👆')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(blockingRules('¡RESULTADOS GARANTIZADOS! Cupo limitadísimo, ¡no te quedes fuera! 💥')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(blockingRules('Nunca tiene esto en su cocina. Lo contamos mañana.')).toContain('clickbait.spanish-held-for-later');
    // A warning that names what not to eat, after a colon.
    expect(blockingRules('No coma esto: alimentos crudos en las dos semanas después de su cirugía.')).not.toContain(
      'clickbait.spanish-withheld-warning'
    );
  });

  it("blocks a Spanish reply that relays a staff member's impression or invites them back to their follow-up", () => {
    expect(
      blockingRules(
        '¡Qué gusto! Nuestra nutrióloga nos contó que llegaste con muchas ganas.',
        reply('Hoy fue mi primera cita con la nutrióloga')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        '¡Sí! Ya puedes retomar tu seguimiento llamando al (555) 300-1000.',
        reply('Ustedes me atendieron hace años, ¿todavía tienen ese programa?')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
  });

  it("blocks an age past 89 announced after a colon, and leaves a hospital's hundred years of service", () => {
    expect(blockingRules('¡Felicidades a nuestro paciente más longevo: 103 años y acaba de estrenar sus audífonos!')).toContain(
      'phi.age.over-89'
    );
    expect(blockingRules('Nuestro hospital: 100 años de servicio a la comunidad.')).toEqual([]);
  });

  it('reads "Hacemos la prueba de TB" as a test we offer, not the commenter\'s condition said back', () => {
    expect(
      handRules(
        'Hacemos la prueba de TB sin cita los martes y jueves.',
        reply('¿Dónde puedo hacer la prueba de TB para mi trabajo?')
      )
    ).toEqual([]);
  });
});

describe('fourth round (probe748, 749, 751, 752)', () => {
  it('blocks Spanish engagement bait and withheld answers', () => {
    expect(
      blockingRules('¿Sabías que el 90% de los cuidadores comete ESTE error? Comenta QUIERO y te lo mandamos por mensaje 👇')
    ).toContain('clickbait.spanish-withheld-warning');
    expect(blockingRules('Casi nadie sabe que Medicare cubre esto en casa. Spoiler: mañana.')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(blockingRules('ESTO es lo que tu ser querido intenta decirte cuando deja de comer 👉 link en bio')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(blockingRules('Escribe AMÉN si crees que los cuidadores merecen más reconocimiento 🙏')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(blockingRules('¡Queremos llegar a 10,000 comentarios!')).toContain('clickbait.spanish-withheld-warning');
    expect(blockingRules('Podría ser algo que nunca imaginarías. Dale clic para descubrir la causa 👉')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(blockingRules('La tercera casi nadie la conoce… y no te la vamos a decir aquí 😏')).toContain(
      'clickbait.spanish-withheld-warning'
    );
  });

  it("blocks a Spanish reply that relays a nurse's memory of their father, or gives him a nurse", () => {
    expect(
      blockingRules(
        '¡Qué lindo mensaje! Rachel dice que su papá siempre la recibía con un chiste.',
        reply('Gracias a Rachel por todo lo que hizo por mi papá')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        'Le pedimos disculpas. A partir de ahora su papá tendrá una enfermera fija.',
        reply('Ya van tres veces que cambian a la enfermera de mi papá')
      )
    ).toContain('confirmation.spanish-staff-knows-you');
  });

  it('blocks a partner\'s positive result said back, an age past 89 told of a person, and the "Calle" someone lives on', () => {
    expect(
      blockingRules(
        'Sentimos mucho que su pareja haya salido positivo; llame al (555) 300-1000.',
        reply('Mi pareja salió positivo y tengo miedo')
      )
    ).toContain('phi.lab.restated-spanish');
    expect(blockingRules('Hoy celebramos los 101 años de doña Esperanza.')).toContain('phi.age.over-89');
    expect(blockingRules('Una voluntaria visita a la misma paciente desde hace 3 años, y hoy la señora cumplió 98.')).toContain(
      'phi.age.over-89'
    );
    expect(blockingRules('Voluntarios: no visiten a la señora de la Calle Nogal, la familia pidió privacidad.')).toContain(
      'phi.address.spanish-street'
    );
  });

  it('does not read our Spanish services or bodies as names', () => {
    expect(
      blockingRules('Abrimos 12 plazas de prácticas en la UCIN y Urgencias Pediátricas para el semestre de primavera.')
    ).toEqual([]);
    expect(
      blockingRules('Hoy es el Día Mundial del Prematuro: iluminaremos de morado la entrada de la UCIN a las 7 p.m.')
    ).toEqual([]);
  });
});
