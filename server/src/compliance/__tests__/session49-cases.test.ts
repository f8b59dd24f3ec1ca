import { checkPost, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 49: causes found in the study probe sets (scored blind first); the cases are new variants.

describe('confirmation', () => {
  it('reads years with us, the people who were with them, and a team that knows their history', () => {
    expect(handRules('Thanks for staying with us all these years! The new app guide is at riverside.example/app.', reply('Been coming here forever and the new app is confusing'))).toContain(
      'confirmation.long-standing-patient',
    );
    expect(handRules("We'll share this with the midwives who were with you ❤️", reply('The birth center staff were amazing during my delivery'))).toContain('confirmation.cared-for-you');
    expect(handRules('Yes! His sleep team already knows his history, so call (555) 300-1000 to book.', reply('My dad is snoring again, should he go back to the same clinic?'))).toContain(
      'confirmation.looked-up-record',
    );
  });

  it('reads someone recovering in our care', () => {
    expect(handRules('Thank you for stopping! The woman you helped is now resting comfortably in our ICU.', reply('I stopped to help at a crash on Route 9 last night'))).toContain(
      'confirmation.here-with-us',
    );
  });
});

describe('dates and rooms', () => {
  it('leaves a deadline any reader is welcome to meet', () => {
    expect(handRules('Former patients and families are welcome to sign the banner through Thursday, June 5.')).toEqual([]);
  });

  it('leaves a room of ours that got a makeover', () => {
    expect(handRules('Room 4 in our Birth Center just got a makeover, with a new birthing tub and a pull-out bed for partners.')).toEqual([]);
    expect(handRules('Room 12 in our Mother-Baby unit just got a makeover for new moms and babies.')).toEqual([]);
  });

  it('reads a day beside someone hurt or sent home, and a class graduate is no event', () => {
    expect(handRules('A neighbour who was hurt in a fall on Sunday went home this morning.')).toContain('phi.date.relative-care');
    expect(handRules('A graduate of our CPR class kept a stranger alive at the mall on Friday until the ambulance came.')).toContain('phi.date.relative-care');
  });
});

describe('medical advice', () => {
  it('leaves a nutrient limit quoted from guidelines', () => {
    expect(handRules('Most guidelines suggest under 2,300 mg a day, and some people are given a lower goal by their care team.', reply('How much salt is okay for heart patients?'))).toEqual([]);
  });

  it('leaves what studies show, and how families explain things', () => {
    const flu = reply('Does anyone else get a sore arm after the flu shot?');
    expect(handRules('A sore arm is common, and research shows it usually passes within a day or two. Questions? Call (555) 300-1000.', flu)).not.toContain('advice.discourages-care');
    const hair = reply('How do I explain to my 4 year old why her cousin lost her hair?');
    expect(handRules("Many parents find simple words work best: 'Strong medicine can make hair fall out for a while.'", hair)).not.toContain('advice.hedged');
  });
});

describe('clickbait', () => {
  it('reads a story held back for later parts', () => {
    expect(handRules('Twenty years in the ER. Yesterday taught me something residency never could. Part 1 of 4 👇')).toContain('clickbait.serial-teaser');
    expect(handRules('My patients taught me something school never did: listen first.')).not.toContain('clickbait.serial-teaser');
  });
});

describe('PHI said back', () => {
  it('knows an ICD said back as theirs', () => {
    expect(handRules('You are not alone with your ICD! Our heart support group meets monthly.', reply('Anyone else here living with an ICD?'))).toContain('phi.procedure.person-linked');
  });

  it("repeats how far along a named relative is", () => {
    expect(handRules("Lucia can call (555) 300-1000; at 32 weeks we'll fit her in this week.", reply('My sister Lucia is 32 weeks and needs a new OB'))).toContain('phi.diagnosis.restated-pregnancy');
  });

  it('finds a neighbourhood, and the town a commenter says they are from', () => {
    const region = checkPost('A boy from the Maple Ridge neighborhood joined our reading club.').findings.filter((f) => f.rule === 'phi.location.region');
    expect(region.map((f) => f.text)).toEqual(['Maple Ridge neighborhood']);
    const pine = reply("I'm Ruth Okafor from Pine Hollow, just started cardiac rehab. Is there a group?");
    expect(handRules('Welcome, Ruth! Several members from Pine Hollow carpool to the group on Thursdays.', pine).some((rule) => rule.startsWith('phi.location.'))).toBe(true);
  });
});

describe('study causes, second round', () => {
  it('confirms a consult moved, a kit waiting, and patients like him', () => {
    expect(handRules("Sure thing! Call (555) 300-1000 and we'll move your consult to a better day.", reply('Can I push back my consult?'))).toContain('confirmation.your-care-record');
    expect(handRules('Your comfort kit is ready at the front desk, just bring your ID.', reply('Where do I pick up the supplies the nurse ordered?'))).toContain('confirmation.ongoing-care');
    expect(handRules('Please thank her for us. Patients like her make this work possible.', reply('My mom was in your heart study and loved it'))).toContain('confirmation.our-patient');
  });

  it('leaves a free consult still to come', () => {
    expect(handRules("Prices depend on the area, and we'll go over it at your free consult. Call (555) 300-1000.", reply('How much is laser hair removal?'))).toEqual([]);
  });

  it('leaves halls, feed stores, lettered rooms, memory trees and awareness days', () => {
    expect(handRules('Free farm safety morning Saturday at the Oak Bluff Grange Hall, Room C. Tractor safety and free BP checks.')).toEqual([]);
    expect(handRules('Blood pressure checks at Dunlap Feed & Seed every Tuesday morning.')).toEqual([]);
    expect(handRules('World Hospice & Palliative Care Day is Saturday, Oct 11. Visit our lobby table for free forms and add a note to our Memory Tree.')).toEqual([]);
  });

  it('reads a lab value with thousands said back, and a player\'s last therapy session', () => {
    expect(handRules('A CK of 38,000 needs care today. Please call (555) 300-1000 or go to the ER.', reply("my son's CK came back 38,000 after practice, is that bad?"))).toContain('phi.lab.restated-reading');
    expect(handRules('Huge shoutout to #7 on the varsity soccer team for finishing his last PT session today!')).toContain('phi.id.jersey');
  });

  it('leaves a rate after a procedure, and a term explained for everyone', () => {
    const acl = reply('what is your ACL re-tear rate? asking for my son');
    expect(handRules('Our re-tear rate after ACL reconstruction is below the national average; outcomes are on our website.', acl)).not.toContain('phi.procedure.person-linked');
    const hospice = reply("My mom's doctor brought up palliative care and she thinks it means giving up");
    expect(handRules('Palliative care works alongside treatment to ease symptoms. Our team can talk with your family: (555) 300-1000.', hospice)).toEqual([]);
  });
});

describe('study causes, third round', () => {
  it('confirms thanks taken for a visit, things we hold, kids like yours, and a life begun here', () => {
    expect(handRules('Glad to help! Good luck at the meet.', reply('Thanks for fitting in my ankle recheck before the meet!'))).toContain('confirmation.takes-thanks-for-visit');
    expect(handRules('We do! They are in the front office. She can pick them up with her ID.', reply("Do you still have my mom's hearing aids? She left them Monday"))).toContain('confirmation.answers-yes');
    expect(handRules('Thank you! Kids like yours are why we love camp week.', reply('Camp week changed my son so much'))).toContain('confirmation.our-patient');
    expect(handRules('¡Felicidades! Qué bonito que comenzó su vida con nosotros.', reply('Mi hijo nació en su hospital hace 10 años'))).toContain('confirmation.began-life-here');
  });

  it('does not read "SR" in a note, sinus rhythm, as a Spanish title', () => {
    expect(checkPost('HR 70S SR NO VEA. BP 120/70. Sr. Tol well.').findings.filter((f) => f.rule === 'phi.name.title')).toEqual([]);
  });

  it('reads Spanish PHI: an age over 89 on a street, "don" as a title, a welcome home from a bed', () => {
    expect(handRules('Una señora de 93 años en la calle Robles nos abrió la puerta.')).toContain('phi.age.over-89');
    expect(handRules('¡Bienvenido a casa, don Ramiro! Después de dos semanas en la cama 8 regresa con su familia.')).toContain('phi.name.title');
  });

  it('reads Spanish clickbait and reassurance', () => {
    expect(handRules('7 señales de que sus riñones piden ayuda. La #5 la ignora casi todo el mundo 👀')).toContain('clickbait.spanish-teaser');
    expect(handRules('¿El té de jengibre baja el azúcar? Nuestra nutrióloga responde el jueves.')).toContain('clickbait.spanish-held-for-later');
    expect(handRules("Comenta 'SÍ' y te mandamos la lista 🔥")).toContain('clickbait.spanish-teaser');
    const head = reply('Mi hija se cayó del columpio y le duele la cabeza');
    expect(handRules('Tranquila, déjela descansar, no hace falta ir a urgencias.', head)).toContain('advice.spanish-reassurance');
    expect(handRules('No hace falta venir en ayunas; atendemos de 8 a 5.', reply('¿Tengo que ir en ayunas para la vacuna?'))).toEqual([]);
  });

  it('leaves staff arriving in a month, everyone\'s birthday month, a room after an hour, and infection data', () => {
    expect(handRules('Our cardiology fellowship welcomes its first three physicians this August, training in our cath lab and heart failure clinic.')).toEqual([]);
    expect(handRules('Happy birthday to everyone celebrating in April! 🎂 Our party is Friday at 3pm in the Sunroom.')).toEqual([]);
    expect(handRules('Teen asthma club 🎮 Second Tuesday of every month, 5–7pm, Room 114. Ages 12–17.')).toEqual([]);
    expect(handRules('Every hospital reports infection data on the federal Care Compare site.', reply("How do I know if my dad's hospital has had infections?"))).toEqual([]);
  });

  it('reads a camper in a cabin, and the area a commenter asks others from', () => {
    expect(handRules("Our nurses caught Jonah's low in Cabin 4 at 2am before he even woke up.")).toContain('phi.location.room');
    expect(handRules('Love this! Eastbrook families, reply here to share rides.', reply('Anyone from the Eastbrook area want to carpool to camp? My son has T1D'))).toContain('phi.location.restated-home');
  });
});

describe('study causes, fourth round (Spanish and more)', () => {
  it('reads a Spanish day of care, a home street, a neighbourhood said back and a family surname', () => {
    expect(handRules('¡Felicidades! Nuestra mamá del grupo de lactancia dio a luz anoche a un niño sano.')).toContain('phi.date.spanish-care');
    expect(handRules('Nuestras promotoras visitaron a un señor que vive solo en la calle Olmos y no tenía su medicina.')).toContain('phi.address.spanish-street');
    expect(handRules('¡Claro! Las promotoras pasan por Las Palmas los martes.', reply('Vivo en la colonia Las Palmas, ¿pasan las promotoras? Tengo diabetes'))).toContain('phi.location.restated-home');
    expect(handRules('¡Los 3 hermanos Robles vinieron hoy por sus vacunas!')).toContain('phi.name.family');
  });

  it('reads Spanish confirmation, advice and teasers', () => {
    expect(handRules('¡Qué gusto! Nos dio mucho gusto verlo en su consulta el martes.', reply('Ya me siento mejor, gracias - Rubén'))).toContain('confirmation.spanish-saw-you');
    expect(handRules('Mucha gente en su situación mejora con té y reposo.', reply('Tengo tos desde hace una semana'))).toContain('advice.spanish-peers-course');
    expect(handRules('Dele un baño tibio e ibuprofeno y que descanse.', reply('Mi niña tiene fiebre'))).toContain('advice.spanish-remedy');
    expect(handRules('Casi siempre eso es por el calor; se le va a quitar.', reply('Tengo los tobillos hinchados'))).toContain('advice.spanish-reassurance');
    expect(handRules('Hay un alimento que los hipertensos nunca deberían comer… ¿Quieres saber cuál es? 👇')).toContain('clickbait.spanish-teaser');
    expect(handRules('¿Qué jugo ayuda más a la presión? Mañana lo revelamos 👀')).toContain('clickbait.spanish-held-for-later');
  });

  it('reads a holiday beside care, and leaves a holiday beside a kind family', () => {
    expect(handRules('Case review: a 3-year-old seen in our ER on Christmas Eve after swallowing a magnet is doing well.')).toContain('phi.date.relative-care');
    expect(handRules("POV: a patient's family brings your unit cookies on Christmas Eve 🍪")).toEqual([]);
  });

  it('leaves a thing being repaired, a term that varies or should always be checked, a tour room and a quoted title', () => {
    expect(handRules('Sorry! Elevator C is being repaired and should be back by Friday.', reply('only one elevator works in the garage again'))).toEqual([]);
    expect(handRules('Please call 911 now. Chest pain should always be checked right away.', reply('I have chest pain right now, should I wait?'))).toEqual([]);
    expect(handRules('Good question for the surgical team, since recovery after surgery varies. Call (555) 300-1000.', reply('My son has surgery Monday, can he still play Saturday?'))).toEqual([]);
    expect(handRules('Free surgery center tour for kids and families, starting in Conference Room C. Kids can try on a surgical cap!')).toEqual([]);
    expect(handRules("Yes! Our dietitian presents 'Fuel for Your Race' on Thursday at 6pm.", reply('Is the nutrition talk happening again?'))).toEqual([]);
  });

  it('reads a said-back condition when the comment says "ours"', () => {
    expect(handRules('Sleep apnea is so hard on the whole family. Our parent group meets monthly.', reply('Any other parents whose kid has sleep apnea? Ours has his tonsils out soon'))).toContain('phi.diagnosis.person-linked');
  });
});

describe('study causes, fifth round (Spanish and more)', () => {
  it('confirms care told in Spanish', () => {
    expect(handRules('Para tu cita del jueves puedes usar el estacionamiento de visitantes.', reply('Tengo cita el jueves y nunca hay estacionamiento'))).toContain('confirmation.spanish-saw-you');
    expect(handRules('Lo sentimos mucho. Ya compartimos tus comentarios con el equipo que te atendió.', reply('Nadie me explicó nada en mi cesárea'))).toContain('confirmation.spanish-saw-you');
    expect(handRules('¡Claro! Te escribimos para reprogramar la consulta de tu hijo.', reply('Olvidé la cita de mi hijo ayer'))).toContain('confirmation.spanish-saw-you');
    expect(handRules('Llama al (555) 300-1000 para agendar la consulta de tu bebé.', reply('¿Cómo saco cita para mi bebé?'))).toEqual([]);
  });

  it('reads Spanish reassurance, a dose and engagement bait', () => {
    expect(handRules('Si ya está jugando, no hay de qué preocuparse 😊', reply('Mi bebé se cayó de la cama pero ya está jugando'))).toContain('advice.spanish-reassurance');
    expect(handRules('Dale 400 UI de vitamina D todos los días.', reply('¿Cuándo empiezo la vitamina D de mi bebé?'))).toContain('advice.spanish-remedy');
    expect(handRules("Comenta 'YO' si tu bebé tampoco duerme y comparte con 3 amigas 💕")).toContain('clickbait.spanish-teaser');
  });

  it('reads a Spanish room, neighbourhood and calendar day beside someone', () => {
    expect(handRules('Hoy se fue a casa Mateo, el bebé de la incubadora 5 🥳')).toContain('phi.location.spanish-room');
    expect(handRules('Los bomberos nos trajeron a un niño de 3 años del barrio Santa Fe.')).toContain('phi.location.spanish-neighbourhood');
    expect(handRules('Ya localizamos el registro de tu bebé, nacido el 3 de mayo.', reply('Mi bebé nació el 3 de mayo, ¿ya está su certificado?'))).toContain('phi.date.spanish-care');
    expect(handRules('Las promotoras visitan la colonia El Mirador los jueves de 9 a 12.')).toEqual([]);
  });

  it('knows a visit that just ended, and leaves a health night, myths and a Q&A', () => {
    expect(handRules('Yes! Our audiologist found it by the booth right after you left.', reply('Did anyone turn in a green scarf at Audiology?'))).toContain('confirmation.like-last-time');
    expect(handRules('Free parking in the garage, levels 2–4. See you Thursday! 👋', reply("Where do I park for the women's health night?"))).toEqual([]);
    expect(handRules('Free Heart Health Night Thursday, 6–8pm: our nurses cover stent myths and blood pressure basics, then open Q&A. Snacks provided!')).toEqual([]);
  });
});

