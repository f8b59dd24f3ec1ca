import { blockingRules, handWrittenBlockingRules, reply } from './check-post';

describe('first round (probe844, 845, 847, 848)', () => {
  it('blocks a relative’s name said back after a Spanish comment about an injury, low mood or broken glasses', () => {
    expect(
      blockingRules(
        'Cuánto lo sentimos por Marcos. Salud Conductual puede acompañarlo: (555) 201-4460.',
        reply('Mi hermano Marcos perdió el ojo derecho en la obra y anda muy deprimido')
      )
    ).toContain('phi.name.relative-said-back');
    expect(
      blockingRules(
        'El repuesto tarda una semana. Si Nico necesita unos de préstamo, llame al (555) 201-4000.',
        reply('Mi hijo Nico rompió sus lentes en el recreo, ¿cuánto tarda el repuesto?')
      )
    ).toContain('phi.name.relative-said-back');
  });

  it('leaves a relative’s name alone when the comment tells of no care', () => {
    expect(
      handWrittenBlockingRules(
        '¡Qué bonito! Que Nico disfrute la feria del sábado.',
        reply('Mi hijo Nico quiere ir a la feria de salud con sus lentes nuevos de sol')
      )
    ).toEqual([]);
  });
});

describe('second round (probe850, 851, 853, 854)', () => {
  it('blocks a sunburn the commenter told of, said back to him', () => {
    expect(
      blockingRules(
        '¡Hola, Iván! Ofrecemos revisiones de piel gratis el sábado. Con la nuca quemada tan seguido, vale la pena venir 😉',
        reply('me llamo Iván, trabajo en el campo y siempre tengo la nuca quemada jaja')
      )
    ).toContain('phi.diagnosis.restated-spanish');
  });

  it('reads Spanish imperatives that open a line as words, not names', () => {
    expect(
      handWrittenBlockingRules('Examen físico deportivo ✅ Incluye presión, vista y corazón. Toma unos 30 minutos. ¡Agenda ya!')
    ).toEqual([]);
    expect(
      handWrittenBlockingRules('Paso a paso: 1) Agita el inhalador. 2) Sella bien la mascarilla sobre nariz y boca.')
    ).toEqual([]);
  });
});

describe('third round (probe856, 857, 859, 860)', () => {
  it('blocks a named person’s blood pressure in Spanish', () => {
    expect(
      blockingRules('¡Felicidades a Norma Treviño, que bajó su presión de 150/92 a 126/80 desde que viene a la van! 🎉')
    ).toContain('phi.lab.person-linked');
  });

  it('passes blood pressure checks offered to everyone, and “¡Gran pregunta!”', () => {
    expect(handWrittenBlockingRules('Mide tu presión arterial en casa: siéntate 5 minutos antes y anota los números.')).toEqual(
      []
    );
    expect(handWrittenBlockingRules('Chequeos de presión arterial gratis este sábado en el mercado, de 9 a 1.')).toEqual([]);
    expect(
      handWrittenBlockingRules(
        '¡Gran pregunta! No hay evidencia de que el ajo cure infecciones de oído. Llame a nuestra línea de enfermería.',
        reply('¿Es verdad que las gotas de ajo curan la otitis?')
      )
    ).toEqual([]);
  });
});
