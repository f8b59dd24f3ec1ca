import { blockingRules, reply } from './check-post';

describe('first round (probe784, 785, 787, 788)', () => {
  it('blocks Spanish hooks that hold the answer back or bargain for forwards and alerts', () => {
    expect(
      blockingRules(
        '⚠️ URGENTE ⚠️ Si usa ESTE analgésico, sus riñones podrían estar en PELIGRO. Reenvíe este mensaje a toda su familia 🙏'
      )
    ).toContain('clickbait.spanish-teaser');
    expect(
      blockingRules('Le preguntamos a 5 pacientes qué comieron primero. La respuesta número 4 nos hizo llorar 😭')
    ).toContain('clickbait.spanish-withheld-warning');
    expect(blockingRules('Muchos pacientes cometen este error con el agua. Mañana a las 8 les decimos cuál es.')).toContain(
      'clickbait.spanish-held-for-later'
    );
    expect(blockingRules('Nadie nos creyó cuando lo contamos… 😳 Link en la bio 👆')).toContain('clickbait.spanish-teaser');
    expect(
      blockingRules('Lo que revelaron los análisis de 1.000 pacientes cambió nuestro menú. No es lo que imagina. 🍽️')
    ).toContain('clickbait.spanish-teaser');
    expect(blockingRules('¿Puedes ver el número escondido? 🔢 Solo el 2 % lo logra.')).toContain('clickbait.spanish-teaser');
    expect(
      blockingRules('Lo que descubrimos al revisar la vista de 200 conductores te va a hacer pensarlo dos veces 🚚😬')
    ).toContain('clickbait.spanish-held-for-later');
  });

  it('passes a Spanish post that gives its answer', () => {
    expect(blockingRules('Mañana a las 8 hay charla sobre dieta renal en la Sala B. ¡Los esperamos!')).toEqual([]);
  });

  it('reads a name the comment gave someone else, said back', () => {
    expect(
      blockingRules(
        'Sí, ya llegó el resultado de Brayan. La Dra. Hannah Brooks le llamará para explicarle.',
        reply('Buenas tardes, soy la mamá de Brayan Téllez, ¿ya están los resultados de su prueba de plomo?')
      )
    ).toContain('phi.name.relative-said-back');
    expect(
      blockingRules(
        '¡Qué alegría! Muchas felicidades por la llegada de Camila. 💕',
        reply('Gracias Dra. Bello por acompañarme en el parto de mi Camila 💕')
      )
    ).toContain('phi.name.relative-said-back');
    expect(
      blockingRules(
        'Yes, we are! We remember Betty and still have her photo on our memory wall. 💙',
        reply("Are you the Riverside that did my mom's hospice in 2021? Her name was Betty Olsen")
      )
    ).toContain('phi.name.relative-said-back');
    // "I'm Rosa" is the commenter, not a relative.
    expect(
      blockingRules(
        'Thanks, Rosa! Our hospice volunteers meet on Tuesdays.',
        reply("I'm Rosa and I'd love to volunteer with your hospice")
      )
    ).not.toContain('phi.name.relative-said-back');
  });

  it('knows more Spanish terms of care', () => {
    expect(blockingRules('Don Gilberto se dializó en nuestra unidad tres veces por semana durante 15 años.')).toContain(
      'phi.procedure.person-linked'
    );
    expect(
      blockingRules('La sonrisa de don Chuy lo dice todo: llegó con una catarata tan madura que solo veía sombras.')
    ).toContain('phi.diagnosis.person-linked');
    expect(
      blockingRules(
        'Entendemos su preocupación por su bebé con un solo riñón.',
        reply('Mi bebé de 3 meses nació con un solo riñón, ¿es grave?')
      )
    ).toContain('phi.diagnosis.restated-spanish');
  });

  it('blocks replies that say we did this person’s care', () => {
    expect(
      blockingRules(
        '¡Sí! La feria es el sábado 20 de septiembre. Y como ya le hicimos el examen el año pasado, traiga sus lentes actuales.',
        reply('El año pasado me hicieron el examen de la vista gratis en la feria, ¿lo van a repetir?')
      )
    ).toContain('confirmation.spanish-we-did-your-care');
    expect(
      blockingRules(
        '¡Gracias, Carmen! A nuestro equipo le encanta verla cada lunes, miércoles y viernes. 💙',
        reply('Gracias a las enfermeras de diálisis')
      )
    ).toContain('confirmation.spanish-we-did-your-care');
    expect(
      blockingRules(
        "It's (555) 201-4460, and Jordan Ellis, LCSW, who worked with your family, is still here. 💙",
        reply('the hospice social worker gave me a card but I lost it')
      )
    ).toContain('confirmation.cared-for-you');
    expect(
      blockingRules('Ya le hicimos llegar la información por correo.', reply('¿Me mandan el folleto de la feria?'))
    ).not.toContain('confirmation.spanish-we-did-your-care');
  });

  it('reads no name in "la Clínica Móvil", "no dan síntomas" or a packing house', () => {
    expect(blockingRules('Sí, la Clínica Móvil ofrece la vacuna Tdap gratis en todas las paradas.')).toEqual([]);
    expect(blockingRules('La presión alta y la diabetes tipo 2 muchas veces no dan síntomas. Revísese gratis.')).toEqual([]);
    expect(
      blockingRules('Este sábado 14 de junio estaremos en la empacadora Valle Verde, de 6 a 10: presión arterial y glucosa.')
    ).toEqual([]);
  });
});

describe('second round (probe790, 791, 793, 794)', () => {
  it('blocks more Spanish hooks', () => {
    expect(
      blockingRules('3 señales de que tu dolor de cabeza no es una migraña común. La #2 la pasan por alto hasta los médicos 👀')
    ).toContain('clickbait.spanish-teaser');
    expect(blockingRules('Si tienes más de 40, NECESITAS ver esto 🧠⚠️')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('¿Bajar 10 kilos en 2 semanas? 🤔 La respuesta podría sorprenderte… 👀')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(
      blockingRules('Nuestra dietista reveló su snack favorito… pero solo lo contamos en nuestro canal de WhatsApp 📲')
    ).toContain('clickbait.spanish-teaser');
    expect(blockingRules('¡¡INCREÍBLE!! Bajó 60 kilos SIN dietas 😱 Descubre su secreto aquí 👇')).toContain(
      'clickbait.spanish-teaser'
    );
    expect(blockingRules('Lo que respondió la doctora… mejor léelo tú misma. 👇')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('¿Tomas café todas las mañanas? 😱 Los cardiólogos están ALARMADOS por lo que descubrieron.')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(blockingRules('Etiqueta a la mamá más valiente que conozcas 💪💜')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('Fíjate bien en la manita del bebé 👀 Solo el 1 % de las personas nota el detalle.')).toContain(
      'clickbait.spanish-teaser'
    );
  });

  it('blocks Spanish replies that say we cared for them, and Spanish advice framed by our patients', () => {
    expect(
      blockingRules(
        '¡Qué lindo gesto! Las enfermeras que atendieron a tu abuelito estarán felices de leerla 💙',
        reply('Mi abuelito estuvo internado con ustedes, ¿cómo mando una carta a las enfermeras?')
      )
    ).toContain('confirmation.spanish-we-did-your-care');
    expect(
      blockingRules(
        '¡Seguro es Marcus Greene! Le encantará saber que te acuerdas de tus sesiones con él 😊',
        reply('¿Quién era el fisioterapeuta alto?')
      )
    ).toContain('confirmation.spanish-we-did-your-care');
    expect(
      blockingRules(
        'Le pasamos el mensaje al turno de noche; se alegraron muchísimo de saber que su niña está creciendo bien. 💜',
        reply('Gracias a las enfermeras del turno de noche')
      )
    ).toContain('confirmation.spanish-we-did-your-care');
    expect(
      blockingRules(
        'Muchos de nuestros pacientes mejoran bastante con un suplemento de hierba de San Juan.',
        reply('Desde el ictus mi papá está triste')
      )
    ).toContain('advice.spanish-peers-course');
    expect(
      blockingRules('¡Felicidades! Haz ayuno intermitente 16:8 y quita el pan.', reply('Quiero bajar 5 kilos antes de mi boda'))
    ).toContain('advice.spanish-peers-course');
  });

  it('blocks English replies that tell of their care or their next due date', () => {
    expect(
      blockingRules(
        "Thank you for sharing! We'll make sure she hears how much she helped you. 💙",
        reply('The tech who did my ultrasound today was so kind')
      )
    ).toContain('confirmation.cared-for-you');
    expect(
      blockingRules(
        "Yes! You're due in March — we'll text you a reminder 4 weeks before.",
        reply("Will you remind me when I'm due for my next mammogram?")
      )
    ).toContain('confirmation.records-say');
  });

  it('reads more Spanish PHI', () => {
    expect(
      blockingRules(
        '¡Claro! Habrá opciones sin gluten para personas con celiaquía como tú. 🌽',
        reply('Soy celíaco, ¿la clase tendrá opciones sin gluten?')
      )
    ).toContain('phi.diagnosis.restated-spanish');
    expect(
      blockingRules(
        'Para un bebé de 28 semanas como el suyo, Pediatría puede evaluarlo.',
        reply('Mi bebé tiene 3 meses, nació de 28 semanas. ¿Pueden revisarle la cadera?')
      )
    ).toContain('phi.diagnosis.spanish-weeks-said-back');
    expect(blockingRules('🎉 ¡Juan Pablo, de la incubadora 5, ya toma biberón solito!')).toContain('phi.location.spanish-room');
    expect(
      blockingRules(
        'Nuestro equipo de Salud Conductual acompaña a adolescentes como Camila.',
        reply('Mi hija Camila tiene 14 años y creo que tiene un trastorno alimentario.')
      )
    ).toContain('phi.name.relative-said-back');
  });

  it('reads no commenter’s care in a field they study', () => {
    expect(
      blockingRules(
        'Yes! We host nursing students for shadowing days with our hospice and palliative teams.',
        reply("I'm a nursing student interested in palliative care. Do you offer shadowing?")
      )
    ).toEqual([]);
  });
});

describe('third round (probe796, 797, 799, 800)', () => {
  it('blocks more Spanish hooks', () => {
    expect(
      blockingRules('ÚLTIMA HORA 🚨 Este gesto de 10 segundos podría salvar tus pulmones. Casi nadie lo hace. 🧵👇')
    ).toContain('clickbait.spanish-teaser');
    expect(
      blockingRules('Hicimos la prueba con 10 hombres. Solo 1 acertó. El video completo, este jueves en nuestra página 😅')
    ).toContain('clickbait.spanish-teaser');
    expect(blockingRules('Este error en la ducha podría costarte una visita a urgencias 😱 Casi todos lo cometen.')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(
      blockingRules(
        'Hay una señal en la forma de caminar de tu hijo que casi ningún papá nota. Nuestro fisioterapeuta te la cuenta el jueves 👀'
      )
    ).toEqual(expect.arrayContaining(['clickbait.spanish-withheld-warning', 'clickbait.spanish-held-for-later']));
    expect(blockingRules('La tercera respuesta nos rompió el corazón 💔 Mírala en nuestro próximo video.')).toContain(
      'clickbait.spanish-withheld-warning'
    );
  });

  it('blocks Spanish replies that tell of our care, and remedies given to a baby', () => {
    expect(
      blockingRules(
        '¡Qué gusto! Nos alegra que se haya ido a casa con todo claro. 💙',
        reply('La enfermera Rachel me explicó cómo usar el nebulizador')
      )
    ).toContain('confirmation.spanish-we-did-your-care');
    expect(
      blockingRules(
        'Siempre se alegra de saber que sus pacientes están mejor.',
        reply('Ojalá el doctor que me atendió en Urgencias lea esto')
      )
    ).toContain('confirmation.spanish-we-did-your-care');
    expect(
      blockingRules(
        '¡Gracias! Díganle que nos da mucho gusto que ya esté de pie 😊',
        reply('Mi esposo me dijo que ustedes lo atendieron súper bien')
      )
    ).toContain('confirmation.spanish-we-did-your-care');
    expect(
      blockingRules('¡Nos alegra leerte! Kevin Osei preguntó por ti esta mañana 😊', reply('Gracias por la rapidez anoche.'))
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        'Hágale lavados nasales con suero y póngale Vick VapoRub en el pecho.',
        reply('Mi bebé de 8 meses tiene mucha mucosidad')
      )
    ).toContain('advice.spanish-remedy');
  });

  it('reads an age past 89 celebrated, and lipedema said back', () => {
    expect(blockingRules('Así celebró Doña Chayito sus 94 años en el tercer piso 🎂💐')).toContain('phi.age.over-89');
    expect(blockingRules('La clínica celebra este año sus 100 años de historia.')).toEqual([]);
    expect(
      blockingRules(
        "We're so sorry your lipedema has been painful. Our vascular team can help.",
        reply('Does your vein clinic treat lipedema? I was diagnosed last year')
      )
    ).not.toEqual([]);
  });

  it('reads no name in "Fin de semana"', () => {
    expect(
      blockingRules('Fin de semana en urgencias, en números 📊 Sábado y domingo atendimos 41 casos de cólico renal.')
    ).not.toContain('phi.name.given-name');
  });
});

describe('fourth round (probe802, 803, 805, 806)', () => {
  it('blocks more Spanish hooks', () => {
    expect(blockingRules('Hay una señal que las terapeutas buscan primero… y casi nadie la conoce.')).toContain(
      'clickbait.spanish-teaser'
    );
    expect(blockingRules('El 90% de la gente FALLA esta prueba de audición. Haz clic y descubre tu resultado 😱')).toContain(
      'clickbait.spanish-teaser'
    );
    expect(blockingRules('Pensábamos que era solo una gripa. (Continúa 👇 en los comentarios)')).toContain(
      'clickbait.spanish-teaser'
    );
    expect(blockingRules('Este remedio casero elimina la otitis en 1 hora. Los otorrinos lo ODIAN. ¡Compártelo YA!')).toContain(
      'clickbait.spanish-teaser'
    );
    expect(blockingRules('Lo que nos dijo una enfermera nos dejó sin aliento.')).toContain('clickbait.spanish-teaser');
    expect(blockingRules('En nuestro próximo video, la doctora revela la señal temprana. 🔔 Activa la campanita.')).toContain(
      'clickbait.spanish-teaser'
    );
    expect(
      blockingRules('La respuesta de nuestra trabajadora social nos hizo llorar a todos. Mañana la compartimos. 💔')
    ).toContain('clickbait.spanish-held-for-later');
    expect(
      blockingRules('ALERTA 🚨 Este error al bañar a un adulto mayor manda a MILES al hospital. ¿Lo estás cometiendo? 😳')
    ).toContain('clickbait.spanish-withheld-warning');
    expect(blockingRules('El ALIMENTO que está INFLAMANDO sus articulaciones… 👉 Haga clic para descubrirlo.')).toContain(
      'clickbait.spanish-withheld-warning'
    );
    expect(
      blockingRules('⚠️ NO tome NUNCA esto con el estómago vacío… Mensaje completo solo para quienes reaccionen con ❤️')
    ).toContain('clickbait.spanish-withheld-warning');
    expect(
      blockingRules('Nuestro consejo favorito para la artritis. Mensaje completo solo para quienes reaccionen con ❤️')
    ).toContain('clickbait.spanish-withheld-warning');
  });

  it('blocks Spanish replies that put this person on our schedule or tell of our care', () => {
    expect(
      blockingRules(
        '¡Sí, ya llegaron! Su adaptación quedó para el martes a las 9 am.',
        reply('¿Ya llegaron mis audífonos nuevos?')
      )
    ).toContain('confirmation.spanish-on-schedule');
    expect(
      blockingRules('¡Gracias! Le va a encantar en su próximo control. 👂', reply('¡Bienvenido el nuevo audiólogo!'))
    ).toContain('confirmation.spanish-staff-knows-you');
    expect(
      blockingRules(
        '¡Sí, la Dra. Hannah Brooks sigue con nosotros y se va a alegrar de ver otra vez a sus niños!',
        reply('¿La Dra. Brooks sigue atendiendo?')
      )
    ).toContain('confirmation.spanish-we-did-your-care');
    expect(
      blockingRules(
        'Cada niño tiene su ritmo; yo esperaría hasta los 3 años antes de consultar.',
        reply('Mi bebé de 18 meses todavía no dice ninguna palabra')
      )
    ).toContain('advice.spanish-reassurance');
  });

  it('reads the street set off after a name', () => {
    expect(blockingRules('Felicitamos a Carmen Ibarra, de la calle Olmo 22, por cumplir un año sin fumar 🚭')).toContain(
      'phi.address.spanish-street'
    );
  });
});
