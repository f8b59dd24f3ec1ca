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
