import { hasSpanishMarks, isSpanishSentence, isSpanishText } from '../text/spanish-sentence';

/**
 * Spanish words that the name lists also hold as given names or surnames ("Si", "Ella", "Cara", "Hoy", "Claro"), and the
 * words of our services and of bodies that the name rules took for one ("Urgencias Pediátricas", "la Asociación Estatal
 * de Pediatría", "el Día Mundial del Prematuro", "la Clínica Móvil", "no dan síntomas"). In a Spanish sentence they are words: "Si ya se siente bien…", "¿Cara caída o brazo débil?". Names that are also Spanish
 * words (Rosa, Luz, Dolores, Esperanza, Domingo) are left out: in Spanish they are names as often as not.
 */
const SPANISH_WORDS_NOT_NAMES: ReadonlySet<string> = new Set(
  `si sí ella ellas él yo tu tú su sus nuestro nuestra cara brazo mano boca tome toma tomas dale cierra pero como cómo donde dónde hay hoy
   ayer claro bueno buena feliz vida salud familia hermano hija esposo amor dios menos nada cada este esta esa lo un del sin
   durante ante bajo cabe lunes martes miércoles jueves viernes sábado enero febrero marzo abril mayo junio julio agosto
   septiembre octubre noviembre diciembre línea está perdón salón semana casi ola nueva nuevo sala recuerda bienvenidos bienvenidas bienvenido bienvenida radio sintonice sintoniza de del la las los el en que y con por para
   lea llame pida pregunte visite traiga recoja venga consulte evite recuerde escriba revise bebe beba cuánta cuánto cuántas cuántos cuándo quién cuál
   directora director médica médico jefa jefe coordinadora coordinador gerente enfermera enfermero paciente pacientes relaciones evita
   niño niña niños niñas amigo amiga amigos año años mañana meta charla charlas
   urgencias emergencias pediátrica pediátricas pediátrico pediátricos asociación estatal nacional mundial día fundación sociedad
   instituto unidad cuidados intensivos intensiva medicare medicaid salmón receta ánimo respiración recuperación quirúrgica quirúrgico máximo mínimo prepárate inscríbete regístrate acompáñanos únete clínica clinica dan fin
   sella agita coloca aplica respira sostén sosten guarda usa gran
   rehabilitación prevención nutrición educación vacunación atención detección hidratación alimentación donación inscripción orientación evaluación información presión hipertensión cardíaca cardiaca
   exámenes examen pruebas prueba análisis estudios citas horario`.split(/\s+/)
);

/** "Cardiología", "Pediatría", "Endocrinología": a department, in Spanish. */
const SPANISH_DEPARTMENT_WORD = /(?:log[ií]a|iatr[ií]a)$/u;

/** "Caminata Rosa", "Octubre Rosa", "el lazo rosa", "la Noche Rosa": the colour of a breast-cancer campaign or its event, not a woman named Rosa. */
const PINK_CAMPAIGN_WORD = String.raw`(?:caminata|carrera|marcha|octubre|lazo|list[oó]n|moño|campaña|mes|ola|color|noche|feria|gala|jornada|fiesta|cena|semana|velada|brigada|caravana)`;
const PINK_CAMPAIGN_BEFORE = new RegExp(String.raw`(?<![\p{L}])${PINK_CAMPAIGN_WORD}\s+$`, 'iu');
/** "Carrera Rosa" found as one name. */
const PINK_CAMPAIGN = new RegExp(String.raw`^${PINK_CAMPAIGN_WORD}\s+rosa$`, 'iu');

/**
 * "la Escuela Secundaria Roosevelt", "el Colegio San José", "la Biblioteca Benito Juárez", "la empacadora Valle Verde": the name of a place, in Spanish the
 * kind of place first. Not "un chico de la Secundaria Lincoln": someone's school still says who they are.
 */
const SPANISH_PLACE_BEFORE =
  /(?<![\p{L}])(?:Escuela|Primaria|Secundaria|Preparatoria|Colegio|Universidad|Biblioteca|Iglesia|Parroquia|Parque|Hospital|Cl[ií]nica|Centro|[Ee]mpacadora|[Rr]ancho|[Gg]ranja|[Ff]inca|[Hh]uerta|[Vv]iñedo)(?:\s+(?:Primaria|Secundaria|Comunitari[oa]|Municipal|de|del|la|las|los|el))*\s+$/u;
const OF_THE_BEFORE = /(?<![\p{L}])de\s+(?:la|el)\s+$/u;

/** The place named right before `start`, unless it is someone's ("un chico de la Secundaria Lincoln"). */
function namesASpanishPlace(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const place = SPANISH_PLACE_BEFORE.exec(before);
  return place !== null && !OF_THE_BEFORE.test(before.slice(0, place.index));
}

/** A name found in Spanish whose first word is a Spanish word ("Si", "Ella creía"), a campaign's pink, or a place's name. */
export function isSpanishWordAt(text: string, start: number, end: number, sentence: () => string): boolean {
  if (namesASpanishPlace(text, start) && (isSpanishSentence(sentence()) || isSpanishText(text))) return true;
  // "B. Recuerda": after an initial, the word that follows is the one to judge.
  const first = /^(?:\p{Lu}\.\s+)?([\p{L}]+)/u.exec(text.slice(start, end))?.[1]?.toLowerCase();
  if (first === 'rosa' ? PINK_CAMPAIGN_BEFORE.test(text.slice(Math.max(0, start - 12), start)) : PINK_CAMPAIGN.test(text.slice(start, end))) return true;
  // "… Toma unos 30 minutos. ¡Agenda ya!": a post of fragments is Spanish by its "¡" or "¿" where too few function words say so.
  return first !== undefined && (SPANISH_WORDS_NOT_NAMES.has(first) || SPANISH_DEPARTMENT_WORD.test(first)) && (isSpanishSentence(sentence()) || isSpanishText(text) || hasSpanishMarks(text));
}
