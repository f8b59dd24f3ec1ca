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
