import { blockingRules, checkPost, handWrittenBlockingRules, reply } from './check-post';

describe('session 75, round 1 (probe1204, 1205, 1207, 1208): towns of the Imperial Valley, a device implanted, glad to see her again', () => {
  it('blocks a named patient who had a heart-failure sensor implanted', () => {
    expect(
      blockingRules('On Monday, Dr. Helena Marsh implanted a wireless heart-failure sensor in Orem resident Gary Nielsen, 67.')
    ).toContain('phi.procedure.person-linked');
  });

  it('blocks one of ours glad to see the commenter again, in Spanish', () => {
    expect(
      blockingRules(
        '¡Seguro que la Dra. Marsh también estará feliz de verla otra vez! Llame al (555) 300-1000.',
        reply('Ojalá me toque otra vez con la Dra. Marsh en mi próxima consulta')
      )
    ).toContain('confirmation.spanish-glad-to-see-again');
  });

  it('blocks thanks for sharing a relative with us after a memorial', () => {
    expect(
      blockingRules(
        'Thank you for being there, and for sharing Leo with us. Our chaplains will read his name at the spring remembrance.',
        reply('Thank you for the beautiful memorial service for my grandpa Leo last weekend')
      )
    ).toContain('confirmation.shared-them-with-us');
    expect(handWrittenBlockingRules('Thank you for sharing your story with us!', reply('Our family loved the walk.'))).toEqual(
      []
    );
  });

  it('blocks the weeks of a pregnancy loss said back, in Spanish', () => {
    expect(
      blockingRules(
        'Lamentamos muchísimo la pérdida de su bebé a las 20 semanas. Llame al (555) 300-1000.',
        reply('¿Tienen grupos de apoyo? Perdí a mi bebé a las 20 semanas')
      )
    ).toContain('phi.diagnosis.restated-pregnancy');
  });

  it('blocks a result held for the next reel', () => {
    expect(
      blockingRules(
        'Lo que pasó cuando 10 trabajadores cambiaron el refresco por agua de jamaica… Los resultados completos, solo en nuestro siguiente reel.'
      )
    ).toContain('clickbait.spanish-teaser');
  });

  it('passes the towns of the Imperial Valley, listed or as a hashtag', () => {
    expect(
      handWrittenBlockingRules(
        'En 2024 atendimos a 3,412 trabajadores agrícolas en nuestras unidades móviles de Yuma, San Luis, El Centro y Calexico. El 41% no había visto a un médico en más de 2 años.'
      )
    ).toEqual([]);
    expect(handWrittenBlockingRules('Si un compañero se confunde o deja de sudar, llame al 911. #CalorExtremo #Yuma')).toEqual(
      []
    );
  });

  it('passes a full video after the list it has given, and the carbs in a slice of cake', () => {
    expect(
      handWrittenBlockingRules(
        'Owen Pritchard comparte 3 estiramientos: 1) rodillas al pecho, 2) gato-vaca, 3) cadera de pie. Video completo en nuestro canal.'
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Una rebanada de pastel tiene unos 35–45 g de carbohidratos. Para la dosis, llame al (555) 300-1000.',
        reply('¿Cuántos carbohidratos tiene una rebanada de pastel?')
      )
    ).toEqual([]);
  });

  it('passes a diabetes educator and a pump that may fail, said to a parent in Spanish', () => {
    expect(
      handWrittenBlockingRules(
        'Llame al (555) 300-1000 y pida una cita con la educadora en diabetes.',
        reply('Mi hija Sofía tiene diabetes tipo 1 y empieza el kínder en agosto.')
      )
    ).toEqual([]);
    expect(
      handWrittenBlockingRules(
        'Si una bomba de insulina falla fuera de horario, llame al (555) 300-1000.',
        reply('¿A qué número llamo si la bomba de insulina de mi hijo falla en la noche?')
      )
    ).toEqual([]);
  });

  it('passes the month pollen peaks along a valley', () => {
    expect(
      checkPost(
        'Spring allergy season is here 🌸 Tree pollen peaks along the Wasatch Front in April. Keep windows closed.'
      ).findings.map((f) => f.rule)
    ).not.toContain('phi.date.care-month');
  });
});
