import { blockingRules, checkPost, handWrittenBlockingRules, reply } from './check-post';

const findingsOf = (text: string) => checkPost(text).findings.map((f) => `${f.rule}:${f.text}`);

describe('session 71, round 1 (probe1120, 1121, 1123, 1124, and two of session 70\'s): "PE", record numbers, care days, services', () => {
  it('reads "PE" in capitals as a pulmonary embolism, said back', () => {
    expect(
      blockingRules('Congratulations, Dana! Getting through a PE and a move in one year is a lot.', reply('Finally settled in town — and I survived a PE in March 😅 — Dana Whitlock')),
    ).toContain('phi.diagnosis.person-linked');
  });

  it('leaves a PE teacher and a PE class alone', () => {
    expect(handWrittenBlockingRules('Thanks to Ms. Ortega, our PE teacher, for leading the walk! PE class was never this fun. 🏃')).toEqual([]);
  });

  it('blocks the commenter\'s medicine said back inside "si tienes dudas sobre…"', () => {
    expect(
      blockingRules(
        'El club de natación está abierto a todos. Si tienes dudas sobre la pregabalina y el ejercicio, coméntalo con tu médico.',
        reply('Tomo pregabalina para el dolor de los nervios, ¿puedo unirme al club de natación?'),
      ),
    ).toContain('phi.medication.person-linked');
  });

  it('reads a number after "N.º", written in groups, as a record number', () => {
    expect(blockingRules('Su credencial del seguro (N.º 604 117 298) está en la recepción.', reply('Perdí mi credencial en la clínica'))).toContain(
      'phi.id.record-number',
    );
  });

  it('passes a short number after "N.º"', () => {
    expect(findingsOf('Consulte el folleto N.º 12 de la biblioteca.').filter((f) => f.startsWith('phi.id'))).toEqual([]);
  });

  it('blocks the day of an IV or blood draw said back', () => {
    expect(
      blockingRules('Happy to help! Glad we could make yesterday a little easier. 💙', reply('Thank you to the nurse who talked me through my IV yesterday, needles scare me')),
    ).toContain('phi.date.restated-care-day');
  });

  it('blocks "your follow-ups" as this person\'s own care', () => {
    expect(blockingRules('So glad! Owen says you have been doing great at your follow-ups.', reply('Loved working with Owen on my knee!'))).toContain(
      'confirmation.your-care-record',
    );
  });

  it('reads workshops and an explainer named by a term as ours, not the commenter\'s', () => {
    expect(
      handWrittenBlockingRules('We\'d love that! Our Pediatrics team runs asthma workshops for schools. Call (555) 300-1000.', reply('As a school nurse I\'d love help with asthma education for our students')),
    ).toEqual([]);
    expect(handWrittenBlockingRules('Great question! Our blog has a BPPV explainer with short videos.', reply('Where can I learn more about BPPV?'))).toEqual([]);
  });

  it('still blocks an education night named by the commenter\'s own diagnosis, with their name', () => {
    expect(
      blockingRules('Hi Ben! Our sleep apnea education night is Thursday at 6pm in the Community Room.', reply("Hi, I'm Ben, just found out I have sleep apnea. Any classes?")),
    ).toContain('phi.diagnosis.person-linked');
  });

  it('reads a red cell exchange in Spanish as care beside a name', () => {
    expect(blockingRules('¡Felicidades a Mariela Soto, que terminó su recambio eritrocitario esta semana! 🎉')).toContain('phi.procedure.person-linked');
  });

  it('blocks "he handled every step like a champ" about the person the comment speaks of', () => {
    expect(
      blockingRules('Cheering for him! He handled every step like a champ. 💪', reply('Thanks to the team that got my son through his treatment, he is doing great!')),
    ).toContain('confirmation.cared-for-them');
  });

  it('reads Eagle Pass and Del Rio as towns in a list', () => {
    expect(findingsOf('Nuestras clínicas móviles recorren Del Rio, Eagle Pass y Uvalde cada semana.').filter((f) => f.startsWith('phi.name'))).toEqual([]);
  });
});

describe('session 71, round 2 (probe1126, 1127, 1129, 1130, and five of session 70\'s): clinicians, groups, figures of ours', () => {
  it('blocks "your screening", "glad it was caught early" and "we\'ll make sure your nurse hears it" in replies', () => {
    expect(blockingRules('Thank you! Knowing your screening gave you peace of mind means a lot.', reply('I did your lung screening program last spring, highly recommend'))).toContain(
      'confirmation.your-care-record',
    );
    expect(blockingRules('We will pass this on to Dr. Marsh. She will be so glad it was caught early!', reply('Dr. Marsh found something my last doctor missed for years'))).toContain(
      'confirmation.cared-for-them',
    );
    expect(blockingRules("Of course! We'll make sure your nurse hears it 💙", reply('please tell my infusion nurse thank you'))).toContain('confirmation.as-your-clinician');
  });

  it('passes a screening our team schedules for anyone', () => {
    expect(handWrittenBlockingRules('Once you accept an offer, Employee Health schedules your pre-employment screening.', reply('How do I get the pre-employment physical?'))).toEqual([]);
  });

  it('blocks a Spanish day of care said back after "la Dra." in the comment', () => {
    expect(blockingRules('¡Perfecto! Le esperamos la próxima semana.', reply('Ya tengo mi cita con la Dra. Marsh la próxima semana 😊'))).toContain('phi.date.restated-care-day');
  });

  it('reads "The oldest? 97." as an age over 89', () => {
    expect(blockingRules('Our mobile clinic saw 2,900 patients this year. The youngest? 2 weeks. The oldest? 96.')).toContain('phi.age.over-89');
  });

  it('blocks a Spanish reply saying the doctor is glad when his patients are happy', () => {
    expect(
      blockingRules('¡Qué gusto! Le pasamos su mensaje a la Dra. Marsh; siempre se alegra cuando sus pacientes quedan contentos.', reply('La Dra. Marsh me operó la rodilla y quedó perfecta')),
    ).toContain('confirmation.spanish-staff-knows-you');
  });

  it('passes a condition said of a group that opens the sentence', () => {
    expect(handWrittenBlockingRules('Great question! Women with lupus often notice joint pain first.', reply('Do women get lupus differently? Asking for my sister'))).toEqual([]);
  });

  it('passes a procedure said to usually be short, but still blocks a condition named as theirs', () => {
    expect(handWrittenBlockingRules('Most batteries last years. Replacement is usually a short outpatient procedure.', reply('how long does a pacemaker battery last?'))).toEqual([]);
    expect(blockingRules('That is probably shingles, it usually clears up.', reply('I have a painful rash on one side of my back'))).toContain('phi.diagnosis.person-linked');
  });

  it('reads "coordina terapia de lenguaje" as a service of ours', () => {
    expect(
      handWrittenBlockingRules('¡Sí! Nuestro equipo de Pediatría coordina terapia de lenguaje para niños pequeños.', reply('Mi hijo tiene 2 años, ¿ustedes tienen terapia de lenguaje?')),
    ).toEqual([]);
  });

  it('passes a month beside a count of our procedures', () => {
    expect(handWrittenBlockingRules('Our cath lab had its busiest month ever in March: 64 ablations and 40 pacemakers. Thank you, team!')).toEqual([]);
  });

  it('still dates care when the month is followed by a span of time', () => {
    expect(blockingRules('Our patient Jim had his ablation in May: 2 weeks later he was hiking.')).toContain('phi.date.care-month');
  });

  it('does not read where one of our clinicians grew up, or a monthly clinic day, as a patient\'s', () => {
    const text = 'Dr. Helena Marsh will see kids with asthma one Friday a month at our new telehealth site. Dr. Marsh grew up in Libby and knows how far an appointment can be.';
    expect(findingsOf(text).filter((f) => f.startsWith('phi.location') || f.startsWith('phi.date'))).toEqual([]);
  });

  it('still reads where a patient grew up as where they come from', () => {
    expect(blockingRules('Our patient grew up in Libby and had his knee replaced here.')).toContain('phi.location.residence');
  });
});

describe('session 71, round 3 (probe1132, 1135, 1136): Spanish confirmations, chemotherapy, programmes of ours', () => {
  it('blocks Spanish replies glad about the son\'s healing, knowing the case, or cancelling the session', () => {
    expect(blockingRules('¡Qué bien! La Dra. Marsh se alegra mucho de que su hija esté mejor.', reply('Mi hija ya está mejor de la pierna, ¡gracias Dra. Marsh!'))).toContain(
      'confirmation.spanish-staff-knows-you',
    );
    expect(blockingRules('Owen trabaja el sábado. Como ya conoce su caso, él puede revisarla.', reply('¿Owen trabaja el sábado? Quiero que me revise otra vez'))).toContain(
      'confirmation.spanish-staff-knows-you',
    );
    expect(blockingRules('Gracias por avisar. Le cancelamos la cita y le llamamos para buscar otro día.', reply('Mañana no puedo ir, tengo turno doble'))).toContain(
      'confirmation.spanish-staff-knows-you',
    );
  });

  it('reads a shunt valve check and a bladder augmentation in Spanish as procedures', () => {
    expect(blockingRules('Familia Soto: la revisión de válvula de Mateo quedó para el martes.')).toContain('phi.procedure.person-linked');
    expect(
      blockingRules('Llame a la línea de enfermería para que revisen cómo va después de la ampliación vesical.', reply('A mi hija le hicieron una ampliación vesical y le duele')),
    ).toContain('phi.procedure.person-linked');
  });

  it('blocks a chemotherapy medicine said back', () => {
    expect(blockingRules('Fogginess during ifosfamide is something to flag today — call our nurse line.', reply('Anyone else on ifosfamide? Day 2 and so foggy'))).toContain(
      'phi.medication.person-linked',
    );
  });

  it('passes surgery one of our clinicians leads in a programme of ours, and a programme named by the term and another', () => {
    expect(
      handWrittenBlockingRules('Yes — Dr. Marsh leads limb-sparing surgery in our Sarcoma & Bone Tumor Program.', reply('Does Dr. Marsh do limb-sparing surgery? My nephew needs surgery')),
    ).toEqual([]);
    expect(handWrittenBlockingRules('We treat both! Our Sarcoma & Bone Tumor Program sees teens and adults.', reply("I'm 45 with a sarcoma in my arm, do you treat adults?"))).toEqual([]);
  });

  it('blocks "No creerás el caso número 3" as a Spanish hook, not a question about the date', () => {
    expect(blockingRules('Bebés que ahora corren. No creerás el caso número 3 👇')).toContain('clickbait.spanish-teaser');
    expect(handWrittenBlockingRules('¿No creerás que ya es diciembre? Vacúnate antes de las fiestas.')).toEqual([]);
  });
});
