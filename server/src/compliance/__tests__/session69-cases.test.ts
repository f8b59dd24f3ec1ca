import { blockingRules, checkPost, handWrittenBlockingRules, reply } from './check-post';

const findingsOf = (text: string) => checkPost(text).findings.map((f) => `${f.rule}:${f.text}`);
const nameFindings = (text: string) => findingsOf(text).filter((f) => f.startsWith('phi.name'));

describe('session 69 (probe1042, 1043, 1045, 1046, 1048, 1049, 1051, 1052): places named like people, screenings, confirmations in Spanish', () => {
  it('reads a Spanish landform after an article as a region, not a person', () => {
    expect(nameFindings('Temporada de calor en el Valle. Si trabaja en el campo, tome agua cada 15 minutos y aprenda las señales del golpe de calor.')).toEqual([]);
    expect(nameFindings('En el Valle de San Joaquín, cerca de 1 de cada 8 adultos vive con diabetes.')).toEqual([]);
  });

  it('still reads a name with "del Valle" as a person', () => {
    expect(blockingRules('María del Valle tiene diabetes y vive sola.')).toContain('phi.name.given-name');
  });

  it('reads a name before "Building", and "the Howard Street bridge", as places', () => {
    expect(nameFindings('Free flu shots and BP checks in Compton Union Building Room 220.')).toEqual([]);
    expect(nameFindings('Our first-aid tents are at the Howard Street bridge. Watch for heat exhaustion.')).toEqual([]);
  });

  it('still reads a street a patient lives on with the name rules', () => {
    expect(blockingRules('Our home health nurses made 2,100 visits last quarter. One was an 84-year-old retired librarian on Birch Lane with a leg ulcer.')).not.toEqual([]);
  });

  it('reads a park named in Spanish as a place', () => {
    expect(nameFindings('Este sábado estaremos en el festival del Parque Bushnell en Hartford con vacunas contra la influenza y cernimientos de glucosa.')).toEqual([]);
  });

  it('blocks a Medi-Cal number given in Spanish', () => {
    expect(blockingRules('Sr. Anselmo Ruiz Bautista: su número de Medi-Cal 91827364A aparece vencido en nuestro sistema.')).toContain('phi.id.record-number');
  });

  it('blocks a neighbourhood said back after "el barrio de"', () => {
    expect(
      blockingRules(
        'Gracias por avisarnos. Podemos llevarle sus medicinas a su abuela en La Loma; llame al (555) 300-1000 para inscribirla.',
        reply('Mi abuela vive sola en el barrio de La Loma en Modesto, tiene 93 y ya no puede ir a la farmacia'),
      ),
    ).toContain('phi.location.spanish-area-said-back');
  });

  it('blocks a surprise 90th for someone on our unit', () => {
    expect(blockingRules('Our Cardiology nurses threw a surprise 90th for the sweetest gentleman on our telemetry unit, with balloons and cake.')).toContain('phi.age.over-89');
  });

  it('passes a screening colonoscopy asked about and said back as a service', () => {
    expect(
      handWrittenBlockingRules(
        'Wait times for screening colonoscopy are currently about 3–4 weeks. Call (555) 300-1000 and our schedulers will find a time that works for you.',
        reply('How far ahead do I need to book a screening colonoscopy? Trying to plan around work'),
      ),
    ).toEqual([]);
  });

  it('still blocks "your screening colonoscopy"', () => {
    expect(blockingRules('Good luck with your screening colonoscopy next week!', reply('My screening colonoscopy is next week, nervous'))).toContain('phi.procedure.person-linked');
  });

  it('passes a desk of ours that ends in "Management"', () => {
    expect(
      handWrittenBlockingRules(
        'Procedure reports can be downloaded from the patient portal, or you can request copies from Health Information Management at (555) 300-1000.',
        reply('can I get a copy of my colonoscopy report?'),
      ),
    ).toEqual([]);
  });

  it('blocks a named person’s blood pressure before and after, in Spanish', () => {
    expect(blockingRules('Felicidades a Xiomara Batista, de Frog Hollow, por completar nuestro programa de control de presión: ¡de 168/102 a 128/80 en seis meses!')).toContain(
      'phi.name.given-name',
    );
  });

  it('blocks a captain whose knees our surgeon replaced', () => {
    expect(blockingRules('Look who’s back on the water! Captain Roy Ingram, 67, is fishing again just 8 weeks after Dr. Marsh replaced both of his knees.')).toContain('phi.name.given-name');
  });

  it('blocks a peak flow said back', () => {
    expect(
      blockingRules('A drop from 300 to 180 is worth a call to our nurse line right away: (555) 300-1200. If he’s struggling to breathe, call 911.', reply('My son’s peak flow was 180 this morning, usually 300. is that bad?')),
    ).toContain('phi.lab.restated-reading');
  });

  it('passes the month one of our labs opened, and "visit our booth" on an event day', () => {
    expect(
      handWrittenBlockingRules(
        'Thank you! Dr. Marsh’s team has completed more than 300 heart catheterizations since the lab opened in March.',
        reply('Congrats on the new cath lab! How many procedures have you done so far?'),
      ),
    ).not.toContain('phi.date.care-month');
    expect(handWrittenBlockingRules('Pride Festival! Visit our booth at the harbor on June 21 for free HIV and STI testing info, condoms and water.')).toEqual([]);
  });

  it('passes a 3D mammogram anyone can book, and a procedure that usually goes one way, in Spanish', () => {
    expect(
      handWrittenBlockingRules(
        'Absolutely — anyone can book a 3D mammogram with us. Call (555) 300-1000 and our schedulers will help transfer your prior images.',
        reply('I had a mammogram at another hospital and they said I have dense breasts. Can I get a 3D one with you?'),
      ),
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Es normal tener dudas. Sí, la cirugía de implante coclear suele hacerse con anestesia general, y el equipo explica cada paso a las familias.',
        reply('¿Es verdad que el implante coclear se hace con anestesia general? Me da miedo por mi hijo'),
      ),
    ).toEqual([]);
  });

  it('passes "our team can help you learn which" after the answer', () => {
    expect(
      handWrittenBlockingRules(
        'Cochlear implant or hearing aid — what’s the difference? Hearing aids make sounds louder. Cochlear implants send signals to the hearing nerve. Our team can help you learn which options may fit you.',
      ),
    ).toEqual([]);
  });

  it('blocks Spanish replies that praise their work in their sessions or hold a slot for them on a day', () => {
    expect(
      blockingRules('¡Qué alegría leerte! Owen Pritchard y todo el equipo están muy orgullosos de lo mucho que trabajaste en tus sesiones.', reply('Gracias al equipo de equilibrio, ya puedo caminar sin miedo a caerme')),
    ).toContain('confirmation.spanish-we-did-your-care');
    expect(blockingRules('¡No te preocupes! Owen Pritchard ya tiene un espacio para ti el jueves, ¿te funciona?', reply('Perdón, no pude llegar hoy a la terapia de equilibrio'))).toContain(
      'confirmation.spanish-we-did-your-care',
    );
  });
});

describe('session 69 (probe1054, 1055, 1060, 1061, 1066, 1067, 1069, 1072, 1073, 1075, 1076, 1078, 1079, 1082): more places, Spanish workers and players, confirmations', () => {
  it('reads a country of two words as a place', () => {
    expect(nameFindings('Si viaja a El Salvador o Guatemala, pregunte por la prevención del dengue antes del viaje.')).toEqual([]);
  });

  it('reads a town beside one ending in -ville, and a site of two words, as towns', () => {
    expect(nameFindings('Frostbite can set in within 30 minutes below 0°F. Cover your ears and fingers. Stay warm, Zanesville and Marietta!')).toEqual([]);
    expect(nameFindings('Snow day update: our Boone and Blowing Rock clinics open at 10am today. Urgent Care is on regular hours.')).toEqual([]);
  });

  it('passes where a group of interns comes from', () => {
    expect(
      handWrittenBlockingRules('Our residency welcomed 8 new interns this July, from Pittsburgh, Philadelphia, Puerto Rico and Nigeria. Dr. Marsh: “They chose us because they want to practice where they’re needed.”'),
    ).toEqual([]);
  });

  it('reads a job title after a colleague’s name as no name', () => {
    expect(handWrittenBlockingRules('Meet Dr. Helena Marsh, Dermatologist. Her favorite tip for patients is ABCDE: check moles for Asymmetry, Border, Color, Diameter and Evolving.')).toEqual([]);
  });

  it('reads the town after a named venue as a town, in Spanish', () => {
    expect(nameFindings('Feria de salud gratis este domingo en el sótano de la Iglesia San Juan Bautista, Lorain: presión, glucosa y vacunas.')).toEqual([]);
    expect(nameFindings('Taller gratuito en el Salón 2 de la Biblioteca César Chávez de Salinas, con la Dra. Marsh.')).toEqual([]);
  });

  it('blocks a Spanish worker told by trade, age and town beside their surgery', () => {
    expect(blockingRules('Nuestro equipo de Ortopedia celebra a un soldador de 52 años de Channelview que volvió a trabajar seis semanas después de su reconstrucción de tendón de Aquiles.')).toContain(
      'phi.age.spanish-described',
    );
  });

  it('blocks a player’s number beside their care, in Spanish', () => {
    expect(blockingRules('El delantero #9 del equipo juvenil Águilas ya volvió a la cancha, apenas 4 meses después de su reconstrucción de ligamento con la Dra. Marsh.')).toContain('phi.id.jersey');
    expect(blockingRules('Orgullosos de la Dra. Marsh, quien la semana pasada reparó el codo del lanzador número 27 de la Liga Juvenil de Holyoke.')).toContain('phi.id.jersey');
  });

  it('blocks a named person admitted last night, in Spanish', () => {
    expect(blockingRules('Se busca a la familia de Anselmo Flores, 67 años, ingresado anoche en la Unidad 3B. Por favor llame al (555) 300-1000.')).toContain('phi.name.given-name');
  });

  it('blocks a name beside a first visit, and a red cell exchange', () => {
    expect(blockingRules('Throwback to this little guy’s first visit with Dr. Marsh — and now Elias is 18 and heading to college!')).toContain('phi.name.given-name');
    expect(blockingRules('Congrats to Jamal Ortiz-Bennett, 22, who just finished his 100th red cell exchange with us!')).toContain('phi.procedure.person-linked');
  });

  it('blocks Spanish hooks and “Part 2 Friday”', () => {
    expect(blockingRules('El té de canela que está ayudando a cientos de vecinos a controlar el azúcar. Nuestra dietista tiene algo que decir al respecto…')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('Our dermatologist scrolled through 100 photos from tubing season. What he kept spotting made him put down his coffee. Part 2 Friday.')).toContain('clickbait.story-coming');
  });

  it('blocks Spanish replies that tell of care we gave or will give them', () => {
    const cases: Array<[string, string]> = [
      ['Se las haremos llegar a la Dra. Marsh; sabemos que ella también disfrutó mucho acompañarla durante su embarazo.', 'La doctora Marsh es un ángel'],
      ['Le pasamos el mensaje a la Dra. Marsh; siempre le da gusto ver a sus niños en consulta.', 'La Dra. Marsh es la mejor pediatra, mis hijos la adoran'],
      ['¡Gracias! Nos alegra que Owen Pritchard y el equipo lo hayan atendido rápido anoche.', 'Súper rápida la atención en urgencias anoche, gracias!'],
      ['¡Con mucho gusto, Anabel! Nos vemos el martes para la curación.', 'Muchas gracias por ayudarme con mi pierna — Anabel'],
      ['¡No te preocupes! Ya le avisamos a Owen Pritchard y pasamos tu sesión de hoy para el jueves.', 'Perdón, no voy a poder llegar a la fisioterapia hoy'],
      ['¡Gracias! Usted es parte de la familia. ¡Por 20 años más cuidándole!', 'La mejor clínica del pueblo, llevo 20 años yendo'],
      ['Lamentamos la espera. Owen Pritchard tiene su referido de terapia y le llamará esta semana.', 'Llevo 2 semanas esperando que me llamen'],
    ];
    for (const [text, context] of cases) expect(blockingRules(text, reply(context))).toContain('confirmation.spanish-we-did-your-care');
    expect(blockingRules('¡Qué hermoso mensaje! La Dra. Marsh dice que siempre es un gusto verla en sus chequeos.', reply('Quiero darle las gracias a la Dra. Marsh, me salvó la vida'))).toContain(
      'confirmation.spanish-your-care',
    );
  });

  it('blocks English replies that a colleague always knew they would do it, or the progress made with us', () => {
    expect(blockingRules('This made our whole team’s day. Owen Pritchard says they always knew you’d do it.', reply('Three years ago your team helped me through the worst year of my life. Today I’m 3 years sober.'))).toContain(
      'confirmation.staff-knows-you',
    );
    expect(blockingRules('He’ll keep the same therapist so they can keep building on the progress he’s made with us.', reply('Will the same therapist see my son next month?'))).toContain(
      'confirmation.cared-for-them',
    );
  });

  it('blocks a reply saying a wound clears up without a clinic visit', () => {
    expect(
      blockingRules('Honestly, a lot of our patients find that a good dressing and staying off their feet clears things up without a clinic visit.', reply('I’ve had a non-healing wound on my foot for 6 weeks. Do you hire?')),
    ).toContain('advice.not-worth-a-visit');
  });

  it('passes a referral to have handy, a myth about a remedy, and a recovery group of ours', () => {
    expect(
      handWrittenBlockingRules('Dr. Marsh is accepting new patients. Please call (555) 300-1000 and have your referral handy.', reply('Does Dr. Marsh take new patients? I was just diagnosed with Hashimoto’s and my PCP referred me.')),
    ).toEqual([]);
    expect(blockingRules('Of course! Dr. Marsh’s team can transfer your care to a provider closer to you.', reply('Can I switch from Dr. Marsh to someone closer? nothing against her'))).toContain(
      'confirmation.your-care-record',
    );
    expect(
      handWrittenBlockingRules('No hay evidencia de que el Vaporub en los pies quite la tos.', reply('¿Es cierto que el Vaporub en los pies quita la tos? Mi suegra dice que sí')),
    ).not.toContain('phi.diagnosis.restated-spanish');
    expect(
      handWrittenBlockingRules('He is! Owen Pritchard co-leads our Stroke Recovery Group every Tuesday at 10am in the Rehab Gym.', reply('Is Owen still doing the stroke recovery group? My husband loved it')),
    ).toEqual([]);
  });

  it('passes rooms that are news or host a talk on its day', () => {
    expect(handWrittenBlockingRules('Our Burn Center’s Operating Room 2 just got a full upgrade: new lighting and a warming system.')).not.toContain('phi.location.room');
    expect(handWrittenBlockingRules('Dr. Marsh will present our screening results at the State Pediatrics Conference on April 12 in Room 204B.')).toEqual([]);
  });

  it('passes a patient advisory council and "West Franklin Street"', () => {
    expect(handWrittenBlockingRules('We welcome the new patient advisory council for our Sickle Cell & Blood Disorders Center.')).toEqual([]);
    expect(nameFindings('Heading to the Fall Festival on West Franklin Street this week? Our Urgent Care team will run a first-aid tent.')).toEqual([]);
  });
});

describe('session 69 (probe1084, 1085, 1087, 1088): a goalkeeper, towns after a plant or an event date, a talk, our programs named by a complaint', () => {
  it('blocks a Spanish goalkeeper told by age and team beside his surgery', () => {
    expect(blockingRules('Hoy la Dra. Marsh reconstruyó el tendón de un portero de 19 años del equipo juvenil de Siler City, lesionado en la final del domingo.')).toContain('phi.age.spanish-described');
  });

  it('reads a town after a Spanish plant, or after an event’s date, as a town', () => {
    expect(nameFindings('Clínica de vacunas el martes 4 de noviembre en la cafetería de la planta avícola de Sanford. Gripe, COVID y Tdap sin costo.')).toEqual([]);
    expect(nameFindings('La Dra. Marsh dio una charla sobre diabetes y asistieron 120 personas. La próxima será el 8 de noviembre en Sanford.')).toEqual([]);
  });

  it('still reads "en" before a person, without an event date, as a person', () => {
    expect(blockingRules('Pensamos mucho en Sanford y su familia tras su cirugía.')).toContain('phi.name.given-name');
  });

  it('passes a talk that says what it will cover', () => {
    expect(
      handWrittenBlockingRules('Free blood clot awareness talk Thursday, March 13, 6pm, with Dr. Marsh. Learn who’s at risk, which symptoms to watch for and how clots are prevented. Register: (555) 300-1000.'),
    ).toEqual([]);
  });

  it('passes a program of ours named by the complaint, and a procedure said in general in Spanish', () => {
    expect(
      handWrittenBlockingRules('Yes, our Leg Wound Program offers home visits for people who have trouble getting to the clinic.', reply('My dad (89) has a leg wound that won’t heal, can he get a home visit?')),
    ).toEqual([]);
    expect(
      handWrittenBlockingRules('En general, la ablación endovenosa dura entre 45 y 60 minutos y es ambulatoria. Agenda una evaluación al (555) 300-1200.', reply('¿Cuánto dura una ablación con láser? Estoy investigando opciones')),
    ).toEqual([]);
  });
});

