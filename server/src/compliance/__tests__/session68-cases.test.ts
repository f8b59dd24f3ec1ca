import { blockingRules, checkPost, handWrittenBlockingRules, reply } from './check-post';

const findingsOf = (text: string) => checkPost(text).findings.map((f) => `${f.rule}:${f.text}`);
const nameFindings = (text: string) => findingsOf(text).filter((f) => f.startsWith('phi.name'));

describe('session 68 (probe1012, 1013, 1015, 1016): towns named like people in Spanish, a role that starts on a day, a credentialed colleague', () => {
  it('reads a town after Spanish "pacientes de" or "en" as a town, not a person', () => {
    expect(nameFindings('Aprendió español con sus pacientes de Lawrence y le encanta el mangú.')).toEqual([]);
    expect(nameFindings('Feria de salud en Lawrence este sábado.')).toEqual([]);
  });

  it('still reads a person thought of in Spanish as a person', () => {
    expect(blockingRules('Pensamos en Tyler y su familia tras su cirugía.')).toContain('phi.name.given-name');
  });

  it('reads the last of a list of cities as a city', () => {
    expect(handWrittenBlockingRules('Patients in Dodge City, Garden City and Hays will be able to see our cardiology team by video.')).toEqual([]);
  });

  it('passes the day one of our doctors takes up a role', () => {
    expect(blockingRules('Dr. Aisha Bello has delivered babies since 2009 and will chair our maternal health quality committee starting March 1.')).not.toContain('phi.date.care');
  });

  it('reads a "Complex" as a building, not a person', () => {
    expect(nameFindings('Classes meet at the Hughes Metropolitan Complex.')).toEqual([]);
  });

  it('passes a colleague’s old school in a post that introduces them with their credential', () => {
    expect(
      handWrittenBlockingRules('Meet Jordan Ellis, LCSW. Before joining us, Jordan spent eight years as a school social worker at Springfield High and now leads our teen program.'),
    ).toEqual([]);
  });

  it('blocks minors named with their ages in a therapy group', () => {
    expect(blockingRules('Our art therapy group painted this mural for the hallway 🎨 Signed by the artists: Mia (14), Jayden (16) and Leo (15).')).toContain('phi.name.given-name');
  });

  it('blocks a name beside a child’s checkup at an age, in Spanish', () => {
    expect(blockingRules('¡Gracias por esta foto, Rosanna! 💕 Aquí con sus gemelitos en su chequeo de los 6 meses con la Dra. Marsh.')).toContain('phi.name.addressed');
    expect(blockingRules('¡Feliz cumpleaños, Alaia! 🎉 Para su chequeo de los 2 años, llamen a Pediatría.', reply('Mi princesa Alaia cumple 2 años y le toca su chequeo 🎈'))).toContain(
      'phi.name.addressed',
    );
  });
});

describe('session 68 (probe1012, 1015, 1016): replies', () => {
  it('blocks a Spanish reply that says our therapist awaits them for their last checkup, or will see them on Monday', () => {
    expect(blockingRules('¡Gracias a usted! Owen dice que lo espera para el chequeo final. 💪', reply('La mejor fisioterapia del mundo, gracias Owen 🙌'))).toContain('confirmation.spanish-staff-knows-you');
    expect(blockingRules('¡Es normal sentir nervios! Owen Pritchard te va a recibir el lunes a las 11.', reply('Estoy muy nerviosa por mi primera sesión de terapia el lunes 😬'))).toContain(
      'confirmation.spanish-staff-knows-you',
    );
  });

  it('blocks a familiar face from our rehab gym', () => {
    expect(blockingRules('Thank you! Great seeing a familiar face from the rehab gym out there 😉', reply('Saw the Heart Walk pics — the tent was the best!'))).toContain('confirmation.welcome-back');
  });

  it('blocks "most people in your situation" in Spanish, even with a phone number to call', () => {
    expect(
      blockingRules('La mayoría de la gente en su situación mejora con respiraciones profundas y dejando el café. Llame al (555) 300-1200.', reply('Tengo ataques de pánico en el trabajo, ¿qué hago?')),
    ).toContain('advice.spanish-peers-course');
  });

  it('passes the signs of a condition the commenter asked about, and "for chest pain, call 911"', () => {
    expect(handWrittenBlockingRules('Please call 911 now. Stroke signs include face drooping, arm weakness and slurred speech.', reply('what are the signs of a stroke? asking for my mom, she’s acting weird'))).toEqual([]);
    expect(handWrittenBlockingRules('For chest pain, call 911 — paramedics can start treatment on the way.', reply('Do you have an ER or do I go somewhere else for chest pain?'))).toEqual([]);
  });

  it('still blocks chest pain said back as theirs', () => {
    expect(blockingRules('Sorry your chest pain is back, please call 911.', reply('My chest pain is back tonight'))).not.toEqual([]);
  });

  it('passes a medicine our doctors prescribe, asked about in Spanish', () => {
    expect(blockingRules('Sí, la Dra. Marsh y el equipo de Medicina Familiar recetan buprenorfina. Llame al (555) 300-1000.', reply('¿La Dra. Marsh receta buprenorfina? Me da pena preguntar'))).toEqual([]);
  });

  it('passes what Medicare covers', () => {
    expect(blockingRules('Yes, Medicare Part B covers a yearly flu shot at no cost to you. Walk in at any of our clinics.', reply('are flu shots covered by Medicare?'))).toEqual([]);
  });
});

describe('session 68 (probe1018, 1019, 1021): bodies and clinics named for a town, comparisons by month, a wound said back with a name', () => {
  it('reads a town in the name of a body or of our new clinic as a town', () => {
    expect(nameFindings('We are proud to partner with the Food Bank of Lincoln on Food Is Medicine.')).toEqual([]);
    expect(handWrittenBlockingRules('Our new Lincoln family medicine clinic opens Oct. 14! Free flu shots while supplies last.')).toEqual([]);
  });

  it('reads a fire department spoken to as a body', () => {
    expect(handWrittenBlockingRules('Thank you, Ankeny Fire Department, for training our staff on Stop the Bleed! Next free class: Thursday, April 10, Conference Room 2.')).toEqual([]);
  });

  it('passes months compared in a question about everyone', () => {
    expect(handWrittenBlockingRules('Why do Iowans get more sunburns in May than in July? 🌞 We skip sunscreen on cloudy days.')).toEqual([]);
  });

  it('blocks a Spanish reply that says our doctor will be glad to hear from them', () => {
    expect(blockingRules('¡Sí! La Dra. Marsh sigue con nosotros; seguro se va a alegrar de saber de usted.', reply('¿La doctora Marsh todavía trabaja ahí? Ella me atendió los dos partos'))).toContain(
      'confirmation.spanish-staff-knows-you',
    );
  });

  it('blocks a husband’s name said back when the comment told of his foot wound', () => {
    expect(
      blockingRules('We’re sorry to hear Frank is struggling. Please have him call our nurse line at (555) 300-1200.', reply('My husband Frank’s foot wound isn’t healing and he’s too stubborn to call. Help?')),
    ).toContain('phi.name.relative-said-back');
  });

  it('passes a "normal" lab value asked about in quotes, and what to bring to a class', () => {
    expect(handWrittenBlockingRules('For most adults without diabetes, an A1C below 5.7% is considered normal.', reply('ok but what’s a ‘normal’ A1C anyway? asking for me'))).toEqual([]);
    expect(handWrittenBlockingRules('Bring your meter or CGM app, a list of your current medicines and any questions you have!', reply('What should I bring to my first diabetes class?'))).toEqual([]);
  });
});

describe('session 68 (probe1024, 1025, 1027, 1028): a storm, a town’s families, a share of a group, a large city said back', () => {
  it('reads a hurricane’s name as no one’s', () => {
    expect(handWrittenBlockingRules('Huracán María, 7 años después. Si todavía sientes ansiedad cuando llueve fuerte, no estás solo. Grupos de apoyo los jueves.')).toEqual([]);
  });

  it('reads a town’s families thanked, and our town’s teams, as a town', () => {
    expect(nameFindings('Thank you, Lincoln families, for returning your consent forms!')).toEqual([]);
    expect(nameFindings('Our Rochester teams gave 14,382 flu shots this season!')).toEqual([]);
  });

  it('passes a share of a group that came to our urgent care for a symptom, but not one of many described', () => {
    expect(handWrittenBlockingRules('Last year, 38% of adults who came to our Urgent Care for tooth pain had no regular dentist.')).toEqual([]);
    expect(blockingRules('Of the 140 people screened, one — a 34-year-old lifeguard at the Shelbyville pool — had a melanoma caught early.')).not.toEqual([]);
  });

  it('passes a large city the commenter moved to, said back, but not their neighbourhood', () => {
    expect(handWrittenBlockingRules('Welcome to Rochester! Our Pediatrics team is accepting new patients.', reply('Any openings in pediatrics? We just moved to Rochester'))).toEqual([]);
    expect(blockingRules('Our team sees teens from Elm Park every week.', reply('We’re in Elm Park, does anyone see teens?'))).toContain('phi.location.restated-home');
  });

  it('blocks a regular who just turned 92', () => {
    expect(blockingRules('Shout-out to our Tuesday chair-yoga regular who just turned 92 and out-stretched everyone!')).toContain('phi.age.over-89');
  });

  it('blocks a named patient "paciente nuestro" for years', () => {
    expect(blockingRules('Gracias a la familia de Don Eusebio, paciente nuestro por 30 años, por donar sillas de ruedas en su memoria.')).toContain('phi.name.title');
  });

  it('blocks replies that say how they are doing is asked after, that our care meant much to them, or relay our NP’s word', () => {
    expect(blockingRules('Se lo vamos a dejar saber a la Dra. Marsh; ella siempre pregunta cómo sigues.', reply('La Dra. Marsh es lo máximo, me salvó la vida'))).toContain('confirmation.spanish-staff-knows-you');
    expect(blockingRules('Owen y todo el equipo de Urgencias se alegran de que ya estés mejor.', reply('Gracias a las enfermeras por tratarme tan bien anoche'))).toContain('confirmation.spanish-staff-knows-you');
    expect(blockingRules('We’ll make sure Dr. Marsh hears how much her care has meant to you.', reply('Dr. Marsh is the best, she got my thyroid under control'))).toContain('confirmation.staff-knows-you');
    expect(blockingRules('We’ll let him know! Owen Pritchard says keep that visor down next time 😉', reply('Owen at urgent care fixed me up after a puck to the face'))).toContain('confirmation.staff-knows-you');
  });

  it('blocks a Spanish reply that their dentures have arrived', () => {
    expect(blockingRules('¡Hola! Sí, sus dentaduras ya llegaron del laboratorio.', reply('¿Ya están listas mis dentaduras?'))).toContain('confirmation.spanish-your-care');
  });

  it('passes a condition among many that our dermatologists treat, in Spanish', () => {
    expect(blockingRules('¡Sí! La Dra. Marsh y el equipo de Dermatología tratan muchas condiciones de la piel, incluido el vitiligo. Llama al (555) 300-1000.', reply('¿La Dra. Marsh trata el vitiligo?'))).toEqual([]);
  });
});

describe('session 68 (probe1030, 1031, 1033, 1034): a last checkup, a session on Thursday, someone still with our team, a member who is 94', () => {
  it('blocks Spanish replies that know their last checkup or their session on Thursday, but not our team’s published results', () => {
    expect(blockingRules('¡Claro! Veo que tu último chequeo con la Dra. Marsh fue hace más de un año.', reply('Ya me toca mi chequeo anual, ¿puedo hacer cita por aquí?'))).toContain('confirmation.spanish-your-care');
    expect(blockingRules('¡Ya casi! Owen va a revisar tu progreso en tu sesión del jueves.', reply('¿Ya me pueden dar de alta del programa de fisioterapia?'))).toContain('confirmation.spanish-your-care');
    expect(handWrittenBlockingRules('Nuestro equipo de Cardiología publica sus resultados de calidad en nuestra página web.', reply('¿Qué tan buenos son sus doctores para el corazón?'))).toEqual([]);
  });

  it('blocks replies that say our doctor speaks of their twins, or confirm someone is still with our team', () => {
    expect(blockingRules('Aww, we’ll let Dr. Marsh know! She always says the twins are the highlight of her Mondays 😊', reply('Dr. Marsh is the best, my twins adore her'))).toContain('confirmation.staff-knows-you');
    expect(blockingRules('Hi, we can confirm Victor is still with our team. Please call (555) 300-1000.', reply('Is my husband still in the ER? Name is Victor Reyes'))).toContain('confirmation.here-with-us');
  });

  it('blocks a group’s oldest member who is 94', () => {
    expect(blockingRules('Our aquatic therapy group celebrated a milestone: their oldest member, who is 94, swam a full lap on her own.')).toContain('phi.age.over-89');
  });

  it('reads part of a state as a place', () => {
    expect(nameFindings('We are expanding telehealth across southwest Washington this spring.')).toEqual([]);
  });

  it('passes what anyone who gets sedation needs, and a test asked about in Spanish', () => {
    expect(handWrittenBlockingRules('Yes. Anyone who gets sedation or anesthesia needs a responsible adult to drive them home.', reply('do I need someone to drive me home after a colonoscopy with sedation?'))).toEqual([]);
    expect(handWrittenBlockingRules('¡No te dé pena! La prueba del VIH es gratis y confidencial en todas nuestras clínicas.', reply('¿Ustedes hacen la prueba del VIH? Me da pena preguntar'))).toEqual([]);
  });
});

describe('session 68 (probe1036, 1037, 1039, 1040): a visit seen, a family like theirs, a town’s library, “if there’s any swelling”', () => {
  it('blocks Spanish replies that our doctor was glad to see her at her checkup, or cares for families like theirs', () => {
    expect(blockingRules('¡Qué lindo mensaje! La Dra. Marsh se alegró mucho de verla en su control. 💙', reply('La Dra. Marsh es un ángel'))).toContain('confirmation.spanish-your-care');
    expect(blockingRules('A la Dra. Marsh le encanta cuidar a familias enteras como la suya. 🎂', reply('¡Feliz cumpleaños a la Dra. Marsh! La mejor doctora de mi familia'))).toContain('confirmation.spanish-your-care');
  });

  it('passes a Spanish reply that tells anyone how to book their appointment', () => {
    expect(handWrittenBlockingRules('¡Sí! Medicina Familiar atiende hasta las 7pm. Llame al (555) 300-1000 para separar su cita.', reply('¿Tienen citas en la tarde?'))).toEqual([]);
  });

  it('blocks a reply that says our doctor loves seeing their family every year', () => {
    expect(blockingRules('No retirement plans! Dr. Marsh is still here, and she loves seeing your family every year. 😊', reply('Dr. Marsh has been our family doctor for 15 years. She’s retiring?!'))).toContain('confirmation.staff-knows-you');
  });

  it('blocks a Spanish reply that tells them not to worry about the appointment their doctor wants', () => {
    expect(blockingRules('¡Claro! Con quitar las tortillas en la noche casi siempre basta, no te preocupes por la cita 😉', reply('Mi doctor me quiere mandar con la nutrióloga, ¿con bajarle a las tortillas basta?'))).toContain(
      'advice.spanish-reassurance',
    );
  });

  it('reads a town after a Spanish library or square as a town', () => {
    expect(nameFindings('El jueves estaremos frente a la biblioteca de Elizabeth (1–5pm). Presión y glucosa gratis.')).toEqual([]);
  });

  it('passes emergency signs supposed with “if there’s any”', () => {
    expect(handWrittenBlockingRules('Our nurse line can talk it through: (555) 300-1200. If there’s any trouble breathing or swelling of the face or throat, call 911.', reply('my mom got her shingles shot and now her arm is swollen, is that normal??'))).toEqual([]);
  });
});
