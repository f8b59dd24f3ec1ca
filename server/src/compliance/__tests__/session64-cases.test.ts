import { findHealthTerms } from '../vocab/health-term-index';
import { wordTokens } from '../text/word-tokens';
import { blockingRules, handWrittenBlockingRules, reply } from './check-post';

describe('session 64 (probe916, 917, 919, 920): PrEP, and health said of anyone', () => {
  it('reads "PrEP" as a medication, and "prep" as a plain word', () => {
    const terms = (text: string) => findHealthTerms(wordTokens(text)).map((t) => `${t.kind}:${text.slice(t.start, t.end)}`);
    expect(terms('Ask us about PrEP or PEP today')).toEqual(['medication:PrEP', 'medication:PEP']);
    expect(terms('Sunday meal prep ideas and a pep rally')).toEqual([]);
  });

  it('blocks a named client who started PrEP with us', () => {
    expect(blockingRules('Shoutout to Marisol, who started PrEP with us in March and now volunteers at our testing van!')).toContain('phi.medication.person-linked');
  });

  it('blocks a described client who came back to start PrEP', () => {
    expect(
      blockingRules('Our favorite moment this month: a 24-year-old barista who got tested at our pop-up and came back Friday to start PrEP.'),
    ).toContain('phi.medication.person-linked');
  });

  it('passes prescribing guidelines named by the medicine a commenter brought up', () => {
    expect(
      handWrittenBlockingRules(
        'We follow national opioid prescribing guidelines and offer non-opioid options too. Call (555) 300-1000 to learn more.',
        reply('my cousin says your clinic hands out opioids like candy, is that true?'),
      ),
    ).toEqual([]);
  });

  it('passes the transplant waitlist, to a commenter whose mother may need a transplant', () => {
    expect(
      handWrittenBlockingRules(
        'Getting on a kidney transplant waitlist starts with a referral and an evaluation at a transplant center. Our Front Desk at (555) 300-1000 can explain the steps.',
        reply('My mom has kidney failure and her doctor mentioned a transplant. How does she get on the list?'),
      ),
    ).toEqual([]);
  });

  it('passes what a medicine is approved for in adults', () => {
    expect(
      handWrittenBlockingRules('Yes! Botox is FDA-approved for chronic migraine in adults. Dr. Helena Marsh can talk through whether it fits: (555) 300-1000.', reply('My sister says you do Botox for migraines?? real or scam')),
    ).toEqual([]);
  });

  it('passes the care our team provides, to a commenter who has that condition', () => {
    expect(
      handWrittenBlockingRules(
        'Welcome to Lakeside! Our Family Medicine team provides ongoing HIV care, and our social workers can help with insurance. Call (555) 300-1000 to get set up.',
        reply("I'm HIV+ and just moved here. Do you have an HIV doctor?"),
      ),
    ).toEqual([]);
  });

  it('passes PrEP as what our clinicians prescribe, or as a service asked about', () => {
    expect(
      handWrittenBlockingRules('All of our primary care clinicians prescribe PrEP. Dr. Helena Marsh is a great place to start: (555) 300-1000.', reply("Who would I see for PrEP? I'd prefer someone LGBTQ-friendly")),
    ).toEqual([]);
    expect(
      handWrittenBlockingRules('Yes — PrEP visits and follow-ups can be done by video. Call (555) 300-1000 for details.', reply("Does Lakeside offer PrEP through telehealth? Asking for our company's benefits team.")),
    ).toEqual([]);
  });

  it('passes a medicine said to be safe for most people, past the models too', () => {
    expect(
      blockingRules('Buena pregunta. La PrEP es segura para la mayoría de las personas. Si quieres hablarlo con un proveedor, llama al (555) 300-1000.', reply('¿Es verdad que la PrEP daña los riñones? Me da miedo empezar')),
    ).toEqual([]);
  });

  it('passes a few-word hook answered by a quote', () => {
    expect(
      blockingRules(
        "Our Neurology team cared for 2,300 people with migraine last year. The most common thing they told us? 'I thought I just had to live with it.' You don't. Call (555) 300-1000 to request a headache evaluation.",
      ),
    ).toEqual([]);
  });

  it('passes a greeting by the name the commenter gave as "I\'m …"', () => {
    expect(
      blockingRules("Hi Mateo! Absolutely. You can add your chosen name and pronouns on our intake form, and that's what our team will use. 💜", reply("Hi! I'm Mateo. Do you guys use people's chosen names on forms?")),
    ).toEqual([]);
  });

  it('still blocks a reply to a commenter who gave their name with a date of birth', () => {
    expect(
      blockingRules('Hi Rosalind, we found your application under 3/3/1990. It is with the hiring manager now!', reply("Hi, I'm Rosalind Achebe, DOB 3/3/1990, checking on my application status")),
    ).not.toEqual([]);
  });

  it('passes a Spanish sentence that gives a department’s listed phone after a colon', () => {
    expect(blockingRules('Fisioterapia forma parte de Ortopedia: (555) 300-1200, de lunes a viernes de 7 a 6. 📞', reply('¿Cuál es el número de fisioterapia?'))).toEqual([]);
  });

  it('passes a walk’s quoted title named after a condition', () => {
    expect(blockingRules("Únase a nuestra caminata 'Pasos por la Diabetes' el sábado 3 de junio a las 8, saliendo de 22 Harbor Road. 🚶")).toEqual([]);
  });

  it('passes how to get ready for a test, to a commenter asking whether to fast', () => {
    expect(
      blockingRules('No se necesita ayuno para la densitometría ósea. Sí pedimos evitar suplementos de calcio 24 horas antes y usar ropa sin metal.', reply('¿Necesito ayuno para la densitometría?')),
    ).toEqual([]);
    expect(
      blockingRules('You do not need to fast for an A1c test. Bring your insurance card and arrive a few minutes early.', reply('Do I need to fast for my A1c test tomorrow?')),
    ).not.toContain('reply-risk-model.medical-advice');
  });
});

describe('session 64 (probe922, 923, 925, 926): results, follows and days said back or observed', () => {
  it('blocks a Spanish teaser whose long answer comes only to followers', () => {
    expect(blockingRules('¿El té verde previene el cáncer de piel? 🍵 La respuesta corta: depende. La larga solo te la damos si nos sigues 😉')).toContain(
      'clickbait.spanish-withheld-warning',
    );
  });

  it('blocks a Spanish reply glad to see the commenter again', () => {
    expect(blockingRules('¡Sí! La Dra. Helena Marsh sigue con nosotros y le dará gusto atenderle otra vez 😊', reply('La Dra. Marsh me operó hace años, ¿sigue ahí?'))).toContain(
      'confirmation.spanish-welcome-back',
    );
  });

  it('blocks a Pap result said back to the commenter who shared it', () => {
    expect(
      blockingRules('Hola Nayeli, un resultado ASC-US suele necesitar seguimiento. Llame al (555) 300-1000 para que le orienten.', reply('Soy Nayeli y me salió un Papanicolaou anormal (ASC-US) 😟 ¿qué sigue?')),
    ).toContain('phi.lab.person-linked');
  });

  it('blocks scans and a condition said back to a commenter asking "anyone else?"', () => {
    expect(
      handWrittenBlockingRules('Four MRIs in a year is a lot, and lupus is hard enough 💙 Call (555) 300-1000 to talk about your options.', reply('4 MRIs this year thanks to lupus 🙃 anyone else?')),
    ).toContain('phi.diagnosis.person-linked');
  });

  it('blocks dense breasts said back to the commenter by name', () => {
    expect(
      blockingRules('Dense breasts are really common, Kara! Our team can talk through extra screening: (555) 300-1000.', reply('just found out I have dense breasts 😩 now what? — Kara')),
    ).toContain('phi.diagnosis.person-linked');
  });

  it('passes a Spanish "cierra" that opens a sentence', () => {
    expect(
      handWrittenBlockingRules('🌼 Temporada de polen: cierra las ventanas por la tarde. Cierra la puerta al entrar y cámbiate de ropa. ¿Necesitas una prueba de alergia? Llama al (555) 300-1000.'),
    ).toEqual([]);
  });

  it('passes Pap tests as what our team does, to a commenter due for one', () => {
    expect(
      handWrittenBlockingRules('¡Sí! La Dra. Helena Marsh y su equipo hacen pruebas de Papanicolaou todos los días. Puede pedir cita al (555) 300-1000.', reply('¿La Dra. Marsh hace papanicolaou? Ya me toca y me da pena ir 😅')),
    ).toEqual([]);
  });

  it('passes the age a screening is recommended from, past the models too', () => {
    expect(
      blockingRules(
        '¡Gracias por animar a los demás! 💙 La detección de cáncer de colon se recomienda desde los 45 años. Para agendar, llame al (555) 300-1000.',
        reply('Yo me hice la colonoscopia el año pasado con ustedes y me trataron súper bien, ¡háganla todos!'),
      ),
    ).toEqual([]);
  });

  it('passes the name of a day we observe', () => {
    expect(blockingRules('Feliz Día de los Técnicos Radiológicos 🩻 Gracias a nuestro equipo de imágenes por hacer cada mamografía con paciencia y cariño.')).toEqual([]);
  });
});

describe('session 64 (probe928, 929, 931, 932): discharges, sobriety, drug tests and lists', () => {
  it('blocks a Spanish reply that a relative was discharged', () => {
    expect(
      blockingRules('Buenas tardes. Sí, su papá fue dado de alta el lunes; cualquier duda llame a Cardiología al (555) 300-1200.', reply('Soy el hijo del señor de la habitación 210, ¿ya le dieron el alta?')),
    ).toContain('confirmation.spanish-cared-for');
  });

  it('blocks a named person’s first year without alcohol, or their detox programme', () => {
    expect(blockingRules('Felicidades a Tomás Ibarra por su primer año sin alcohol. ¡Estamos muy orgullosos de ti! 🎉')).toContain('phi.name.given-name');
    expect(blockingRules('Felicidades a Tomás Ibarra por completar nuestro programa de desintoxicación. 🎉')).toContain('phi.name.given-name');
  });

  it('blocks a drug test result said back to the commenter', () => {
    expect(
      blockingRules(
        'Lamentamos el mal rato. Para una constancia sobre un resultado positivo en un examen de drogas, llama a la Recepción al (555) 300-1000.',
        reply('Salí positiva en el examen de drogas del trabajo por mis pastillas, ¿me pueden dar una constancia?'),
      ),
    ).toContain('phi.lab.person-linked');
  });

  it('blocks our team remembering how the commenter was on day one', () => {
    expect(
      blockingRules('Congratulations! Owen and the whole team remember how determined you were on day one. Onward to the 10K!', reply('Proud to share I ran my first 5K since my knee replacement last year! Thanks, Lakeside.')),
    ).toContain('confirmation.saw-you');
  });

  it('blocks a Spanish postpartum check booked for a day', () => {
    expect(
      blockingRules('¡Hola Ximena! Sí, tu control posparto quedó para el jueves 14 a las 10:30 con la Dra. Helena Marsh.', reply('Hola, soy Ximena, ¿me pueden confirmar mi cita de control posparto? 😊')),
    ).toContain('confirmation.spanish-your-care-is-on');
  });

  it('passes a numbered list whose item number follows "room"', () => {
    expect(blockingRules('Birth plan basics 📝 1) Who you want in the room 2) Pain relief preferences 3) Feeding plans. Bring it to your 36-week visit!')).toEqual([]);
  });

  it('passes where to get naloxone, to a commenter asking where', () => {
    expect(
      handWrittenBlockingRules(
        'Puedes recoger naloxona gratis y sin receta en la farmacia de 22 Harbor Road. Si alguien no responde, llama al 911 primero.',
        reply('Mi hermano usa pastillas que no son suyas y me da miedo. ¿Dónde consigo naloxona?'),
      ),
    ).toEqual([]);
  });
});
