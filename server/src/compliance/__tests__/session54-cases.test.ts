import { blockingRules, handWrittenBlockingRules as handRules, reply } from './check-post';
import { findHealthTerms } from '../vocab/health-term-index';
import { wordTokens } from '../text/word-tokens';

// Session 54: causes found in the study probe sets (scored blind first); the cases are new variants.

const hasPhi = (rules: readonly string[], type: string): boolean => rules.some((r) => r.startsWith(`phi.${type}.`));
const termsOf = (text: string): string[] => findHealthTerms(wordTokens(text)).map((m) => `${text.slice(m.start, m.end)}:${m.kind}`);

describe('Spanish medication vocabulary', () => {
  it('knows Spanish generic names, classes and a patient\'s words for a medicine', () => {
    expect(termsOf('sigue con la pastilla para la tiroides')).toEqual(['pastilla para la tiroides:medication']);
    expect(termsOf('le cambiaron el betabloqueador')).toEqual(['betabloqueador:medication']);
    expect(termsOf('toma levotiroxina y acenocumarol')).toEqual(['levotiroxina:medication', 'acenocumarol:medication']);
  });

  it('still finds a plural alone when a listed phrase opens with it', () => {
    expect(termsOf('traiga sus medicamentos mañana')).toEqual(['medicamentos:medication']);
    expect(termsOf('sus medicamentos para la presión')).toEqual(['medicamentos para la presión:medication']);
  });

  it('says back a Spanish medication a commenter named', () => {
    expect(hasPhi(handRules('Con gusto revisamos su pastilla de la presión; llame a Farmacia.', reply('Se me acabó la pastilla de la presión y no tengo cita hasta marzo.')), 'medication')).toBe(true);
  });
});

describe('Spanish hooks that keep back the warning or the result', () => {
  it('blocks the alarm that names neither harm nor fix', () => {
    for (const hook of [
      '¡JAMÁS hagas esto con tu inhalador! 😱',
      'Este descuido con la insulina lo comete casi todo el mundo. ¿Lo estás haciendo tú?',
      'No guardes tus medicinas en el baño antes de ver esto 👇',
      'El síntoma del corazón del que casi nadie habla en las mujeres…',
      'El paso 2 te va a ahorrar una visita a urgencias.',
      'Lo que vimos esta semana cambiará tu forma de pensar sobre el colesterol. Todavía no podemos decirlo 🤐',
      'Su consejo suena raro… cuando lo lees completo tiene todo el sentido 🔗',
    ])
      expect(blockingRules(hook)).toContain('clickbait.spanish-withheld-warning');
  });

  it('extends the older Spanish hooks to "usted", "le" and chain messages', () => {
    expect(blockingRules('Esta fruta sube el azúcar más que un refresco. ¿Sabe usted cuál es?')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('Probamos 3 glucómetros. ¿Cuál crees que ganó? 👇')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('Reenvíe este mensaje a 5 contactos para que nadie se quede sin su vacuna 💙')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('El error más común con los antibióticos… mañana le contamos.')).toContain('clickbait.spanish-teaser');
  });

  it('leaves a warning that says what to do', () => {
    expect(blockingRules('Nunca mezcle alcohol con pastillas para dormir: juntos pueden frenar la respiración. Pregunte en Farmacia.')).toEqual([]);
    expect(blockingRules('Antes de ver a su médico, anote todas sus preguntas.')).toEqual([]);
  });
});

describe('Spanish care told by day, and said back', () => {
  it('takes a call or a double dose we handled as that day\'s care', () => {
    expect(handRules('Anoche nuestra farmacéutica atendió la llamada de una abuela que tomó doble dosis de su pastilla del corazón.')).toContain('phi.date.spanish-care');
    expect(handRules('El domingo pasado llegó desorientado un señor del barrio y lo atendimos enseguida.')).toContain('phi.date.spanish-care');
  });

  it('says back a condition the commenter gave as what they are ("soy diabético")', () => {
    expect(handRules('Como persona con asma, le conviene que la revise su médico; llame al (555) 201-4000.', reply('Soy asmática y me cuesta respirar con el humo.'))).toContain(
      'phi.diagnosis.restated-spanish',
    );
    expect(handRules('La vacuna contra la gripe está disponible para personas con diabetes.', reply('Hola, soy Marta Ibáñez, ¿tienen vacuna de la gripe?'))).toEqual([]);
  });

  it('says back an age over 89 a Spanish comment gave', () => {
    expect(handRules('¡A los 94, qué ejemplo! Un abrazo de todo el equipo.', reply('Mi abuelo cumplió 94 y sigue caminando diario'))).toContain('phi.age.restated-over-89');
  });

  it('says back the park or area the commenter lives near', () => {
    expect(handRules('La farmacia más cercana a Cedar Hollow Park está en 45 Riverside Drive.', reply('I live near Cedar Hollow Park, which pharmacy is closest?'))).toContain(
      'phi.location.restated-home',
    );
    expect(handRules('Cerca del parque Las Lomas tenemos la clínica de 45 Riverside Drive.', reply('Vivo por el parque Las Lomas, ¿dónde me vacuno?'))).toContain(
      'phi.location.restated-home',
    );
  });

  it('confirms a discharge in Spanish, not a quality', () => {
    expect(blockingRules('Si tiene preguntas sobre su alta, llame al (555) 201-4100.', reply('Me dieron el alta ayer, ¿cuándo regreso?'))).toContain('confirmation.spanish-your-care');
    expect(blockingRules('Gracias por reconocer a nuestro equipo y su alta calidad de atención.', reply('¡Qué buen servicio!'))).not.toContain('confirmation.spanish-your-care');
  });
});

describe('English names and places', () => {
  it('blocks the names on a pharmacy pickup list', () => {
    expect(hasPhi(handRules('Refills for Gordon Whitaker and Priya Anand are waiting at the Elm Street window.'), 'name')).toBe(true);
  });

  it('blocks the town of a person told by age, not a month or a language', () => {
    expect(handRules('A 41-year-old dad of two in Birch Hollow finished cardiac rehab this week.')).toContain('phi.location.hometown');
    expect(handRules('A 41-year-old dad of two in March finished a marathon for our foundation.')).not.toContain('phi.location.hometown');
  });

  it('reads "Yesterday our Birth Center turned 10" as our birthday, and a Spanish pet as a pet', () => {
    expect(handRules('Yesterday our Wound Care Clinic turned 5! Thank you to everyone who helped build it.')).not.toContain('phi.date.relative-care');
    expect(handRules('Canelo, el perrito de terapia de Pediatría, cumplió 4 años 🐶 ¡Felicidades!')).toEqual([]);
  });
});

describe('Second round: Spanish care, confirmations and offers', () => {
  it('takes a collapse, a resuscitation or "ya está estable" as that day\'s care', () => {
    expect(handRules('Ayer los paramédicos reanimaron a un maestro que se desplomó en el gimnasio; hoy ya está estable.')).toContain('phi.date.spanish-care');
  });

  it('confirms care when staff are glad the commenter recovered', () => {
    expect(blockingRules('La Dra. Nguyen va a estar muy contenta de saber que se recuperó tan rápido.', reply('¿Sigue la Dra. Nguyen? Ella me atendió cuando me operaron.'))).toContain(
      'confirmation.spanish-staff-knows-you',
    );
  });

  it('blocks reassurance about one person\'s symptom by their age', () => {
    expect(blockingRules('A tu edad eso casi siempre es cansancio, nada más.', reply('Tengo 30 y se me adormece el brazo, ¿es grave?'))).toContain('advice.spanish-reassurance');
  });

  it('leaves a procedure we offer and the transfer of records from elsewhere', () => {
    expect(handRules('Sí, en Cardiología colocamos marcapasos aquí mismo; pida una consulta.', reply('¿Ustedes ponen marcapasos?'))).toEqual([]);
    expect(blockingRules('Aceptamos pacientes nuevos; le ayudamos con el traslado de su expediente.', reply('Quiero cambiarme de hospital.'))).not.toContain('confirmation.spanish-your-care');
  });

  it('blocks more Spanish hooks', () => {
    for (const hook of [
      'NUNCA le pongas esto a una quemadura… casi todos lo hacen sin saberlo 😨',
      'Hay un juguete que la pediatra ve en casi cada consulta. ¿Te atreves a adivinar cuál? 👇',
      'Dos palabras que pueden cambiar cómo come tu hijo. Enlace en la bio.',
      'Los dentistas no lo pueden creer 🤯',
      '¿Qué fruta tiene más azúcar? Vota en los comentarios y mañana damos la respuesta.',
    ])
      expect(blockingRules(hook)).toContain('clickbait.spanish-withheld-warning');
  });

  it('says back the school of a child a Spanish comment tells of', () => {
    expect(handRules('¡Claro! Muchas familias de la Escuela Lincoln pasan por lo mismo; llame a Pediatría.', reply('Mi hijo está en 3.º de la Escuela Lincoln y le encontraron piojos, ¿lo atienden?'))).toContain(
      'phi.location.restated-school',
    );
  });

  it('leaves an allergy named on a checklist', () => {
    expect(handRules('Bring a list of your medicines and allergies, and your insurance card.', reply('What should I bring to my first visit?'))).toEqual([]);
  });
});

describe('Third round', () => {
  it('blocks chain messages, contest guesses and "you need to read this" in Spanish', () => {
    for (const hook of [
      'Reenvía a tus amigas y comparte este mensaje con 5 contactos. ¡No rompas la cadena! 🙏',
      'La regla de nuestra nutrióloga para las posadas te va a encantar. ¿Te animas a adivinarla?',
      'Lo que le hace el azúcar a tus riñones (el #2 es aterrador) 👉 link en bio',
      'Si tomas metformina, tienes que leer esto hoy 😨',
      'Mañana hacemos un en vivo para contarte cuál es el error más común con la insulina.',
    ])
      expect(blockingRules(hook)).toContain('clickbait.spanish-withheld-warning');
    expect(blockingRules('Un solo ingrediente cambia tu desayuno. ¿Cuál crees que sea? 🍳')).toContain('clickbait.spanish-teaser');
  });

  it('confirms care in Spanish: staff remember the commenter, or expect them at the next check-up', () => {
    expect(blockingRules('¡Qué gusto! La enfermera Ana seguro se acuerda de ti.', reply('¿Sigue la enfermera Ana? Me cuidó mucho'))).toContain('confirmation.spanish-staff-knows-you');
    expect(blockingRules('Gracias a ti. ¡Te esperamos! Queremos verte en tu próxima consulta 💙', reply('Gracias por la paciencia de hoy'))).toContain('confirmation.spanish-your-care');
  });

  it('takes "está en terapia intensiva desde el domingo" as someone\'s care, not a newborn\'s feeding quiz', () => {
    expect(handRules('Oremos por el entrenador de la liga, que está en terapia intensiva desde el domingo.')).toContain('phi.date.spanish-care');
    expect(handRules('Respuesta del quiz de ayer: un recién nacido amamantado come entre 8 y 12 veces al día.')).toEqual([]);
  });

  it('leaves a vaccine named for a condition the commenter asked about', () => {
    expect(handRules('La vacuna contra el VPH se recomienda desde los 11 años; Pediatría le orienta.', reply('A mi hijo le quieren poner la vacuna del VPH, tengo miedo'))).toEqual([]);
  });

  it('blocks a name beside a discharge day or a floor in Spanish, and names of babies delivered by us', () => {
    expect(hasPhi(handRules('¡Gracias, Marisol! Nos trajiste flores el día de tu alta.'), 'name')).toBe(true);
    expect(hasPhi(handRules('Twenty years ago our Birth Center delivered its first set of twins. Today Nora and Eli Park start college!'), 'name')).toBe(true);
  });
});

describe('Fourth round', () => {
  it('blocks Spanish teasers that keep the answer for part 2, a full video or the inbox', () => {
    for (const hook of [
      'Nuestra pediatra explica por qué nunca en la parte 2 👉',
      'La respuesta a la duda de todas las mamás… pero solo en el video completo 🤫',
      '¡Últimos lugares para el taller! Detalles por inbox 👀',
      'Hay una sorpresa en la feria de salud, pero todavía no les podemos decir qué es 🤐',
      'Lo que encontró nuestra dentista en la boca de un niño te hará tirar tu cepillo 😱',
      'El alimento #1 que debes dejar si tienes gastritis… y no es el café 😮',
    ])
      expect(blockingRules(hook)).toContain('clickbait.spanish-withheld-warning');
    expect(blockingRules('¿Quieres saber qué vacunas le tocan a tu bebé? Pregunta en Pediatría.')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('POV: por fin entiendes tu resultado de colesterol 😳 Te lo explicamos… en la parte 2 👀')).toContain('clickbait.spanish-held-for-later');
  });

  it('confirms a booking or a pickup, and staff praising a child\'s bravery', () => {
    expect(blockingRules('¡La tenemos agendada el viernes a las 9!', reply('¿Mi cita del viernes sigue en pie?'))).toContain('confirmation.spanish-on-schedule');
    expect(blockingRules('Your new contacts will be waiting at the optical desk!', reply('Is the vision clinic open Saturday?'))).toContain('confirmation.acted-on-care');
    expect(blockingRules('Dr. Lee says he was braver than most adults! 💙', reply('Thank you for helping my son through his cast removal'))).toContain('confirmation.staff-knows-you');
  });

  it('leaves advice to delete one\'s date of birth from a comment', () => {
    expect(blockingRules('For your privacy, you may want to delete your date of birth from this comment.', reply('Hi, born 3/2/1961, did my visit move?'))).not.toContain(
      'confirmation.your-care-record',
    );
  });

  it('blocks a name in a memorial post, and leaves a dog\'s certification day', () => {
    expect(hasPhi(handRules('Fly high, Mateo 💙 Our floor will miss your laugh.'), 'name')).toBe(true);
    expect(handRules('Our newest therapy pup, a 3-year-old beagle, passed her hospital certification last week!')).not.toContain('phi.date.relative-care');
  });
});
