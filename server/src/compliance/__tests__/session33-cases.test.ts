import { blockingRules, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 33: causes found in the study sets probe246–249 (scored blind first); the cases are new variants.

describe('a weekly slot is no day of care', () => {
  it('when the weekday is followed by a plural part of the day', () => {
    expect(
      handRules(
        'Yes! Pickles visits our infusion center on Friday mornings, and families can bring pets with approval.',
        reply('Can therapy animals visit the infusion center?')
      )
    ).toEqual([]);
  });

  it('but one afternoon of someone’s surgery still is', () => {
    expect(blockingRules('Kara had her knee surgery on Friday afternoon and is already walking.')).toContain(
      'phi.date.relative-care'
    );
  });
});

describe('clickbait', () => {
  it('denying a miracle cure is no miracle claim', () => {
    expect(handRules('There is no miracle pill for back pain. Movement, sleep and time help most people.')).not.toContain(
      'clickbait.miracle-claim'
    );
    expect(handRules('You can’t buy a miracle cure for arthritis, whatever the ads say.')).not.toContain(
      'clickbait.miracle-claim'
    );
  });

  it('selling one still is', () => {
    expect(blockingRules('This miracle pill melts joint pain away in days!')).toContain('clickbait.miracle-claim');
  });
});

describe('"PT" in a list of therapies is physical therapy, not a patient', () => {
  it('after "and" at the end of a sentence or after a colon', () => {
    expect(
      handRules('Options for chronic back pain, like stretching and acupuncture, can work alongside medicines and PT.')
    ).toEqual([]);
    expect(handRules('Real options for chronic pain: PT, counseling, sleep support and careful use of medicines.')).toEqual([]);
  });

  it('while charting’s "and pt was…" is still a patient', () => {
    expect(blockingRules('Family at bedside and pt was extubated after the stroke.')).toContain('phi.diagnosis.person-linked');
  });
});

describe('a reply to someone writing for a school', () => {
  it('may name the school and greet them', () => {
    expect(
      handRules(
        'Happy to, Marisol! Our Community Health team will call to set a date for Lakeview Middle.',
        reply('I’m the school nurse at Lakeview Middle, Marisol Vega. Could you run an EpiPen training for our staff?')
      )
    ).toEqual([]);
  });

  it('but a parent’s child’s school, said back, is still theirs', () => {
    expect(
      blockingRules(
        'Our dietitian can write a note for Lakeview Middle.',
        reply('My son was just diagnosed with celiac. His school, Lakeview Middle, needs a letter.')
      )
    ).toContain('phi.location.restated-school');
  });
});

describe('a reply confirms care', () => {
  it('by saying the person’s images are ready', () => {
    expect(
      blockingRules(
        'Sure thing! Your CT images are ready. Bring a photo ID to Radiology.',
        reply('Can I get a copy of my CT scan?')
      )
    ).toContain('confirmation.records-ready');
  });

  it('not by asking for their photos', () => {
    expect(
      handRules('Please send your images in by Friday and we’ll share our favourites!', reply('Can I enter the photo contest?'))
    ).toEqual([]);
  });
});

describe('a story of one person without their name', () => {
  it('an age outside a named street, in a story of care', () => {
    expect(
      blockingRules('On Sunday our paramedics used naloxone to revive a 23-year-old outside the Maple Street laundromat.')
    ).toContain('phi.age.described-patient');
  });

  it('not a reader’s child brought to an event', () => {
    expect(handRules('Bring your 5-year-old to the fair on Main Street for free screenings.')).toEqual([]);
  });
});

describe('the confirmation model is not heard', () => {
  it('for warm thoughts alone', () => {
    expect(
      blockingRules(
        'Sending positive thoughts to you and your whole family. 💙',
        reply('Please pray for my dad, he has his heart surgery at your hospital Monday 🙏')
      )
    ).not.toContain('reply-risk-model.patient-confirmation');
  });

  it('for a greeting about a community class', () => {
    expect(
      blockingRules(
        'Hi Rosa! So glad you like it 💃 See you on the dance floor!',
        reply('Hi, it’s Rosa! Loving the new zumba class!!')
      )
    ).not.toContain('reply-risk-model.patient-confirmation');
  });

  it('for figures about many people', () => {
    expect(
      blockingRules(
        'About 41% of visits to our school-based clinics last year were for behavioral health, up from 30% in 2019. The full figures are in our annual report.',
        reply('How many of your school clinic visits are about mental health?')
      )
    ).not.toContain('reply-risk-model.patient-confirmation');
  });

  it('but a class comment that also tells of care is still read', () => {
    expect(
      blockingRules(
        'Ha! Glad Owen Pritchard could get you sorted out so quickly. 😄',
        reply('Took your CPR class AND ended up in your urgent care the same week lol')
      )
    ).toContain('reply-risk-model.patient-confirmation');
  });
});

describe('everyday words for care (vocab/lay-terms.ts)', () => {
  it('tie a named person to a lay condition or procedure', () => {
    expect(blockingRules('Get well soon, Marco! 9 years old and he had his appendix out on Tuesday.')).toContain(
      'phi.procedure.person-linked'
    );
    expect(
      blockingRules('Thinking of Delia Ruiz, who came to our clinic after her own sexual assault and now speaks to students.')
    ).toContain('phi.diagnosis.person-linked');
    expect(blockingRules('Big hugs to Theo Brandt, back on the court after the big C scare last fall.')).toContain(
      'phi.diagnosis.person-linked'
    );
  });

  it('but a crutch drive is no one’s care', () => {
    expect(
      handRules(
        'Our Orthopedics office accepts clean crutches, canes and walkers on weekdays.',
        reply('Can I donate my old crutches?')
      )
    ).toEqual([]);
  });

  it('a volunteer now in our care is no longer just one of our people', () => {
    expect(
      blockingRules(
        'Keep our longtime volunteer Harold Simms, who’s in the ICU after a heart scare on Sunday, in your thoughts.'
      ).some((r) => r.startsWith('phi.name.'))
    ).toBe(true);
    expect(handRules('Thank you to our longtime volunteer Harold Simms, who’s in the gift shop every Tuesday!')).toEqual([]);
  });
});

describe('a reply confirms care when the comment tells of it', () => {
  it('by naming which of our people cared for the commenter', () => {
    expect(
      blockingRules(
        'That was Owen Pritchard, RN! We’ll make sure he sees this.',
        reply('shoutout to the nurse who held my hand during my biopsy 🥹')
      )
    ).toContain('confirmation.names-who-cared');
    expect(
      handRules(
        'That was Owen Pritchard, RN! He loves running it.',
        reply('Shoutout to the nurse who ran the blood drive at the library!')
      )
    ).toEqual([]);
  });

  it('by saying a clinician always asks after them', () => {
    expect(blockingRules('Will do! She always asks about you two 😊', reply('Tell Dr. Marsh the twins say hi!'))).toContain(
      'confirmation.staff-knows-you'
    );
  });

  it('by answering yes to "did my son leave his jacket at his checkup?"', () => {
    expect(
      blockingRules(
        'He did! It’s waiting at the front desk whenever you’re ready.',
        reply('Did my son leave a red hoodie at his checkup this morning?')
      )
    ).toContain('confirmation.answers-yes');
  });
});

describe('Spanish', () => {
  it('words that are also names are words in a Spanish sentence', () => {
    expect(handRules('Señales de derrame: ¿Cara caída o brazo débil? Llame al 911 de inmediato.')).toEqual([]);
    expect(blockingRules('Cara had her gallbladder surgery today, so proud of her.')).toContain('phi.name.given-name');
  });

  it('advice: stopping a medicine, "si fuera yo", "no pasa nada grave"', () => {
    expect(
      blockingRules(
        'Si ya no tiene fiebre, puede dejar el antibiótico; no hace falta terminarlo.',
        reply('Me dieron antibiótico para la garganta, ¿lo puedo dejar?')
      )
    ).toContain('advice.spanish-stop-course');
    expect(blockingRules('Si fuera yo, me pondría hielo tres veces al día.', reply('Me duele la rodilla desde ayer'))).toContain(
      'advice.spanish-hedged'
    );
    expect(
      blockingRules('Tranquila, no pasa nada grave si se salta unos días.', reply('Se me acabaron las pastillas de la tiroides'))
    ).toContain('advice.spanish-reassurance');
  });

  it('but leaving a form at reception is no medicine', () => {
    expect(
      handRules('Puede dejar la solicitud en la recepción con su nombre.', reply('¿Dónde dejo la solicitud del programa?'))
    ).toEqual([]);
  });

  it('confirmation: on our schedule, we looked at their account, their copy is ready, our people miss them', () => {
    expect(
      blockingRules(
        '¡Hola! Sí, está confirmado para el martes a las 10.',
        reply('¿Me confirman que estoy en la lista para la clínica de vacunas?')
      )
    ).toContain('confirmation.spanish-on-schedule');
    expect(
      blockingRules('Disculpe. Revisamos su cuenta y ya corregimos el cobro.', reply('¿Por qué me cobraron dos veces?'))
    ).toContain('confirmation.spanish-looked-up-record');
    expect(blockingRules('Claro, ya está lista la copia que pidió.', reply('Necesito una copia de mis vacunas'))).toContain(
      'confirmation.spanish-records-ready'
    );
    expect(
      blockingRules('¡Ella también lo extraña! Siempre habla de sus visitas.', reply('Extraño a mi enfermera de casa 😢'))
    ).toContain('confirmation.spanish-staff-misses-you');
  });

  it('clickbait hooks', () => {
    expect(blockingRules('5 señales de que duermes mal. ¡La #4 te va a sorprender! 😱')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('Like si tomas agua, comparte si conoces a alguien que no 😅')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('Nuestra dietista tiene algo que decirte sobre el pan dulce… y no es lo que crees.')).toContain(
      'clickbait.spanish-teaser'
    );
  });
});

describe('a yes to "can I take…?" is the advice', () => {
  it('in English and in Spanish', () => {
    expect(blockingRules('Yes, that’s no problem at all.', reply('Can I take Sudafed with my blood pressure pills?'))).toContain(
      'advice.yes-to-medicine-question'
    );
    expect(blockingRules('Sí, no hay problema.', reply('¿Puedo tomar ibuprofeno con mi medicina de la presión?'))).toContain(
      'advice.yes-to-medicine-question'
    );
  });

  it('not a yes that routes, nor one about bringing a friend', () => {
    expect(
      handRules(
        'Yes! Please call our pharmacists at (555) 300-1000 and they can check the combination.',
        reply('Can I take Sudafed with my blood pressure pills?')
      )
    ).toEqual([]);
    expect(handRules('Yes! Bring them along.', reply('Can I take a friend to my appointment?'))).not.toContain(
      'advice.yes-to-medicine-question'
    );
    expect(handRules('Yes! Route 4 stops right out front.', reply('Can I take the bus to the school clinic?'))).not.toContain(
      'advice.yes-to-medicine-question'
    );
  });
});

describe('study sets probe252–255 (English)', () => {
  it('a numbered room where a class or office hours meet is no patient’s', () => {
    expect(handRules('Toddler first-aid class Thursday, May 8, Room 3B, 22 Harbor Road.')).toEqual([]);
    expect(
      handRules('Questions about billing? Our Patient Relations lead holds office hours every Tuesday, 1–3pm, Suite 120.')
    ).toEqual([]);
    expect(blockingRules('The toddler in Room 3B loved our music class today!')).toContain('phi.location.room');
  });

  it('a condition supposed of "he" is no one’s', () => {
    expect(
      handRules(
        'Cardiology can help: (555) 300-1200. If he has chest pain, shortness of breath or fainting, call 911.',
        reply('my dad’s ticker is acting up, who do I call?')
      )
    ).toEqual([]);
  });

  it('the day of a public crash is no day of care, and a highway no ward', () => {
    expect(
      handRules('Our hearts are with everyone hurt in Sunday’s crash on Highway 9. Grief support: (555) 300-1000.')
    ).not.toContain('phi.location.ward');
    expect(
      handRules('Our hearts are with everyone hurt in Sunday’s crash on Highway 9. Grief support: (555) 300-1000.')
    ).not.toContain('phi.date.relative-care');
  });

  it('our team helping, or our nurses using a cream, is no advice', () => {
    expect(
      handRules(
        'So sorry. Call (555) 300-1000 and our team will help you replace your medicines.',
        reply('Lost all my meds in the flood')
      )
    ).toEqual([]);
    expect(
      handRules(
        'Lots of kids are! Our nurses use numbing cream and plenty of stickers.',
        reply('My son is scared of shots, anything that helps?')
      )
    ).toEqual([]);
    expect(blockingRules('A warm compress will help the stye.', reply('I have a stye on my eye'))).toContain(
      'advice.efficacy-promise'
    );
  });

  it('a rate per 1,000 patient days is a statistic', () => {
    expect(
      handRules(
        'Last quarter we recorded 0.6 hospital-acquired infections per 1,000 patient days.',
        reply('Is your infection rate really that low?')
      )
    ).toEqual([]);
  });

  it('confirmation: "including you", "part of Dr. Marsh’s practice", a message taken to someone staying with us', () => {
    expect(
      blockingRules(
        'All of Dr. Marsh’s patients, including you, will move to Dr. Lee.',
        reply('Dr. Marsh is retiring?? who do I see now')
      )
    ).toContain('confirmation.among-our-patients');
    expect(
      blockingRules(
        'Thank you for being part of Dr. Marsh’s practice for so long!',
        reply('She has been my doctor for 15 years!')
      )
    ).toContain('confirmation.among-our-patients');
    expect(
      blockingRules(
        'We’ll pass the message along to Mr. Grady right away! 🙏',
        reply('Please tell Mr. Ed Grady in room 212 that his choir is praying for him!')
      )
    ).toContain('confirmation.takes-message-to-patient');
    expect(handRules('We’ll pass it along to the team!', reply('Please tell the nurses on 4 West they’re amazing'))).toEqual([]);
  });

  it('restated: the building a relative lives in, a heart rate the commenter gave, a very old graduate', () => {
    expect(
      blockingRules(
        'Please call 911 if she shows signs of heat illness. Our team can check on residents of Maple Court Apartments.',
        reply('My grandma (93) lives in the Maple Court Apartments and the AC is out')
      )
    ).toContain('phi.location.restated-home');
    expect(
      blockingRules(
        'A heart rate of 140 isn’t something to wait on. Please call our nurse line at (555) 300-1000.',
        reply('my heart’s been racing, like 140 bpm sitting on the couch')
      )
    ).toContain('phi.lab.restated-reading');
    expect(blockingRules('Our oldest walking club member this spring is 96 and still leads the pack!')).toContain(
      'phi.age.over-89'
    );
  });
});

describe('a Spanish page (probe254, probe259)', () => {
  it('a name beside a Spanish condition, birth or care word', () => {
    expect(
      blockingRules('Gracias a todos por sus oraciones: Mateo ya está en casa después de su neumonía.').some((r) =>
        r.startsWith('phi.')
      )
    ).toBe(true);
    expect(
      blockingRules('¡Bienvenida al mundo, Sofia! Nació el 4 de junio en nuestro Centro de Maternidad.').some((r) =>
        r.startsWith('phi.')
      )
    ).toBe(true);
    expect(blockingRules('Un abrazo a Don Ernesto, de la habitación 214, que hoy cumple 95 años.')).toContain(
      'phi.location.room'
    );
  });

  it('clickbait in the usted form', () => {
    expect(blockingRules('Lo que nadie le dice sobre su receta 🤫 Deslice para descubrirlo ➡️')).toContain(
      'clickbait.spanish-teaser'
    );
    expect(blockingRules('Comente «SÍ» si quiere saber cuál fruta sube más el azúcar.')).toContain('clickbait.spanish-teaser');
  });

  it('confirmation: staff who ask after them, follow their progress, cared for their father', () => {
    expect(blockingRules('¡Y ella a usted! Siempre pregunta por usted.', reply('¡Extraño a la Dra. Marsh!'))).toContain(
      'confirmation.spanish-staff-knows-you'
    );
    expect(
      blockingRules(
        'Fue un privilegio cuidar de su mamá. Todo el equipo la recuerda.',
        reply('Gracias por cuidar a mi mamá en sus últimos días')
      )
    ).toContain('confirmation.spanish-cared-for');
    expect(
      blockingRules(
        '¡Ya están listos! Su proveedor le llamará hoy.',
        reply('¿Ya llegaron mis resultados? Los espero desde el martes')
      )
    ).toContain('confirmation.answers-yes');
  });

  it('advice: what most patients do, "probablemente es", "va a estar como nuevo"', () => {
    expect(
      blockingRules('Muchos de nuestros pacientes se la toman con la cena y les va mejor.', reply('La metformina me cae mal'))
    ).toContain('advice.spanish-peers-course');
    expect(
      blockingRules('Probablemente es estrés. Descanse y tome agua.', reply('Me duele la cabeza desde hace 3 días'))
    ).toContain('advice.spanish-reassurance');
    expect(
      blockingRules(
        'Déjelo descansar y mañana va a estar como nuevo.',
        reply('Mi hijo se cayó del columpio y se pegó en la cabeza')
      )
    ).toContain('advice.spanish-reassurance');
  });
});
