import { ADVICE_RULES } from '../advice/advice-rules';
import { CONFIRMATION_RULES } from '../confirmation/confirmation-rules';
import { asciiWords } from '../text/ascii-words';

// One phrase per alternative of each gated rule: whenever the rule's regex matches, its key-word gate must let it run.
const PHRASES = [
  'Take 400 mg every 6 hours.', "We've let her know you're asking about her.", 'Bienvenidos otra vez.', 'Our Urgent Care team still asks about him.', 'Billing can pull up the July visit.', 'Estará encantado de volver a verte.', 'Para tu cita de seguimiento.', 'Ya encontramos tu saldo pendiente.', 'Le encanta ver lo bien que le va en sus controles.', 'She was so happy to hear your son is thriving.', 'Yo le daría unas semanas más.', 'We will pass this to the nurse who vaccinated you.', 'She loves hearing from her families.', 'It means a lot from one of our longtime Endocrinology families.', 'Our nurses were so happy to share the good news with you.', 'So glad you were feeling calmer by the time you left.', 'We looked it up and your plan covers it.', 'We pulled up your account.', 'We verified your coverage.', 'It was a pleasure helping you.', 'Thanks for trusting our pharmacy team through it.', "We'd hate to lose you from Dr. Marsh's panel.", 'Glad we could get you back on your feet.', 'Our tent crew patched you right up.', 'Dr. Brooks can keep seeing Caleb.', 'You can safely go up to 800.', 'You could take up to two.', 'Adults can safely double it.', 'Just restart it.', 'Just start them back up.', 'Just pick it back up.', 'Many of our patients take them together.', 'A lot of folks do better taking it at night.', 'Our records show you cancelled.', 'You were seen at our clinic.', "You're on the schedule for 3:30.", "They're in her chart.", 'Your order is already in the system.', 'We will continue treating your son.', '¡Bienvenida de vuelta!', "Mateo's vaccine records are ready.", 'Your MRI images are ready.', 'She always asks about them.', 'Puede dejar la amoxicilina.', 'No hace falta terminarla.', 'Puede aguantar unos días sin tomarlo.', 'Si fuera yo, me pondría crema.', 'No pasa nada grave.', 'Suele ser eso.', 'Sí, está confirmada para el jueves.', 'Revisamos su cuenta.', 'Ya está lista la copia.', '¡Ella también la extraña!', 'All of her patients, including you, will move.', 'Muchos de nuestros pacientes se la toman con la comida.', 'Siempre pregunta por usted.', 'Fue un privilegio cuidar de su padre.', 'Probablemente es cansancio.', 'Thanks for being part of Dr. Marsh’s practice.', 'Te extrañábamos.', 'Fue un placer atender a su papá.', 'Sus resultados ya están listos.', 'Ya le hicimos el examen.', "You're already in our system.", "You'll want a tetanus shot within 2 days.", 'Thanks for being one of our first patients.', "They'll call you today to book a new time.", 'Tómese una pastilla extra.', 'Gotitas de suero salino.', 'Debería estar mejor.', 'Ya verá que baja.', 'Drink 4 oz of juice.', 'Recheck in 15 minutes.', 'Give her half a teaspoon of honey.', 'Try a capful of Miralax.', 'every 4 to 6 hours',
  'Our team is taking great care of him.', 'Our nurses ask about her all the time.', 'She was a wonderful part of our memory study.', 'A decade in our cholesterol registry!', 'Hope you are feeling better after your stop at our tent.', 'Our Birth Center team is over the moon for them.', 'Aaliyah is here with us.', 'Caleb is already with Dr. Brooks.', 'Great patient, great person!', 'It was a pleasure taking care of you.', 'Thank you for trusting our Cardiology team all these years!', "Since you've seen Jordan before, you can book.", "Since you've already been through our cardiac rehab, you can join.",
  'You could double your evening dose.', 'Switch to the generic.', 'Take less for now.', 'Cut the pills in half.', 'Come off the statin.',
  'Go off your meds for a week.', 'Wean off the prednisone.', 'You should try some Tylenol.', 'Put on some hydrocortisone cream.',
  'If it were me, I\'d take ibuprofen.', 'What I\'d do is rest and ice it.', 'Personally, I would skip the coffee.',
  'Most people in your situation take melatonin.', 'Lots of our patients find that magnesium helps.', 'People like you do well on ice.',
  'In your case, I would rest.', 'We recommend ibuprofen.', 'That does the trick with ice.', 'Tylenol takes care of it.',
  'Ibuprofen should bring it down.', 'Ice works wonders.', 'Rest will help.', 'Sounds like a sprain.', 'It\'s probably a sinus infection.',
  'You might have the flu.', 'That is totally normal.', 'It\'s just viral.', 'That\'s probably nothing serious.', 'You\'re probably dehydrated.',
  'Your numbers look fine.', 'Labs seem ok.', 'It isn\'t really necessary.', 'Probably nothing.', 'Nothing to worry about.',
  'No need to see a doctor.', 'You don\'t need to come in.', 'Give it a few days.', 'Wait 2 weeks.', 'Wait it out.', 'I wouldn\'t worry.',
  'It should clear up.', 'It goes away on its own.', 'Ice it for 24 hours first.', 'It usually settles down.', 'It tends to pass.',
  'Don\'t bother calling.', 'Keep an eye on it.', 'Just push through.', 'Tough it out.', 'You don\'t need antibiotics.',
  'No need to see anyone.', 'Yes, drink more water.', '— elevate it and use ice.', 'You can also try some honey tea.',
  'We saw your results.', 'Your recent visit went well.', 'After your surgery, rest.', 'As your surgeon, I agree.',
  'Your nurses will call.', 'As her OB/GYN, I agree.', 'Welcome back!', 'Great to see you again.', 'Seeing you again was great.',
  'We were so happy to see you.', 'It was an honor caring for you.', 'We loved having you.', 'She misses you.', 'He talks about you.',
  'Thanks for coming in!', 'The team who cared for you.', 'Caring for your mom was a joy.', 'Having you and your family here.',
  'Your little one with us.', 'One of our favorite patients.', 'As our patient, you can.', 'You\'re one of our long-time patients.',
  'We reviewed your chart.', 'We are checking on the referral.', 'We\'ve rescheduled your appointment.', 'Glad the new meds are working.',
  'You\'re healing well.', 'Not worth an ER trip.', 'Happens to everyone!', 'She started her life with us.', 'Nos dio gusto verla en su consulta.', 'Just sleep it off.', 'No need for an X-ray.', 'No imaging needed.',
  'It responds best to heat.', 'Ease off the pills.', 'Half a Tylenol tablet.', 'A quarter of a pill.', 'You were a joy to have here.', 'We loved having her on the unit.', 'I\'M SO HAPPY TO SEE YOU', 'WE’VE BOOKED YOU', 'I’d suggest rest.',
  'You’ll be fine.', 'You are totally okay.', 'Nothing to stress about.', 'It isn’t urgent.', 'You can safely wait until Monday.',
  'Honey will knock that cough out.', 'Ginger can help ease your nausea.', 'We’d suggest switching to the non-drowsy one.',
  'That’s textbook bladder infection.', 'It’s probably shingles.', 'Sounds like melanoma.', 'He was such a brave patient!', 'Such a patient teacher.',
  'Your refill is ready for pickup.', 'It’s ready to be picked up today.', 'Hope you’re sleeping better with the new CPAP.',   'Glad you had a great experience with us!', 'It was a privilege to care for your dad.', 'It’s best to finish the course.', 'It is usually fine with food.',
  'The ICU nurses will miss him.', 'The tech noted you slept 3 hours.', 'The charge nurse has your name.', 'You’re next in line.', 'See you both Friday!', 'Our Birth Center nurses said mom and baby are doing great.', 'It’s at the front desk with your name on it.',
  'The nurse who called will be here until 6.', 'It’s been re-sent to the Walgreens on Elm.', 'Your referral has been faxed.',
  'We loved meeting her too!', 'We remember little Eli!', 'Since we saw her on Tuesday, rest.', 'He says the same about you!', 'We have you down for Tuesday.',
  'You’re now booked at 9am.', 'Hope the new inhaler is working.', 'The team remembers him.', 'The nurses who cared for her.', 'The crew that saved him.', 'The team that took such good care of them.', 'The people who looked after him.', 'The surgeons who operated on her.', 'The staff who treated him.', 'We remember Frank well.', 'That’s where we’d lean.', 'I would lean that way.', 'Best for someone like you.', 'So glad she’s home and on the mend.', 'Happy that he is recovering.', 'You’re due back in 12 months.', 'You are in good hands.',
  'Your cleaning went smoothly today.', 'Your 8am procedure.', 'We see your biopsy came back.', 'Dr. Alvarez will see you at 8am.',
  'Looking forward to seeing you Monday.', 'Your old records should still be there.', 'Records go back to 1995, so yours should be there.', 'We should still have your chart.', 'We noted the missed appointment.', 'We have waived your copay.', 'Marcus says all those Tuesday sessions paid off.', 'Your forms are with your provider.', 'We will let your wife’s care team know.', 'We will close out your monitoring enrollment.', 'We will meet you at the door like last time.', 'Marcus says your mom is one of his best students.', 'The nurse who gave his shots will love it.', 'His records are kept on file.',
  'Sudafed is fine while nursing.', 'You can probably stop it.', 'You can stop taking it.', 'An ice pack is all you need.', 'Works every time.',
  'That usually fixes it.', 'One dose is enough.', 'I wouldn’t bother.', 'I’d give it a try.', 'Honey will knock it out.', 'It’ll settle down.',
  'It should improve within a few weeks.', 'Add fiber and it’ll stop.', 'An extra one won’t hurt.', 'It’s probably low iron.', 'Probably just how you sleep.',
  'You can take up to 10 a day.', 'If I were you, I’d get the screening.', 'Personally I would do it.', 'You went from patient to volunteer!', 'She’s still smiling about you!', 'Your dad has been with him for years.', 'We’ve got them at the front desk.', 'See you and your dad Friday!', 'She is up on our 3rd floor.', 'He’s now in the ICU.', 'So good to see her head home.', 'You’re due for a booster.', 'Tyler’s form is ready for pickup.', 'Most people are back to full days by week three.', 'You can return to running after two weeks.', 'We think of her often.', 'See you at your six-week follow-up.', 'Your mother was a joy to care for.', 'An honour to be with your dad.',
  'Sure, go ahead and get it today.', 'It might be time to restart your light box.', 'It could be worth it to try the brace.',
  'Many men just recheck in a year.', 'Most women her age simply wait.', 'You can safely ignore it.', 'Glad Rachel was there for you.',
  'Kevin remembers that brave little guy!', 'Glad our night nurses were there for your dad.', 'Our nurses still talk about that night.',
  'You are one of our regulars.', 'We just sent them to your portal inbox.', 'So glad you felt taken care of with us.', 'Dr. Alvarez is going to love you.',
  'You can totally still get it.', 'Be sure he carries his EpiPen.', 'You should book one now.', 'Lisa says you\'ve been doing great.',
  'That reading is high.', 'Your A1C looks borderline.', 'This number was a bit low.', 'Recheck in a week.', 'and retest in 3 months',
  '— check it again in a few days', 'We are here if you need us again.', 'You can keep seeing her there.', 'Sam is here and stable.', 'She’s resting comfortably.', 'He is out of surgery.', 'They are being seen now.', 'Many have had great results with keto.', 'Everyone on our patient list gets one.', 'They love hearing from their patients.', 'We are excited to work with you over the next few weeks.',
  'See you at your next checkup.', 'The sticker drawer misses him.', 'Glad we got you in fast.', 'So glad she could take care of you.', 'We’ll let the nurses know she’s here.',
  'We’ll add it to her chart.', 'Your OB already sent one over.', 'Dr. Kim loves her longtime patients.', 'Ice first 48 hrs.', 'Rest 2 days.', 'Walking helps more than therapy.', 'Start there before booking.',
  'That’s what I’d do.', 'It looks like your last two visits are pending.', 'Most folks in your spot do fine.', 'I’d just recheck next month.', 'Worth trying before you see anyone.', 'See your family again soon.', 'She feels the same about you.', 'We looked into it.', 'looked it up, all good', 'You’re moved to the 14th.', 'sent this morning!', 'One of our most loyal pharmacy regulars.', 'Try swapping to fish oil.', 'His paperwork is waiting at the desk.', 'She still asks about you.', 'He remembers your family.', 'Our team could get that note to you.',
  'We’d love to see you back.', 'Can’t wait to see the twins again.', 'We would love to help you and the baby again.', 'We’ll get your twins back in with her.', 'She’d be thrilled to see a familiar face.',
  'Thanks for 16 years with us!', 'Thank you for sticking with us all these years.', 'She’d love to know a patient of hers is asking.', 'She’s in good hands with our team.', 'Your mom is in great hands.',
  'Dr. Kim is thrilled one of her patients is joining us.', 'Your name and address were in the affected files.', 'We’ll get you back on the schedule.',
  'Since you’re already with our Cardiology team.', 'He performed the procedure.', 'Keep up the great work between sessions.', 'Our surgeons are thrilled with how well you healed.',
  'Her nurse can bring one up.', 'Our volunteers were honored to be with your mother.', 'You worked so hard in those sessions.', 'We’ll let your nurse know.',
  'Great to hear from a former patient of ours.', 'Sí, tenemos sus registros.', 'Mateo es un paciente muy valiente.', 'Our patients often find that a warm soak helps.',
  'We are happy the appointment timing worked out.', 'Please tell your brother she says hi.',
  'Thanks for spending the night with us.', 'Your experience in our unit matters.', 'She loved meeting your little athlete.', 'Looks like he’s overdue for a checkup.',
  'Thanks for sticking with us since 1961.', 'He’s been such a pleasure to work with.', 'They’ve been a joy to have.', 'He went home this morning.', 'The team remembers your first day.', 'She should be going home soon.', 'She’s all settled in upstairs.', 'Thank you for being such a loyal pharmacy patient.', 'It is wonderful to see a former patient join us.', 'We’ve cancelled tomorrow’s appointment for you.', 'Our clinic has your device details on file.', 'Great job on those cholesterol numbers!', 'Our sonographers said you were wonderful.',
  'He mentioned what a brave little trooper she was.', 'She said how calm you were.', "It's been ages since we've seen you.", 'From your first fitting with our team.', 'Many of our adult patients on modulators have been able to drop them.', 'Our ER team took great care of her.', 'It inspired everyone on our unit.', "We noticed you've been using the app.", 'Go for 30 mmHg socks.', 'The nurses on his unit.', 'She arrived safely.', 'From patient to EMT!', 'Our clinic team has seen him twice.', 'Our nurses have checked on her.', 'Our providers have evaluated them.', 'Our doctors have examined her.', "I'd go with the yearly infusion.", 'Working with you was a highlight.', 'Kwame is in good hands.', 'Show your ticket like last time.', 'Sorry again about last time.', 'Glad our nurses could take good care of you.', 'So proud of you since you were with us.', 'La doctora te espera en tu próxima cita.', 'Te esperamos de vuelta.', "Hopefully this visit's quicker.", 'It was a pleasure guiding you.',
  'Tu curación del pie es el jueves a las 10:30.', 'Su resonancia quedó para mañana.', "They can't wait to hear all about it at your next session.", 'Can’t wait to see you at your next checkup.', 'Nada de qué preocuparse.', '¡Fuiste un gran paciente!',
  'Una copia del registro de alta de tu bebé.', 'Su hermano está con nosotros.',
  'El equipo espera con gusto sus martes, jueves y sábados.', 'Es un gusto tenerle en el turno nocturno.', 'Nos encantó verte ganar confianza cada semana.', 'She said he was a total champ.', 'Sí, Mateo pasó por ella ayer en la tarde.',
  'Nos alegra mucho haberle atendido.', "We'd be happy to see her again.", 'Ya puedes nadar sin problema.', 'Le dio mucho gusto atender a su pequeño.', 'Marcus dice que tus ejercicios dieron frutos.', 'Our volunteers will bring them up to his room.',
  'Tu sesión con Jordan Ellis es mañana a las 4:30.', 'Su enfermera la está cuidando muy bien.', 'La estamos cuidando.', 'Te guardamos tu lugar de siempre.', 'Nos alegra que la extracción haya salido tan bien.', 'Prueba con +3.00.', 'Casi todos a tu edad terminan necesitándolo.', 'A better pot waiting for you next Thursday.', 'Ya recibimos la orden.',
  'Your grandmother is under observation.', 'Your dad is in critical condition.', 'Su abuela está en observación.', 'Thank you for letting us care for him.', 'Thanks for getting your flu shot with us.', 'Gracias por dejarnos acompañarlo.', 'Gracias por vacunarte con nosotros.', 'Algo del expediente de su familiar.',
  'Thank you for taking part in our study.', 'Tu constancia para la escuela ya está lista.', 'Un poquito de pastel no le hará daño.',
  'El equipo que las atendió.', 'Las enfermeras que los cuidaron.', 'Según tu historial, ya toca.', 'They helped you through a hard time here.',
  'Ya corregimos el cargo en su cuenta.', 'Felices de verte de vuelta.',
  "Since you've stayed here, you know.", "You've stayed with us before.", 'La hoja que Lisa le entregó en su consulta.', 'Lo que le dio en su cita.',
  'Your nurse knows you might be late.', 'Cómo sigues después de tu operación.', 'The exam room you were in.', 'They think of your wife often.',
  'Glad your payment plan is all set.', 'Dr. Whitfield says keep up those PT exercises.',
  'Marcus dice que lo espera para el chequeo final.', 'Jordan Ellis te va a recibir el lunes a las 11.', 'Great seeing a familiar face from the rehab gym.', 'La mayoría de la gente en su situación mejora con esto.', 'Seguro se va a alegrar de saber de usted.',
  'Ella siempre pregunta cómo sigues.', 'Todo el equipo se alegran de que ya estés mejor.', 'Kevin says keep that visor down next time.', 'How much her care has meant to you.', 'Sus dentaduras ya llegaron.', 'Victor is still with our team.', 'Veo que tu último chequeo fue hace un año.', 'En tu sesión del jueves.', 'She always says the twins are the best.',
  'Se alegró de verla en su control.', 'Le encanta cuidar a familias enteras como la suya.', 'She loves seeing your family every year.', 'No te preocupes por la cita.',
  'Su tía está en muy buenas manos.', '¡Gracias! Está en buenas manos.', 'She should go home this evening.', 'Finishing up her discharge paperwork.', 'Terminando los papeles del alta.', 'Debería salir esta tarde.', 'Si fuera usted, caminaría.', 'Yo que usted, descansaría.', 'Si fuera tú, iría.',
  "Dr. Marsh's notes say so.", 'The notes from your visit.', 'Le va a dar gusto saber que está bien.', 'Su cirugía de rodilla quedó perfecta.',
  "Ava's primary nurses.", 'Probablemente está dormidito.', 'Sí, ya puedes empezar con cereal.',
  'Thank you for trusting our team with your vision.',
  'Estará feliz de verla otra vez.', 'Gusto de volver a verte de nuevo.', 'Thank you for sharing Leo with us.', 'Thanks for sharing your mom with us.',
  'Dr. Bello says hello!', 'La Dra. Alvarez le manda saludos.',
  'Como ya eres paciente suyo, puedes reservar.', "Since you're already her patient, book online.", "She says she's so proud of you.", 'Dice que está muy orgullosa de tu constancia.',
  'No hace falta repetirla.', 'No necesitas repetir la prueba.', 'Many kids never end up needing medication at all.',
  'Con gusto la vuelve a ver.', 'Los espera en la próxima consulta.', '¿Como la vez pasada?', "Since he's already established with us.", 'It was a privilege to be part of your comeback.', 'Dice que usted fue de las personas más dedicadas de su grupo.', 'She says you were one of the hardest-working in her class.', 'Al equipo que estuvo con su papá.', 'Glad our Urgent Care team could take care of you.', "Everyone's been asking when you'll be back!", 'Sí aparece una consulta del 14 de marzo en tu cuenta.', 'Dice que su princesa fue la más valiente de la semana.', 'Nomás vigílelo esta noche en casa.', 'Estaban muy contentos de ver a su suegra tan animada.', 'Kevin says that was his fastest reduction of the week!', 'El equipo de Owen Pritchard está muy orgulloso de ti.', 'Nos alegra mucho ver lo bien que va ella.', 'Su hijo pasó por el centro esta mañana.',
  "We'll walk you through everything on Thursday.",
];

describe('rule key words', () => {
  for (const rule of [...ADVICE_RULES, ...CONFIRMATION_RULES]) {
    it(`${rule.id}: every phrase it matches holds one of its key words`, () => {
      for (const phrase of PHRASES) {
        if (!rule.pattern.test(phrase)) continue;
        const words = asciiWords(phrase);
        const gated = rule.keyWords.some((w) => words.has(w)) || ('orDigit' in rule && rule.orDigit === true && /\d/.test(phrase));
        expect({ phrase, gated }).toEqual({ phrase, gated: true });
      }
    });
  }

  it('the phrases reach every rule', () => {
    for (const rule of [...ADVICE_RULES, ...CONFIRMATION_RULES]) expect([rule.id, PHRASES.some((p) => rule.pattern.test(p))]).toEqual([rule.id, true]);
  });
});
