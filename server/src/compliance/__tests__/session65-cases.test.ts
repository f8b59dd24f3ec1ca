import { findHealthTerms } from '../vocab/health-term-index';
import { wordTokens } from '../text/word-tokens';
import { blockingRules, handWrittenBlockingRules, reply } from './check-post';

describe('session 65 (probe934, 935, 937, 938): relatives in our care, thanks for care, and services we give', () => {
  it('reads "ELA" as a Spanish condition in capitals only', () => {
    const terms = (text: string) => findHealthTerms(wordTokens(text)).map((t) => `${t.kind}:${text.slice(t.start, t.end)}`);
    expect(terms('Mi papá tiene ELA desde hace dos años')).toEqual(['diagnosis:ELA']);
    expect(terms('Ela and her sister ran the 5K')).toEqual([]);
  });

  it('blocks a Spanish reply that says the commenter’s ALS back', () => {
    expect(
      blockingRules('Sí, tenemos cuidados paliativos en casa. Entendemos lo duro que es cuando la ELA avanza; llame al (555) 300-1000.', reply('Mi papá tiene ELA y ya no puede caminar. ¿Tienen cuidados en casa?')),
    ).toContain('phi.diagnosis.restated-spanish');
  });

  it('blocks how a relative the comment asks after is doing, in English and Spanish', () => {
    expect(blockingRules('We understand the worry. Your grandfather is in stable condition; family can call (555) 300-1000.', reply('Is my grandpa ok? They brought him in last night'))).toContain(
      'confirmation.here-with-us',
    );
    expect(blockingRules('Entendemos su preocupación. Su abuelo está estable y en observación.', reply('¿Cómo está mi abuelo? Lo trajeron anoche'))).toContain('confirmation.spanish-cared-for');
  });

  it('passes a reply that tells a parent to make sure the child is comfortable', () => {
    expect(handWrittenBlockingRules('Make sure your son is comfortable and call the nurse line at (555) 300-1000 with any questions.', reply('What should I do after his shots?'))).toEqual([]);
  });

  it('blocks thanks for letting us care for someone, or for a vaccine had with us', () => {
    expect(blockingRules('Thank you for letting us care for her at home these last weeks. 🕊️', reply('Mom passed peacefully at home thanks to your hospice nurses'))).toContain(
      'confirmation.thanks-for-care-with-us',
    );
    expect(blockingRules('Thanks for getting your flu shot with us! Call (555) 300-1000 with any soreness.', reply('My arm is sore from the flu shot'))).toContain('confirmation.thanks-for-care-with-us');
    expect(blockingRules('Gracias por permitirnos acompañarla en casa. Un abrazo a la familia.', reply('Mi mamá se fue en paz en su casa'))).toContain('confirmation.thanks-for-care-with-us');
    expect(blockingRules('¡Gracias por vacunarse con nosotros! Si tiene molestias, llame al (555) 300-1000.', reply('Me vacuné ayer y me duele el brazo'))).toContain('confirmation.thanks-for-care-with-us');
  });

  it('blocks a Spanish reply that speaks of a document in a relative’s record, but not a request for a copy of it', () => {
    expect(blockingRules('Si falta algo del expediente de su papá, nuestra trabajadora social le ayuda.', reply('Gracias por ayudarnos con los papeles'))).toContain('confirmation.spanish-your-care');
    expect(
      handWrittenBlockingRules('Para solicitar una copia del expediente de su papá, llame al (555) 300-1000.', reply('¿Cómo pido los papeles de mi papá?')),
    ).toEqual([]);
  });

  it('blocks a home visit told by the street the house is on, in Spanish', () => {
    expect(blockingRules('Ruta del sur: hoy la segunda visita es en la casa verde de la calle Robles 18 (paciente con oxígeno).')).toContain('phi.address.spanish-street');
  });

  it('blocks an answer kept for a later post', () => {
    expect(blockingRules("Our pharmacists' favourite trick for remembering a daily pill costs nothing. It's not an app. Find out in Monday's video.")).toContain(
      'clickbait.find-out-in-next-post',
    );
  });

  it('passes a Spanish reply that a condition is not caused by vaccines, to a worried parent', () => {
    expect(
      handWrittenBlockingRules(
        'Muchos estudios muestran que las vacunas no causan autismo. Si quiere hablarlo, llame al (555) 300-1000.',
        reply('¿Es verdad que las vacunas causan autismo? Me da miedo vacunar a mi hija'),
      ),
    ).toEqual([]);
  });

  it('passes Spanish thanks passed on to one of our doctors', () => {
    expect(blockingRules('¡Gracias! Le haremos llegar sus felicitaciones a la Dra. Marsh. 🎉', reply('¡Felicidades a la Dra. Helena Marsh por su premio!'))).toEqual([]);
  });

  it('passes what our teams treat or give, and a program someone works with', () => {
    expect(blockingRules('Yes, both our clinic and Urgent Care treat animal bites. For deep wounds, go to the ER.', reply('Do you treat dog bites? My son got bit on the arm'))).toEqual([]);
    expect(blockingRules('Nuestros médicos evalúan y tratan el TDAH. Para una cita, llame al (555) 300-1000.', reply('¿Ustedes ven niños con TDAH?'))).toEqual([]);
    expect(
      blockingRules('Dr. Helena Marsh works closely with our palliative care team. To ask about a referral, call (555) 300-1000.', reply('Does Dr. Marsh work with palliative care? My dad may need it')),
    ).toEqual([]);
  });

  it('passes a question about whether a medicine needs a prescription', () => {
    expect(blockingRules('No, la naloxona se vende sin receta en nuestras farmacias y te enseñamos a usarla.', reply('¿Necesito receta para la naloxona?'))).toEqual([]);
  });

  it('passes an emergency reply that tells the commenter not to let a relative wait it out', () => {
    expect(handWrittenBlockingRules("Call 911 now and don't let her wait it out.", reply('my mom has chest pain and wants to wait until morning'))).toEqual([]);
  });

  it('passes questions asked about urgent care, a month when many are seen, a fever in any baby and a named mannequin', () => {
    expect(handWrittenBlockingRules('Join Owen Pritchard, RN, on our Live Thursday at 7pm, answering your urgent care questions.', reply('Owen is the best nurse ever!'))).toEqual([]);
    expect(handWrittenBlockingRules('Most ankle sprains we see in February come from icy steps. Salt them and wear good boots.')).toEqual([]);
    expect(
      handWrittenBlockingRules('Come to the ER for a fever in a baby under 3 months. For anything else, call (555) 300-1000.', reply('When should I bring my kid in for a fever?')),
    ).toEqual([]);
    expect(handWrittenBlockingRules("Drill day 🚑 Our nurses ran a mock code on our training mannequin, 'Gus.'")).toEqual([]);
  });
});

describe('session 65 (probe940, 941, 943, 944): possessive names, chairs, notes ready, and what a clinic offers', () => {
  it('blocks a given name that is also a word, owning the procedure after it', () => {
    expect(blockingRules("Maya's port came out this morning! We'll miss her laugh in the infusion suite.")).toContain('phi.name.given-name');
  });

  it('blocks the chair a reply places the commenter in', () => {
    expect(blockingRules("Not the same without you in chair 4 doing the crossword for everyone!", reply('Who remembers the crossword table in the infusion suite?'))).toContain('phi.location.room');
  });

  it('blocks thanks for taking part in our research, and a Spanish note that is ready', () => {
    expect(blockingRules('Thank you for taking part in our study! People like you move care forward.', reply('I was in one of your trials and loved the nurses'))).toContain('confirmation.in-our-study');
    expect(blockingRules('¡Sí! Tu constancia para la escuela ya está lista en recepción.', reply('¿Ya está mi constancia?'))).toContain('confirmation.spanish-records-ready');
  });

  it('blocks a little of something allowed to one person, in Spanish', () => {
    expect(blockingRules('¡Le entendemos! Un poquito de pastel no le hará daño 😉', reply('Llevo una semana de la cirugía y quiero pastel'))).toContain('advice.spanish-a-little-wont-hurt');
  });

  it('passes port care tips, a hearing booth, and Spanish clinic hours with their tests', () => {
    expect(handWrittenBlockingRules('Port care 101: keep the dressing clean and dry, and watch for redness or swelling at the site.')).toEqual([]);
    expect(handWrittenBlockingRules('Hearing checks 👂 Our mobile audiometric booth visits worksites by appointment.')).toEqual([]);
    expect(handWrittenBlockingRules('Horario: lunes a viernes de 7am a 4pm. Exámenes DOT, pruebas de drogas y audiometrías. Citas: (555) 300-1000.')).toEqual([]);
  });

  it('passes a Spanish reply about when the commenter books, and our prep guide for a procedure they booked', () => {
    expect(handWrittenBlockingRules('Claro. Avísanos al (555) 300-1000 cuando hagas tu cita y te apartamos un intérprete.', reply('¿Puedo pedir intérprete?'))).toEqual([]);
    expect(blockingRules('Our colonoscopy prep guide is on our website. Questions? Call (555) 300-1000.', reply('Booked my colonoscopy, any tips?'))).toEqual([]);
  });

  it('passes a Spanish unit named inside a sentence, and general questions about a procedure', () => {
    expect(blockingRules('La entrada de Cirugía Ambulatoria está junto al elevador B.', reply('Mañana tengo cirugía ambulatoria, ¿dónde me estaciono?'))).toEqual([]);
    expect(handWrittenBlockingRules('No. A vasectomy does not change testosterone levels. Call (555) 300-1000 to learn more.', reply('Does a vasectomy lower testosterone?'))).toEqual([]);
    expect(
      blockingRules('Depende del trabajo: muchas personas con trabajo de oficina regresan en 1 a 2 semanas. El cirujano indica lo que aplica.', reply('¿Cuántos días de incapacidad dan normalmente por una cirugía de vesícula?')),
    ).toEqual([]);
  });
});

describe('session 65 (probe946, 947, 949, 950): a school said back in Spanish, the team that cared for them, and counts of none', () => {
  it('blocks a Spanish reply that says back a son’s name and his school', () => {
    expect(
      blockingRules('¡Hola! Si Tomás juega de portero en el Instituto Sur, nuestro equipo de deportes tiene horario temprano: (555) 300-1000.', reply('Mi hijo Tomás es portero en el Instituto Sur y le duele la rodilla')),
    ).toContain('phi.location.spanish-school');
  });

  it('blocks the team that cared for them, said in Spanish, and help through a hard time here', () => {
    expect(blockingRules('¡Qué bonito! Compartiremos tu mensaje con el equipo que los atendió. 💙', reply('Ayer estuve en urgencias con mi hijo y todos fueron un amor'))).toContain('confirmation.spanish-saw-you');
    expect(blockingRules('Thank you! Our volunteers will be glad they helped you through a hard time here.', reply('The volunteers sat with me for hours'))).toContain('confirmation.cared-for-you');
  });

  it('blocks a Spanish reply that reads the commenter’s record, but not "según" inside a sentence', () => {
    expect(blockingRules('¡Hola! Según tu historial, te toca la siguiente dosis en marzo.', reply('Me vacunaron aquí el año pasado, ¿me toca otra?'))).toContain('confirmation.spanish-your-care');
    expect(handWrittenBlockingRules('Revise qué vacunas le faltan según su cartilla y llame al (555) 300-1000.', reply('¿Qué vacunas necesito?'))).toEqual([]);
  });

  it('passes a unit that got a makeover, a knitted owl, and a Spanish tip about talking with someone', () => {
    expect(handWrittenBlockingRules('Our Mother-Baby Unit on 4 East got a makeover 🎨 New recliners for partners and a family kitchen!')).toEqual([]);
    expect(handWrittenBlockingRules('Meet Hoot the Owl, the knitted buddy every NICU baby takes home, thanks to our volunteer knitters.')).toEqual([]);
    expect(handWrittenBlockingRules('A muchas personas mayores les ayuda hablar con alguien de confianza. Llame al (555) 300-1000.', reply('Mi abuelo no quiere vacunarse, ¿cómo lo convenzo?'))).toEqual([]);
  });

  it('passes a test we do for anyone, a surgery our doctor performs, a count of none, and a team we congratulate', () => {
    expect(blockingRules('Sí, hacemos la prueba de tuberculosis a cualquier persona que la necesite. Llame al (555) 300-1000.', reply('Mi esposo tiene tuberculosis, ¿me pueden hacer la prueba?'))).toEqual([]);
    expect(blockingRules('¡Sí! La Dra. Helena Marsh realiza cirugía de rodilla. Para una valoración, llame al (555) 300-1000.', reply('¿La Dra. Marsh opera rodillas? Mi papá necesita una'))).toEqual([]);
    expect(blockingRules('Congrats to our Labor & Delivery team on a full year with zero elective deliveries before 39 weeks! 🎉')).toEqual([]);
  });

  it('passes a general Spanish question about which is better', () => {
    expect(blockingRules('Agua y jabón siempre que se pueda. El gel con al menos 60 % de alcohol sirve cuando no hay lavabo.', reply('¿Qué es mejor, el gel o el agua y jabón?'))).toEqual([]);
  });
});

describe('session 65 (probe952, 953, 955, 956): a condition said to be "like you", Spanish accounts and neighbourhoods, and tests asked about', () => {
  it('blocks a reply that names the commenter’s condition as theirs ("like you")', () => {
    expect(
      handWrittenBlockingRules('Of course! Our phlebotomists know how to draw blood safely when someone has hemophilia like you. Call (555) 300-1000.', reply("I have hemophilia and I'm nervous about blood draws")),
    ).toContain('phi.diagnosis.person-linked');
  });

  it('blocks "SOP" said back in Spanish, a Spanish account number and a mother from a named colonia', () => {
    expect(blockingRules('Lamentamos que esté pasando por el diagnóstico de SOP. Nuestra nutrióloga puede ayudarle: (555) 300-1000.', reply('Me diagnosticaron SOP y estoy perdida'))).toContain(
      'phi.diagnosis.person-linked',
    );
    expect(blockingRules('Recordatorio para el Sr. Tomás Ibarra, cuenta 55120-7: su pago vence el día 20.')).toContain('phi.id.record-number');
    expect(blockingRules('Un abrazo para la mamá de Colonia Los Pinos que perdió a su bebé el domingo. 🕊️')).toContain('phi.location.spanish-neighbourhood');
  });

  it('passes a test asked about before having it, in English and Spanish', () => {
    expect(handWrittenBlockingRules('Yes — a CBC by itself does not need fasting. Check the instructions on the lab order for other tests.', reply('can I eat before a CBC?'))).toEqual([]);
    expect(handWrittenBlockingRules('Por lo general, el perfil de lípidos se hace con 9 a 12 horas de ayuno. Dudas: (555) 300-1000.', reply('¿para el perfil de lípidos tengo que ir en ayunas?'))).toEqual([]);
  });

  it('passes a lower-case word that is also a name, a vaccine against a condition the commenter named, and a programme against suicide', () => {
    expect(handWrittenBlockingRules('¿Sabías que…? El tapón lila se usa para la biometría hemática y el azul para la coagulación.')).toEqual([]);
    expect(handWrittenBlockingRules('Muchas personas adultas pueden vacunarse contra el VPH hasta los 45 años. Llame al (555) 300-1000.', reply('¿Me puedo vacunar contra el VPH si tengo 35?'))).toEqual([]);
    expect(handWrittenBlockingRules("Yes — we'll host an open session for schools this spring. Details on our events page.", reply('Will the Zero Suicide training be shared with partners?'))).toEqual([]);
  });

  it('passes a service our Spanish-named department offers', () => {
    expect(blockingRules('Nuestro equipo de Fisioterapia ofrece terapia de piso pélvico. Llame al (555) 300-1000.', reply('¿Hacen terapia de piso pélvico? Tengo incontinencia desde mi parto'))).toEqual([]);
  });
});

describe('session 65 (probe958, 959, 961, 962): likes traded for hugs, a Spanish link in bio, a charge fixed on the account, and "Reunion"', () => {
  it('blocks likes and shares traded for a hug, and a Spanish "how did they do it? link in bio"', () => {
    expect(blockingRules('Like ❤️ for a hug, share 🔁 to send courage to a kid in the hospital tonight.')).toContain('clickbait.engagement-bait');
    expect(blockingRules('Esta familia debía $20,000… y ahora no debe nada. ¿Cómo lo hicieron? Link en la bio 👆')).toContain('clickbait.spanish-teaser');
  });

  it('blocks a charge corrected on the commenter’s account, and being glad to see them back, in Spanish', () => {
    expect(blockingRules('¡Gracias! Ya corregimos el cargo en su cuenta; verá el ajuste en su próximo estado.', reply('¿Por qué me cobraron dos veces la terapia?'))).toContain('confirmation.spanish-looked-up-record');
    expect(blockingRules('¡Qué buena noticia! Todo el equipo está feliz de verte de vuelta en la cancha. ⚽', reply('¡Ya me quitaron el yeso!'))).toContain('confirmation.spanish-welcome-back');
  });

  it('passes a reunion of NICU graduates', () => {
    expect(handWrittenBlockingRules('NICU Grad Reunion 🎈 Calling all NICU graduates and their families! Saturday at 45 Riverside Drive.')).toEqual([]);
  });
});

