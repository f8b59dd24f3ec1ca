import { blockingRules, checkPost, handWrittenBlockingRules, reply } from './check-post';

const findingsOf = (text: string) => checkPost(text).findings.map((f) => `${f.rule}:${f.text}`);
const nameFindings = (text: string) => findingsOf(text).filter((f) => f.startsWith('phi.name'));

describe('session 70, round 1 (probe1090, 1091, 1093, 1094): Spanish "EM", places, Spanish confirmations', () => {
  it('reads "EM" in capitals as multiple sclerosis, said back in a Spanish reply', () => {
    expect(
      blockingRules(
        '¡Qué alegría, Camila! Tu experiencia viviendo con EM será muy valiosa para otros. Llama al (555) 300-1000 y pregunta por voluntariado.',
        reply('Soy Camila, tengo EM desde hace 5 años y me encantaría ser voluntaria'),
      ),
    ).toContain('phi.diagnosis.person-linked');
  });

  it('leaves "em" in lower case alone', () => {
    expect(handWrittenBlockingRules('Flu shots are in! Come get em at any of our clinics this week.')).toEqual([]);
  });

  it('blocks a Spanish reply that says our therapist will see the commenter at their first session', () => {
    expect(
      blockingRules('¡Hola, Ernesto! Sí, recibimos la orden y Owen Pritchard te verá en tu primera sesión el lunes 9.', reply('soy Ernesto Vidal, ¿ya recibieron mi orden para fisioterapia?')),
    ).toContain('confirmation.spanish-we-did-your-care');
  });

  it('blocks "le da mucho gusto ver a sus pacientes" and "su hija seguirá con el mismo equipo" in Spanish replies', () => {
    expect(
      blockingRules('¡Qué alegría! Le pasamos su mensaje a la Dra. Marsh; siempre le da mucho gusto ver a sus pacientes regresar al trabajo.', reply('Gracias Dra. Marsh por la operación de mi rodilla')),
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules('La Dra. Helena Marsh está de licencia unos meses; mientras tanto, su hija seguirá con el mismo equipo de Pediatría.', reply('¿Dónde está la Dra. Marsh? Ya no la vi en la última consulta de mi hija')),
    ).toContain('confirmation.spanish-staff-knows-you');
  });

  it('blocks a herbal tea given for someone\'s mood in Spanish', () => {
    expect(blockingRules('Dele té de tila todas las noches, eso le va a levantar el ánimo.', reply('Mi esposo está muy triste, ya ni quiere comer'))).toContain('advice.spanish-remedy');
  });

  it('blocks "after all these years with us, we…" in a reply', () => {
    expect(
      blockingRules('After all these years with us, we\'re sorry this one fell short. Please call (555) 300-1000 so we can make it right.', reply('I\'ve been coming to you for my warfarin for 12 years')),
    ).toContain('confirmation.long-standing-patient');
  });

  it('reads a parish named for a title of Mary as a place', () => {
    expect(nameFindings('La unidad móvil estará el domingo en la iglesia Nuestra Señora de Guadalupe en Mecca: vacunas y pruebas de glucosa.')).toEqual([]);
  });

  it('still reads Guadalupe as a person outside such a title', () => {
    expect(blockingRules('Guadalupe tiene diabetes y se hizo su prueba de glucosa ayer.')).toContain('phi.name.given-name');
  });

  it('reads "Fest" and "Trail" as the ends of places\' names', () => {
    expect(nameFindings('Tulip Fest weekend! Find our Family Medicine team in the park for free blood pressure checks. Dr. Helena Marsh is judging!')).toEqual([]);
    expect(nameFindings('The Mohawk-Hudson Bike-Hike Trail is calling. Before you ride: helmet on, and 10 squats to warm up your knees.')).toEqual([]);
  });

  it('reads a city listed after another place that follows "in"', () => {
    const text = 'Welcome Dr. Tomasz Nowak to our Dermatology team! He trained in Kraków and Rochester and treats eczema and acne.';
    expect(nameFindings(text).filter((f) => f.includes('Rochester'))).toEqual([]);
  });

  it('reads "Washington Ave. branch" as a street, neither a person nor a state', () => {
    expect(handWrittenBlockingRules('Free diabetes class starts Tuesday at the Albany Public Library, Washington Ave. branch. Register: (555) 300-1000.')).toEqual([]);
  });

  it('reads "INR management" and "home INR monitoring" as services', () => {
    expect(handWrittenBlockingRules('Our pharmacy students learn INR management and patient teaching over 8 weeks in our Anticoagulation Clinic.')).toEqual([]);
  });

  it('does not read "you\'ll get your result" as a remedy promise', () => {
    expect(handWrittenBlockingRules('Usually about 10 minutes: a quick finger stick, and you\'ll get your result and any dose instructions before you leave.', reply('how long does an INR check take?'))).toEqual([]);
  });

  it('still blocks a remedy that will get a symptom down', () => {
    expect(blockingRules('Honey and lemon tea will get that cough under control in a day or two.', reply('My cough won\'t quit'))).toContain('advice.remedy-promise');
  });
});

describe('session 70, round 2 (probe1096, 1097, 1099, 1100): Spanish confirmations and remedies, states named like people', () => {
  it('blocks Spanish replies saying our people were glad to have helped the commenter\'s family', () => {
    expect(
      blockingRules('¡Gracias a ustedes por la confianza! Le deseamos a su papá una pronta recuperación; Owen Pritchard y todo el equipo quedaron felices de poder ayudarlo.', reply('¡Gracias a Urgencias por tratar tan bien a mi papá anoche!')),
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(blockingRules('¡Gracias por el mensaje! Owen Pritchard se alegró mucho de poder ayudar a tu familia con el alta.', reply('Owen nos ayudó muchísimo con los trámites'))).toContain(
      'confirmation.spanish-staff-knows-you',
    );
  });

  it('passes a Spanish reply that offers help to come', () => {
    expect(handWrittenBlockingRules('Con gusto te ayudamos: llama a Relaciones con Pacientes al (555) 300-1000.', reply('¿Me pueden ayudar con una factura?'))).toEqual([]);
  });

  it('blocks a letter one of our clinicians gave the commenter, in Spanish', () => {
    expect(
      blockingRules('Claro que sí. Le reenviamos la carta de incapacidad que le dio el enfermero Owen Pritchard; la encontrará en el portal.', reply('¿Me pueden reenviar el papel de la incapacidad para mi trabajo?')),
    ).toContain('confirmation.spanish-we-did-your-care');
  });

  it('blocks toothpaste or egg white put on a burn, in Spanish', () => {
    expect(blockingRules('Ponte pasta de dientes o clara de huevo y reviéntala para que sane más rápido.', reply('Me quemé la mano con aceite hirviendo, ¡se me hizo ampolla!'))).toContain(
      'advice.spanish-remedy',
    );
  });

  it('blocks the age at diagnosis said back in Spanish', () => {
    expect(
      blockingRules('Te mandamos un abrazo. Recibir un diagnóstico así a los 24 es muy duro, pero no estás sola. Llama al (555) 300-1000.', reply('Me acaban de diagnosticar lupus a los 24 años y tengo miedo')),
    ).toContain('phi.age.restated');
  });

  it('blocks "sorry your experience with us wasn\'t…" in a reply', () => {
    expect(
      blockingRules('We\'re sorry your experience with us wasn\'t what you hoped for. Please call Patient Relations at (555) 300-1000.', reply('My birth plan was totally ignored when I delivered in March.')),
    ).toContain('confirmation.experience-with-us');
  });

  it('reads a state named like a person as a state by what follows it', () => {
    expect(nameFindings('Did you know Florida has one of the highest skin cancer rates in the U.S.? Learn the ABCDEs of melanoma.')).toEqual([]);
    expect(nameFindings('Yes, our hospice program accepts Medicare and Florida Medicaid. Call (555) 300-1000.')).toEqual([]);
  });

  it('still reads Virginia as a person beside her diagnosis', () => {
    expect(blockingRules('Virginia was diagnosed with breast cancer last spring and finished chemo this week.')).toContain('phi.name.capitalised');
  });
});


describe('session 70, round 3 (probe1102, 1103, 1105, 1106): smoking history said back, quit medicines, venues in Spanish', () => {
  it('blocks how long the commenter has smoked or vaped, said back', () => {
    expect(
      blockingRules('After 33 years of smoking, wanting to be there for your kids is a powerful reason to quit. Start with our free coaches: (555) 300-1000.', reply('been smoking since I was 12, I\'m 45 now. where do I start')),
    ).toContain('phi.diagnosis.habit-said-back');
  });

  it('passes years of smoking said of anyone', () => {
    expect(handWrittenBlockingRules('Many years of smoking can still be undone: your lungs start healing within weeks of quitting.', reply('is it worth quitting after so long?'))).toEqual([]);
  });

  it('does not read "cover quit medicines" as telling someone to quit their medicine', () => {
    expect(handWrittenBlockingRules('Yes! Our quit coaching is free, and most plans, including Medicaid, cover quit medicines. Call (555) 300-1000.', reply('do you take medicaid for the quit program?'))).toEqual([]);
  });

  it('still blocks telling someone to quit their medicine', () => {
    expect(blockingRules('You can quit your blood pressure medicine once you feel better.', reply('I feel fine now, do I still need my pills?'))).toContain('advice.dose-change');
  });

  it('passes a screening the commenter asked about, named as what to ask for', () => {
    expect(
      handWrittenBlockingRules('Eligibility depends on age and history: call Family Medicine at (555) 300-1000 and ask about lung cancer screening.', reply('Smoked 30 yrs. Am I eligible for the lung cancer screening?')),
    ).toEqual([]);
  });

  it('passes surgery said to be a big step for any family', () => {
    expect(handWrittenBlockingRules('We understand — surgery is a big step for any family. Our team meets with every family beforehand: (555) 300-1000.', reply('my baby has a cleft lip and we\'re terrified about surgery'))).toEqual([]);
  });

  it('reads the town after a named venue and "en", a street after lower-case "calle", and a college ending in "Tech" as places', () => {
    expect(nameFindings('Este sábado la unidad móvil estará en la Iglesia San Juan Diego en Dalton: vacuna contra la gripe y glucosa gratis.')).toEqual([]);
    expect(nameFindings('Clínica móvil en Canton, frente a la lavandería de la calle Marietta. Presión, glucosa y vacunas.')).toEqual([]);
    expect(nameFindings('Thank you, Montana Tech nursing students, for helping us give 430 flu shots at Saturday\'s clinic in Butte!')).toEqual([]);
  });

  it('blocks "se haya sentido bien atendido" and "ya le avisamos a … que llegará tarde" in Spanish replies', () => {
    expect(blockingRules('¡Qué gusto leer esto! Le pasamos su mensaje al equipo; se alegraron mucho de que se haya sentido bien atendido.', reply('Gracias a las enfermeras, me trataron súper bien el domingo'))).toContain(
      'confirmation.spanish-staff-knows-you',
    );
    expect(blockingRules('Sí, no hay problema. Ya le avisamos a Owen Pritchard que llegará unos minutos tarde.', reply('¿Puedo llegar 15 minutos tarde a mi cita?'))).toContain('confirmation.spanish-staff-knows-you');
  });

  it('reads a lip revision and a breath CO reading as care beside a name', () => {
    expect(blockingRules('Our little linebacker Ethan is 6 weeks out from his lip revision and cleared to play.')).toContain('phi.procedure.person-linked');
    expect(blockingRules('Happy quit-iversary to Gloria Nwachukwu, whose CO reading has been 2 ppm ever since.')).toContain('phi.lab.person-linked');
  });
});

describe('session 70, round 4 (probe1108, 1109, 1111, 1112): procedures said of anyone, Sjögren, "mentioned you might ask"', () => {
  it('passes a procedure said to be usually done a certain way, and people who have not had surgery', () => {
    expect(
      handWrittenBlockingRules('Everyone\'s experience is different! Carpal tunnel release is usually done under local anesthesia. Call (555) 300-1000.', reply('My friend had her carpal tunnel release at your hospital. Is it painless for everyone?')),
    ).toEqual([]);
    expect(
      handWrittenBlockingRules('Not at all! Hand therapists also work with people who haven\'t had surgery, using splints and adaptive tools. Call (555) 300-1000.', reply('Do hand therapists only see people after surgery?')),
    ).toEqual([]);
  });

  it('reads "our concussion rehab program" as a service', () => {
    expect(handWrittenBlockingRules('Yes, Owen Pritchard leads our concussion rehab program. Call (555) 300-1000 to ask about an evaluation.', reply('My grandson has a concussion from football. Do you do concussion rehab?'))).toEqual([]);
  });

  it('passes a month beside a count of many patients in Spanish', () => {
    expect(handWrittenBlockingRules('En julio, nuestras Urgencias atendieron a 3,200 pacientes y 1 de cada 5 llegó por el calor. Si trabaja afuera: agua, sombra y descanso.')).toEqual([]);
  });

  it('still blocks a month of one person\'s birth in Spanish', () => {
    expect(blockingRules('Doña Carmen dio a luz en julio a su cuarto bebé aquí en nuestro hospital.')).toContain('phi.date.spanish-care');
  });

  it('blocks Sjögren said back in Spanish', () => {
    expect(blockingRules('Te mandamos un abrazo. Seis años con Sjögren es mucho camino. Nuestro grupo de apoyo te espera: (555) 300-1000.', reply('Llevo 6 años con Sjögren y nadie en mi familia lo entiende'))).not.toEqual([]);
  });

  it('blocks "Dr. Marsh mentioned you might ask!"', () => {
    expect(blockingRules('Dr. Marsh mentioned you might ask! Her team runs a support group on Thursdays: (555) 300-1000.', reply('Dr. Marsh told me my lupus is affecting my heart. Any support groups?'))).toContain(
      'confirmation.told-them-you-asked',
    );
  });
});

describe('session 70, round 5 (probe1114, 1117, 1118): Spanish confirmations, a Spanish hook, calendar days, our therapists', () => {
  it('blocks Spanish replies that miss, welcome back or spoke with the commenter\'s care team', () => {
    expect(blockingRules('¡Felicidades por cerrar esta etapa! Owen Pritchard y todo el equipo le vamos a extrañar.', reply('Hoy fue mi última sesión de fisioterapia con Owen'))).toContain('confirmation.spanish-staff-misses-you');
    expect(blockingRules('¡Qué alegría tenerla de vuelta! La Dra. Marsh y su equipo siempre están para usted.', reply('¡Volví a la consulta de la Dra. Marsh después de 2 años!'))).toContain(
      'confirmation.spanish-welcome-back',
    );
    expect(
      blockingRules('Sentimos mucho que se haya sentido así. Ya hablamos con el equipo que estaba de turno ese día; llame al (555) 300-1000.', reply('Ya no vuelvo más, me trataron como si no existiera')),
    ).toContain('confirmation.spanish-staff-knows-you');
  });

  it('blocks a surgeon glad to hear the commenter walks again, and a talk with their mother, in Spanish', () => {
    expect(blockingRules('¡Gracias por compartirlo! La Dra. Marsh se alegró mucho al saber que ya camina sin bastón.', reply('Gracias a la Dra. Marsh por operarme la rodilla'))).toContain(
      'confirmation.spanish-staff-knows-you',
    );
    expect(blockingRules('¡Gracias a usted! Para eso tenemos intérpretes; fue un gusto conversar con ella en español.', reply('gracias por la paciencia con mi mamá, que no habla inglés'))).toContain(
      'confirmation.spanish-staff-knows-you',
    );
  });

  it('blocks "Lo que debes hacer AHORA MISMO 👇"', () => {
    expect(blockingRules('ÚLTIMA HORA 🚨 Un nuevo virus está llegando y los síntomas son TERRIBLES. Lo que debes hacer AHORA MISMO 👇👇')).toContain('clickbait.spanish-teaser');
  });

  it('reads a weekday of a month as a calendar day, and "our lymphedema therapists" as a service', () => {
    expect(handWrittenBlockingRules('Ostomy Awareness Day is the first Saturday in October! Join us in the lobby for free supply samples and coffee with our ostomy nurses.')).toEqual([]);
    expect(
      handWrittenBlockingRules('It\'s understandable to have questions. Our lymphedema therapists offer education visits for anyone who wants to learn about prevention: (555) 300-1000.', reply('My oncologist said I\'m high risk for lymphedema.')),
    ).toEqual([]);
  });

  it('reads multilayer bandaging in Spanish as care beside a name', () => {
    expect(blockingRules('Gracias, Sra. Patricia Olmedo, por regalarle a la clínica la colcha que tejió durante sus semanas de vendaje multicapa.')).toContain('phi.procedure.person-linked');
  });
});
