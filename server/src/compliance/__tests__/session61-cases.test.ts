import { blockingRules, handWrittenBlockingRules, reply } from './check-post';

describe('session 61 (probe880, 881, 883, 884): patients confirmed, dated and said back', () => {
  it('blocks a newborn in our nursery born on a holiday', () => {
    expect(blockingRules('Peek-a-boo! 👶 This little guy in our 2 West nursery was born on the 4th of July and is already our loudest fan 🎆')).toContain(
      'phi.date.birth'
    );
  });

  it('blocks the oldest one’s age over 89 with the noun left out', () => {
    expect(blockingRules('Last flu season our pharmacists gave 4,862 flu shots: the youngest recipients were 3, the oldest 101.')).toContain('phi.age.over-89');
  });

  it('blocks a nurse’s remark about a child passed on to his parent', () => {
    expect(
      blockingRules('Thank you for sharing! We’ll make sure she sees this — she said he was a total champ. 💪', reply('Thank you to the nurse who gave my son his shots Friday'))
    ).toContain('confirmation.staff-knows-you');
  });

  it('blocks Spanish replies that tell of the person’s schedule with us', () => {
    expect(
      blockingRules('¡Gracias, Carmen! Les pasamos su mensaje; el equipo siempre espera con gusto sus martes, jueves y sábados. 💙', reply('Gracias a las enfermeras de diálisis'))
    ).toContain('confirmation.spanish-we-did-your-care');
    expect(blockingRules('¡Gracias a usted! Es un gusto tenerle en el turno nocturno tres veces por semana 😊', reply('Gracias al equipo de la noche'))).toContain(
      'confirmation.spanish-we-did-your-care'
    );
    expect(
      blockingRules('¡Gracias por tus palabras! Nos encantó conocerte y verte ganar confianza cada semana. 💜', reply('La primera vez en la sala de infusión estaba aterrada'))
    ).toContain('confirmation.spanish-we-did-your-care');
  });

  it('blocks a Spanish yes that the person asked about picked up their prescription yesterday', () => {
    expect(blockingRules('Sí, Mateo pasó por ella ayer en la tarde. 👍', reply('¿Me pueden decir si mi hijo ya recogió su receta? Se llama Mateo Ibarra'))).toContain(
      'confirmation.spanish-picked-up'
    );
  });

  it('blocks a Spanish milestone of not smoking said back', () => {
    expect(blockingRules('¡Un año sin fumar es enorme! 🎉 Qué orgullo, sigue así.', reply('Ya cumplí un año sin fumar gracias a los parches 🙌'))).toContain(
      'phi.diagnosis.restated-milestone'
    );
  });
});

describe('session 61: events, statistics and visits still to come', () => {
  it('passes “la Noche Rosa” as an event, not a woman named Rosa', () => {
    expect(handWrittenBlockingRules('💗 Gracias a todas las que vinieron a la Noche Rosa del jueves: 86 mamografías en una sola tarde. ¡Nos vemos el próximo año!')).toEqual([]);
  });

  it('passes a figure compared with last winter', () => {
    expect(handWrittenBlockingRules('RSV hospitalizations among infants in our practice fell by nearly half compared with last winter.')).toEqual([]);
  });

  it('passes a day that heads the title of an event', () => {
    expect(
      handWrittenBlockingRules(
        "This Saturday: Teddy Bear Clinic 🧸 Kids bring a stuffed animal for a 'checkup' with our nurses — a fun way to ease doctor-visit jitters. 10am–noon, Community Room."
      )
    ).toEqual([]);
  });

  it('passes a checkup still to come, named as the place to ask', () => {
    expect(
      handWrittenBlockingRules('HPV vaccine is recommended for all kids at ages 11–12. Ask at your child’s next checkup or call (555) 300-1000.', reply('Do you give the HPV vaccine to boys too?'))
    ).toEqual([]);
  });

  it('passes a transplant evaluation named as the first step of a process', () => {
    expect(
      handWrittenBlockingRules('El primer paso es una referencia de su médico para una evaluación de trasplante.', reply('¿Cómo me anoto para la lista de trasplante de riñón?'))
    ).toEqual([]);
  });

  it('does not hear the Spanish model’s confirmation in thanks for a video, unless the reply speaks of a visit', () => {
    expect(blockingRules('¡Gracias a ti, Carmen! Nos alegra que te haya servido. 😊', reply('Gracias por el video de hoy, Carmen aquí 👋 muy útil'))).toEqual([]);
    expect(blockingRules('¡Gracias a ti! Trae tus fotos de lunares a tu próxima cita con nosotros 📸', reply('Gracias por el post del ABCDE, me sirvió mucho'))).not.toEqual([]);
  });
});
