import { blockingRules, checkPost, handWrittenBlockingRules, reply } from './check-post';

describe("session 73, round 1 (probe1156, 1157, 1159, 1160, and five of session 72's): counts, schools, copies, confirmations", () => {
  it('blocks a third person said to have finished their program with us', () => {
    expect(
      blockingRules(
        '@maria.walks can tell you, she just finished her program with us! Call (555) 300-1000 to book.',
        reply('Is your balance class any good?')
      )
    ).toContain('confirmation.cared-for-them');
  });

  it('blocks a nurse said to have enjoyed teaching this family, in Spanish', () => {
    expect(
      blockingRules(
        '¡Qué lindo mensaje! Se lo pasamos a nuestra enfermera, que disfrutó mucho enseñarles en la clínica.',
        reply('Gracias a la enfermera que me enseñó a cambiar la sonda de mi papá')
      )
    ).toContain('confirmation.spanish-we-did-your-care');
  });

  it("blocks the commenter's own condition counted back in the plural", () => {
    expect(
      blockingRules(
        'Four cluster cycles in a year is so much to carry. Our Front Desk can book you: (555) 300-1000.',
        reply('4th cluster cycle this year. how does anyone cope?')
      )
    ).toContain('phi.diagnosis.person-linked');
  });

  it("blocks a child's school said back when the comment names it without a school word", () => {
    expect(
      blockingRules(
        'Our pediatric team fills out health forms for Maple Ridge students every week. Call (555) 300-1000.',
        reply('My son just started at Maple Ridge and his teacher wants a note about his asthma. Who do I ask?')
      )
    ).toContain('phi.location.restated-school');
  });

  it('leaves a town a child goes to for care alone', () => {
    expect(
      handWrittenBlockingRules(
        'We see kids from all over Omaha at our clinic. Call (555) 300-1000 to book.',
        reply('My son goes to Omaha for his asthma visits now, do you have anything closer?')
      )
    ).toEqual([]);
  });

  it('reads a Spanish school name that ends its sentence without its full stop', () => {
    expect(
      blockingRules(
        '¡Qué bien que quiera jugar en la prepa Jefferson! Para el permiso deportivo llame al (555) 300-1000.',
        reply('Mi hija tiene 15, asma desde los 3 y quiere jugar fútbol en la prepa Jefferson. ¿Qué opinan?')
      )
    ).toContain('phi.location.restated-school');
  });

  it("blocks a son's name said back after the comment gave his weight", () => {
    expect(
      blockingRules(
        'Teens like Brody can be seen by our Pediatrics team. Call (555) 300-1000.',
        reply('My son Brody is 16 and weighs 290 lbs, do you see teenagers?')
      )
    ).toContain('phi.name.relative-said-back');
  });

  it('knows a VNS battery replacement as a procedure, said back', () => {
    expect(
      blockingRules(
        'So many kids get nervous before a VNS battery replacement! Ask our Front Desk about the coloring book: (555) 300-1000.',
        reply('My son has his VNS battery replacement next week and he is scared. Tips?')
      )
    ).toContain('phi.procedure.person-linked');
  });

  it('blocks a doctor said to love seeing these three children at each visit, in Spanish', () => {
    expect(
      blockingRules(
        '¡Gracias! Se lo diremos a la Dra. Marsh; a ella también le encanta ver a sus tres niños en cada consulta.',
        reply('La Dra. Marsh es la mejor con mis tres hijos')
      )
    ).toContain('confirmation.spanish-we-did-your-care');
  });

  it("blocks being glad a named child's visit helped, in Spanish", () => {
    expect(
      blockingRules(
        '¡Gracias! Nos alegra que la consulta de Emiliano haya sido de ayuda.',
        reply('La Dra. Marsh nos atendió muy bien con el asma de Emiliano')
      )
    ).toContain('confirmation.spanish-saw-you');
  });

  it('blocks "suena a algo muscular" as a guess that stands in for care', () => {
    expect(
      blockingRules(
        'Suena a algo muscular 💪 Descanse el fin de semana y listo.',
        reply('Me duele el pecho cuando levanto cosas pesadas en el trabajo')
      )
    ).toContain('advice.spanish-reassurance');
  });

  it('blocks sending a copy of the care document the commenter asked for, in Spanish', () => {
    expect(
      blockingRules(
        '¡Claro! Se lo enviamos por este chat en un momento.',
        reply('¿Pueden mandarme otra copia del plan de la escuela? La perdí')
      )
    ).toContain('confirmation.answers-yes');
  });

  it('passes "depends on your surgery and your labs" as a general answer', () => {
    expect(
      handWrittenBlockingRules(
        'Every plan is a little different and depends on your surgery and your labs. Our dietitians can go over it: (555) 300-1000.',
        reply('What vitamins do I need after surgery?')
      )
    ).toEqual([]);
  });

  it('passes the date of the next info session in a sentence about recovery', () => {
    expect(
      handWrittenBlockingRules(
        'Our info session covers recovery planning in detail — the next one is April 8 at 6pm.',
        reply('how long is recovery from a sleeve?')
      )
    ).toEqual([]);
  });

  it('reads "nuestro hospital" as ours, not a named facility', () => {
    expect(
      handWrittenBlockingRules(
        'Gracias a la maestra Felipa Ramírez y a sus alumnos de 4.º grado por la colecta de 300 juguetes para los niños de nuestro hospital.'
      )
    ).toEqual([]);
  });

  it('passes "Para epilepsia infantil, nuestro equipo…" as which team sees anyone with it', () => {
    expect(
      handWrittenBlockingRules(
        'La Dra. Marsh dirige Medicina Familiar. Para epilepsia infantil, nuestro equipo de Pediatría puede orientarles: (555) 300-1000.',
        reply('¿La Dra. Marsh también ve niños con epilepsia? Mi hija tiene crisis de ausencia')
      )
    ).toEqual([]);
  });

  it('blocks "4 meses después de dar a luz" as a day of her care', () => {
    expect(
      blockingRules('Felicidades a Nayeli por graduarse con honores 4 meses después de dar a luz en nuestro hospital.')
    ).toContain('phi.date.spanish-care');
  });
});

describe('session 73, round 2 (probe1162, 1163, 1165, 1166): names given, what is ready, groups and services', () => {
  it('blocks a grandmother named after "se llama" and said to be resting on a floor, in Spanish', () => {
    const rules = blockingRules(
      'Gertrudis está descansando en el segundo piso; la enfermera de turno le da más información al (555) 300-1000.',
      reply('¿Cómo sigue mi abuelita? La internaron anoche, se llama Gertrudis Peña')
    );
    expect(rules).toContain('phi.name.relative-said-back');
    expect(rules).toContain('confirmation.spanish-cared-for');
  });

  it('blocks a daughter\'s name said back after "Her name\'s"', () => {
    expect(
      blockingRules(
        "Pediatrics can check on Kinsley's sports physical form at (555) 300-1000.",
        reply("Is my daughter's sports physical form ready? Her name's Kinsley Ward, she's 13")
      )
    ).toContain('phi.name.relative-said-back');
  });

  it("blocks a mother's supplies said to be ready", () => {
    expect(
      blockingRules(
        "Yes! Your mom's compression stockings will be ready at the front desk Friday.",
        reply("picking up my mom's stockings Friday, will they be ready?")
      )
    ).toContain('confirmation.records-ready');
  });

  it('blocks glasses said to have come in for this person, in Spanish', () => {
    expect(
      blockingRules('¡Sí! Sus lentes nuevos ya llegaron. Puede pasar por ellos de 8 a 5.', reply('¿Ya puedo ir por mis lentes?'))
    ).toContain('confirmation.spanish-records-ready');
  });

  it('reads "Llevo 2 años con…" as the commenter\'s own condition, said back', () => {
    expect(
      blockingRules(
        'Lamentamos que lleve tanto tiempo con una úlcera venosa. Llame al (555) 300-1000.',
        reply('Llevo 2 años con una úlcera venosa que no cierra, ¿tienen algo diferente?')
      )
    ).toContain('phi.diagnosis.restated-spanish');
  });

  it('blocks the month of a diagnosis said back', () => {
    expect(
      blockingRules(
        "We're so sorry for everything you've faced since October. Our support group meets Thursdays: (555) 300-1000.",
        reply('Rough year. Lost my job, then the lymphoma diagnosis in October.')
      )
    ).toContain('phi.date.restated-care-day');
  });

  it('passes "anyone with questions about measles exposure" as anyone\'s', () => {
    expect(
      handWrittenBlockingRules(
        "We don't comment on individual patients. Anyone with questions about measles exposure can call our Front Desk at (555) 300-1000.",
        reply('my cousin said your clinic had a measles case?? is that true')
      )
    ).toEqual([]);
  });

  it('passes an amputee gait and balance program as a service', () => {
    expect(
      handWrittenBlockingRules(
        'Yes! Owen Pritchard, RN, helps run our amputee gait and balance program. Call (555) 300-1000.',
        reply('Do you still do gait training after amputations? It helped my brother.')
      )
    ).toEqual([]);
  });

  it('reads "Kessler Trucking" as a company, not a name', () => {
    const text =
      'This week, our sleep medicine physicians trained 140 commercial drivers at Kessler Trucking to recognize sleep apnea warning signs. Thanks to Kessler Trucking for putting safety first.';
    expect(checkPost(text).findings.filter((f) => f.type === 'name')).toEqual([]);
  });
});

describe('session 73, round 3 (probe1168, 1169, 1171, 1172): a journey, a waitlist, towns, staff who join, figures', () => {
  it('blocks "honored to be part of your journey" to someone thanking their therapist', () => {
    expect(
      blockingRules(
        'Thank you for sharing this. Owen is honored to be part of your journey. If you ever need support after hours, call or text 988.',
        reply('Thank you to Owen Pritchard. Without our sessions I would not be here.')
      )
    ).toContain('confirmation.among-our-patients');
  });

  it('blocks "everyone on the waitlist, including you"', () => {
    expect(
      blockingRules(
        'Great news — it opens in March, and our schedulers will call everyone on the waitlist, including you, that week!',
        reply("Any news on the new lithotripsy machine? I'm on the waitlist.")
      )
    ).toContain('confirmation.among-our-patients');
  });

  it('knows leucoplasia as a condition, said back in Spanish', () => {
    expect(
      blockingRules(
        'Lamentamos que esté pasando por esto; un diagnóstico de leucoplasia puede dar miedo. Llame al (555) 300-1000.',
        reply('Me acaban de diagnosticar leucoplasia en la lengua y estoy muy preocupada')
      )
    ).toContain('phi.diagnosis.restated-spanish');
  });

  it('reads Salem, Nashua and Concord as towns we serve', () => {
    expect(
      handWrittenBlockingRules(
        'We do! Our home-visit program covers Nashua, Manchester, Concord and Salem. Call (555) 300-1000 to see if she qualifies.',
        reply('my grandma needs a flu shot but cannot drive, do you do home visits?')
      )
    ).toEqual([]);
  });

  it('passes a month before our average, and the month new residents join', () => {
    expect(
      handWrittenBlockingRules(
        'Since March, average time to pain relief for stone patients in our Urgent Care has dropped from 74 to 41 minutes.'
      )
    ).toEqual([]);
    expect(handWrittenBlockingRules('Welcome to the four new residents joining our oral surgery program this July!')).toEqual([]);
  });

  it('passes "at your consult" for what our team will go over there', () => {
    expect(
      handWrittenBlockingRules(
        'Recovery varies, and our urology team will go over timing for heavy-lifting jobs at your consult. You can book at (555) 300-1000.',
        reply("How long is recovery after a vasectomy? I'm a roofer")
      )
    ).toEqual([]);
  });

  it('still blocks "your consult" when it already happened', () => {
    expect(
      blockingRules('Dr. Marsh went over the timing at your consult, so you are all set.', reply('Can I lift at work yet?'))
    ).toContain('confirmation.your-care-record');
  });
});

describe('session 73, round 4 (probe1174, 1175, 1177, 1178): remedies, towns, groups, names given by a parent', () => {
  it('blocks "Tómese un Alka-Seltzer" as a remedy for one person', () => {
    expect(
      blockingRules(
        'Seguro fue la cena 😅 Tómese un Alka-Seltzer y acuéstese un rato.',
        reply('tengo ardor de pecho desde hace 2 horas')
      )
    ).toContain('advice.spanish-remedy');
  });

  it('passes "mujeres de 40 años en adelante" and "nuestra clínica de Douglas"', () => {
    expect(
      handWrittenBlockingRules(
        'Jornada de mamografías: jueves 23 de octubre en nuestra clínica de Douglas, de 8 am a 4 pm. Para mujeres de 40 años en adelante, con o sin seguro.'
      )
    ).toEqual([]);
  });

  it('passes "Puede pedir copias de su expediente" as how anyone asks', () => {
    expect(
      handWrittenBlockingRules(
        'Puede pedir copias de su expediente en el portal del paciente o al (555) 300-1000.',
        reply('¿Cómo pido mi expediente para llevarlo a otro doctor?')
      )
    ).toEqual([]);
  });

  it('blocks a child\'s full name said back after "soy la mamá de…" and the plan the dietitian gave her', () => {
    expect(
      blockingRules(
        '¡Hola! Ya enviamos a su correo el plan de alimentación de Maite Robles.',
        reply('Soy la mamá de Maite Robles, ¿me pueden mandar el plan que le dio la nutrióloga?')
      )
    ).toContain('phi.name.relative-said-back');
  });

  it("blocks a daughter's name said back after months of therapy", () => {
    expect(
      blockingRules(
        '¡Qué logro tan grande para Jimena! 🥦',
        reply('Mi hija Jimena (4 años) por fin comió brócoli después de meses de terapia')
      )
    ).toContain('phi.name.relative-said-back');
  });

  it('knows a mucinous cyst as a condition, said back after "just had an EUS"', () => {
    expect(
      blockingRules(
        'Sending support! A mucinous cyst can be a lot to process. Our team is here: (555) 300-1000.',
        reply('just had an EUS and they found a mucinous cyst, anyone been through this?')
      )
    ).toContain('phi.diagnosis.person-linked');
  });

  it("passes a group named for its neighbourhood as no one's home", () => {
    expect(
      handWrittenBlockingRules(
        "We'd love to do a car seat check for the Wingfield Springs moms group. Call (555) 300-1000 to pick a date.",
        reply("I'm Jenna from the Wingfield Springs moms group, can we book a car seat check?")
      )
    ).not.toContain('phi.location.restated-home');
  });
});
