import { CONDITIONS, DOSE_UNIT, DRUGS, HOME_DEVICES, MED_WORDS, SELF_CARE } from './advice-vocabulary';
import { CARE_DEFERRAL_RULES } from './care-deferral-rules';

/**
 * Rules for individual diagnostic, dosing or treatment guidance in replies. Each runs on one
 * clause; `needsCareContent` rules only count when the clause also names a treatment (a drug,
 * dose word or self-care action), so "if it were me I'd call the nurse line" stays clean.
 */
export interface AdviceRule {
  id: string;
  type: 'dosing' | 'dose-change' | 'treatment' | 'diagnosis' | 'discourages-care' | 'hedged-advice';
  pattern: RegExp;
  message: string;
  needsCareContent?: boolean;
  /**
   * What in the comment counts as the clause's care content: any drug, dose or treatment word ('care': "Can I double my
   * ibuprofen?" → "you could go up to 3"), or only a named drug ('drug': "I'm on metformin but want to try 18:6" → "I'd
   * begin with 16:8"; a shot or a pill does not).
   */
  careContentInComment?: 'care' | 'drug';
  /** Skip when the clause only routes to a clinician ("call the nurse line", "911"). */
  routingExcuses?: boolean;
  /** Only in answer to a comment that asks this ("Do I need to get checked?"). */
  commentAsks?: RegExp;
  /**
   * Every match holds one of these as a whole ASCII word (see text/ascii-words.ts) — or a digit, when
   * `orDigit` — so the rule's regex only runs on a text that has one. Keep in step with `pattern`.
   */
  keyWords: readonly string[];
  orDigit?: boolean;
}

const re = (source: string): RegExp => new RegExp(source, 'i');

const DOSE_CHANGE_VERBS = [
  'double', 'doubling', 'halve', 'halving', 'cut', 'cutting', 'split', 'splitting', 'skip', 'skipping', 'stop', 'stopping', 'quit', 'quitting',
  'pause', 'pausing', 'hold', 'holding', 'reduce', 'reducing', 'lower', 'lowering', 'increase', 'increasing', 'raise', 'raising', 'taper',
  'tapering', 'wean', 'weaning', 'come', 'go', 'switch', 'switching',
];

const POSSESSIVE = '(?:the\\s+|your\\s+|that\\s+|this\\s+|his\\s+|her\\s+|their\\s+|my\\s+)?';
const TIMING = '(?:(?:evening|morning|afternoon|night(?:time)?|bedtime|daily|weekly|next|usual|regular|extra|bp|blood\\s+pressure|water|sugar|thyroid|heart)\\s+)?';

/** What a Spanish reply can tell someone to take or give: "una pastilla", "gotitas", "jarabe", a named painkiller. */
const SPANISH_REMEDY_WORDS = [
  'manzanilla', 'miel', 'pastilla', 'pastillas', 'tableta', 'tabletas', 'dosis', 'cucharada', 'cucharadas', 'cucharadita', 'cucharaditas', 'gotitas', 'gotas', 'jarabe',
  'alka', 'seltzer', 'pepto', 'peptobismol', 'uvas', 'ibuprofeno', 'paracetamol', 'acetaminof', 'tylenol', 'aspirina', 'motrin', 'advil', 'suero', 'antibi', 'jugo', 'antihistam', 'antihistaminico', 'difenhidramina', 'clavo',
  'parche', 'hielo', 'compresa', 'compresas', 'lanolina', 'vick', 'vaporub', 'lavados', 'vinagre', 'pasta', 'clara', 'mantequilla',
];
const SPANISH_REMEDY = '(?:(?:un\\s+poquito\\s+de\\s+)?(?:t[eé]\\s+de\\s+)?manzanilla|t[eé]\\s+de\\s+(?:tila|jengibre|canela|hierbabuena|valeriana|boldo|ruda|toronjil)|pasta\\s+de\\s+dientes|clara\\s+de\\s+huevo|mantequilla|miel|jugo|pastillas?|tabletas?|dosis|cucharad(?:it)?as?|gotitas|gotas|jarabe|antihistam[ií]nicos?|difenhidramina|clavo\\s+de\\s+olor|alka-?\\s?seltzer|pepto(?:-?\\s?bismol)?|sal\\s+de\\s+uvas|ibuprofeno|paracetamol|acetaminof[eé]n|tylenol|aspirina|motrin|advil|suero|antibi[oó]ticos?|parche|hielo|lanolina|vick(?:\\s+vaporub)?|vaporub|vinagre(?:\\s+de\\s+manzana)?|lavados\\s+nasales|compresas?\\s+(?:fr[ií]as?|tibias?|calientes?))';
/** A medicine a Spanish text names: a remedy word, "medicina", or a drug name by its ending ("metformina", "omeprazol", "losartán"). */
export const SPANISH_MEDICINE = `(?:${SPANISH_REMEDY}|medicinas?|medicamentos?|[a-zñáéíóú]+(?:ina|ol|án|pril)(?![a-zñáéíóú]))`;

/** "Part 4 drops Friday", "Episode 2 pills and myths": a number that counts parts of a series, not a dose. */
const NOT_A_PART_NUMBER = String.raw`(?<!\b(?:part|episode|ep|chapter|season|volume|vol|issue|no)\.?\s+)`;

export const ADVICE_RULES: readonly AdviceRule[] = [
  {
    id: 'advice.dosing',
    keyWords: ['dose', 'teaspoon', 'tablespoon', 'tsp', 'tbsp', 'capful', 'dropperful'],
    orDigit: true,
    type: 'dosing',
    pattern: re(
      // "2 Advil n rest": a count of a named pill is a dose too.
      `${NOT_A_PART_NUMBER}\\b[1-4]\\s+(?:advil|motrin|ibuprofen|tylenol|acetaminophen|aleve|naproxen|aspirin|excedrin|benadryl|zyrtec|claritin|allegra|sudafed|tums|pepto|imodium|melatonin)s?\\b|${NOT_A_PART_NUMBER}\\b\\d+(?:[.,]\\d+)?(?:\\s*(?:-|–|to|or)\\s*\\d+(?:[.,]\\d+)?)?\\s?${DOSE_UNIT}\\b(?!\\s*\\/\\s*(?:dl|l)\\b)(?!\\s*(?:(?:of|de)\\s+)?(?:protein|fiber|fibre|sugars?|steps|carbs?|carbohydrates?|fat|saturated|sodium|added\\s+sugar|carbohidratos|az[uú]car(?:es)?|prote[ií]nas?|fibra|grasas?|sodio))|\\b(?:a|one|two|half\\s+a)\\s+(?:dose|teaspoon|tablespoon|tsp|tbsp|capful|dropperful)\\s+of\\b|\\b\\d+(?:[.,]\\d+)?\\s*(?:ounces?|oz)\\s+(?:every|each|per|an?)\\s+(?:\\d+\\s+)?(?:hours?|hrs?|minutes?|mins?|feeds?|feedings?)\\b|\\b\\d+(?:[.,]\\d+)?\\s*(?:ounces?|oz)\\s+of\\s+(?:(?:regular|apple|orange|fruit)\\s+)?(?:juice|soda|pop|milk|pedialyte|gatorade|sports\\s+drink|electrolyte\\s+drink)\\b|(?<!\\b(?:re-?appl(?:y|ying|ied)|appl(?:y|ied)|breaks?|stretch(?:ing)?|water|drink(?:ing)?|hydrate)\\s+)\\bevery\\s+\\d+\\s*(?:-|–|to)?\\s*\\d*\\s*hours\\b`,
    ),
    message: 'Gives a dose or schedule to one person. Dosing has to come from their own clinician.',
  },
  {
    id: 'advice.dose-ceiling',
    keyWords: ['up', 'safely', 'restart', 'resume', 'back'],
    type: 'dose-change',
    // "Most adults can safely go up to 1200", "you could go up to 3", "just restart when the refill comes in": how far to push a dose, or when to start it again.
    pattern: re(
      `\\b(?:can|could|may)\\s+(?:safely\\s+)?(?:go|take)\\s+up\\s+to\\s+(?:\\d+|one|two|three|four)\\b|\\bcan\\s+safely\\s+(?:take|double|increase|use)\\b|\\bjust\\s+(?:restart|resume|start\\s+(?:it|them)\\s+(?:back\\s+)?up\\s+again|start\\s+(?:it|them)\\s+back(?:\\s+up)?|pick\\s+(?:it|them)\\s+back\\s+up)\\b`,
    ),
    message: 'Tells one person how far to raise a dose, or to stop and restart a medicine. Only their prescriber can advise that.',
    needsCareContent: true,
    careContentInComment: 'care',
    routingExcuses: true,
  },
  {
    id: 'advice.peers-course',
    keyWords: ['many', 'most', 'lot', 'lots', 'often', 'usually', 'generally', 'typically'],
    type: 'hedged-advice',
    // "Many of our patients take them together without any problems", "a lot of folks do better taking it in the morning", "many of our adult patients on modulators have been able to drop some older meds": the course for the drug the comment asks about.
    pattern:
      /\b(?:a\s+lot\s+of|lots\s+of|many(?:\s+of)?|most(?:\s+of)?)\s+(?:our\s+)?(?:[\w-]+\s+)?(?:people|patients|folks|adults|parents|moms|dads)\s+(?:(?:on|taking)\s+(?:[\w-]+\s+){1,2})?(?:do\s+better\s+(?:taking|on|with|when)|take\s+(?:them|both|the\s+two)\s+together|(?:have\s+been|were|are)\s+able\s+to\s+(?:drop|stop|quit|skip|come\s+off|go\s+off|cut\s+back\s+on|taper\s+off)|(?:have\s+)?(?:dropped|stopped|quit|come\s+off|gone\s+off|tapered\s+off))\b|\bour\s+patients\s+(?:often|usually|generally|typically)\s+find\s+(?:that\s+)?[^.!?]{0,80}\bhelps?\b/i,
    message: 'Hedged framing ("many of our patients take them together") still tells this person how to take their medicine.',
    needsCareContent: true,
    careContentInComment: 'care',
    routingExcuses: true,
  },
  {
    id: 'advice.spanish-remedy',
    // The verbs too: "Dale 400 UI", "cámbiale a…", "tómese dos" name no remedy word.
    keyWords: [...SPANISH_REMEDY_WORDS, 'ponte', 'hazle', 'gale', 'hagale', 'hierba', 'valeriana', 'melatonina', 'dale', 'dele', 'toma', 'tome', 'tomate', 'cambiale', 'tomese', 'mese', 'beba', 'bebe', 'diarias', 'diarios', 'ui', 'mg', 'mcg'],
    type: 'treatment',
    // "Tómese una pastilla extra", "dele jarabe", "dele un baño tibio e ibuprofeno", "Gotitas de suero salino en la nariz", "dele medio vaso de jugo", "puede probar con media pastilla", "una cucharadita de miel funciona de maravilla", "una cucharadita de miel con limón… es lo mejor para eso", "dale un poquito cada 10
    // minutos", "tome solo medio litro de líquidos al día", "Toma 2 o 3 tazas al día", "5000 UI diarias está perfecto", "La hierba de San Juan le puede ayudar", "Dele té de tila", "Ponte pasta de dientes": what to take, or how
    // little, in Spanish.
    pattern: re(
      `${SPANISH_REMEDY}[^.!?\\n]{0,40}?\\s(?:funciona(?:n)?\\s+(?:de\\s+maravilla|muy\\s+bien|bien)|es\\s+lo\\s+(?:mejor|que\\s+mejor\\s+funciona)\\s+para)(?![A-Za-zÀ-ÿ])|(?<![A-Za-zÀ-ÿ])(?:dale|d[eé]le)\\s+un\\s+poquito\\s+cada\\s+\\d+|(?<![A-Za-zÀ-ÿ])(?:t[oó]me(?:se|la|lo)?|t[oó]mate|toma|tomar|d[eé]le|dale|darle|p[oó]ng(?:ale|ase)|ponle|ponte|ponerle|h[aá]gale|hazle|use|usa|usar|pruebe\\s+con|prueba\\s+con|probar\\s+con)\\s+(?:(?:una|un|dos|media|medio|otra|m[aá]s|unas|unos|el|la|los|las|su)\\s+)?(?:vasos?\\s+de\\s+)?${SPANISH_REMEDY}|(?<![A-Za-zÀ-ÿ])(?:d[eé]le|dale|darle|t[oó]me(?:se)?|p[oó]ngale)\\s+[^.;!?]{0,30}?\\s(?:e|y)\\s+${SPANISH_REMEDY}|(?<![A-Za-zÀ-ÿ])(?:d[eé]le|dale|darle|t[oó]me(?:se)?|t[oó]mate|toma)\\s+\\d+(?:[.,]\\d+)?\\s*(?:ui|mg|ml|mcg|gotas|cucharaditas?)\\b|(?<![A-Za-zÀ-ÿ])(?:t[oó]me|toma|tomar|beba|bebe)\\s+(?:\\d+|una|dos|tres)(?:\\s+(?:o|a)\\s+(?:\\d+|dos|tres|cuatro))?\\s+(?:tazas?|vasos?|pastillas?|tabletas?|c[aá]psulas?|cucharadas?|cucharaditas?|gotas)\\s+(?:al|por|cada)\\s+(?:d[ií]a|noche)|\\d+(?:[.,]\\d+)?\\s*(?:ui|mg|mcg)\\s+(?:diari[oa]s|al\\s+d[ií]a)\\s+(?:est[aá]n?\\s+(?:perfect[oa]s?|bien)|(?:le|te)\\s+(?:sirve|sirven|funciona|funcionan)|es\\s+(?:suficiente|lo\\s+ideal))|(?<![A-Za-zÀ-ÿ])c[aá]mbiale\\s+(?:a|la|el)\\b|(?<![A-Za-zÀ-ÿ])t[oó]mese\\s+(?:dos|doble|las\\s+dos|otra)(?![A-Za-zÀ-ÿ])|^\\s*(?:unas\\s+)?(?:gotitas|gotas|suero)\\s+de\\b|(?<![A-Za-zÀ-ÿ])(?:t[oó]me(?:se)?|toma|beba|bebe)\\s+(?:solo|s[oó]lo|no\\s+m[aá]s\\s+de|m[aá]ximo)\\s+(?:medio|un|una|dos|tres|\\d+(?:[.,]\\d+)?)\\s+(?:litros?|vasos?|tazas?|ml|onzas?)(?![A-Za-zÀ-ÿ])|(?<![A-Za-zÀ-ÿ])(?:hierba\\s+de\\s+san\\s+juan|valeriana|melatonina|${SPANISH_REMEDY})\\s+(?:le|te|les)\\s+(?:puede|podr[ií]a|va\\s+a)\\s+(?:ayudar|servir|funcionar)(?![A-Za-zÀ-ÿ])`,
    ),
    message: 'Tells one person what to take or give (in Spanish). Treatment has to come from their own clinician.',
  },
  {
    id: 'advice.spanish-stop-course',
    keyWords: ['dejar', 'suspender', 'falta', 'necesario', 'aguantar', 'saltese', 'ltese', 'saltele', 'ltele', 'doble', 'duplicar', 'duplica', 'duplique', 'dupliquen'],
    type: 'dose-change',
    // "Puede dejar la amoxicilina; no hace falta terminarla", "puede aguantar unos días sin tomarlo", "sáltese la dosis", "tomar el doble de la dosis": stopping, skipping or doubling a medicine, in Spanish.
    pattern: re(
      `\\b(?:tomar|toma|tome|tomen|t[oó]mese|darle|dale|d[eé]le)\\s+(?:el\\s+)?doble\\s+de\\s+(?:la|su|tu)\\s+dosis\\b|\\bduplic(?:ar|a|e|en)\\s+(?:la|su|tu)\\s+dosis\\b|\\bs[aá]lte(?:se|le)\\s+(?:la|su|esa|las)\\s+(?:dosis|insulina|pastillas?|inyecci[oó]n)\\b|\\b(?:puede|puedes|pueden|podr[ií]as?)\\s+(?:dejar\\s+de\\s+tomar(?:la|lo|las|los)?|suspender(?:la|lo|las|los)?|dejar\\s+(?:la|el|las|los|su|sus)\\s+(?:${SPANISH_MEDICINE}|tratamiento))|\\bno\\s+(?:hace\\s+falta|es\\s+necesario)\\s+(?:terminar|acabar|seguir\\s+tomando)(?:la|lo|las|los|se)?\\b|\\b(?:puede|puedes)\\s+aguantar\\s+(?:unos|algunos|un\\s+par\\s+de|varios|dos|tres)\\s+d[ií]as\\s+sin\\b`,
    ),
    message: 'Tells one person (in Spanish) to stop, skip or double a medicine. Only their prescriber can advise that.',
  },
  {
    id: 'advice.spanish-peers-course',
    keyWords: ['muchos', 'muchas', 'mayor', 'gente', 'probar', 'probarlo', 'probarla', 'ayuno', 'prueba', 'pruebe', 'edad'],
    type: 'hedged-advice',
    // "Muchos de nuestros pacientes se la toman con la comida", "la mayoría de la gente en su situación mejora con…", "a mucha gente le funciona", "a muchas chicas de su edad les funciona", "mucha gente en su situación mejora con…", "puede probar a tomarse…", "pueden probarlo en casa", "Prueba con +3.00, casi todos a tu edad terminan necesitándolo", "Haz ayuno intermitente 16:8", "La mayoría de las familias en tu situación se saltan esa cita": how to take it, or that care can be skipped, in Spanish.
    pattern: re(
      `\\bla\\s+mayor[ií]a\\s+de\\s+(?:las\\s+|los\\s+)?(?:familias|personas|mam[aá]s|pap[aá]s|pacientes|gente)\\s+(?:en\\s+(?:tu|su)\\s+situaci[oó]n\\s+)?se\\s+(?:saltan|salta|saltaron)\\s+(?:esa|esta|la|su|sus|esas)\\s+(?:cita|citas|consulta|revisi[oó]n|vacuna|dosis)\\b|(?<![A-Za-zÀ-ÿ])pru[eé]b(?:a|e|en)\\s+con\\s+(?:unos\\s+|unas\\s+|(?:lentes|anteojos|lentes\\s+de\\s+lectura)\\s+de\\s+)?\\+\\s?\\d(?:[.,]\\d{1,2})?(?!\\d)|\\b(?:casi\\s+)?(?:todos|todas|la\\s+mayor[ií]a)\\s+a\\s+(?:tu|su)\\s+edad\\s+(?:terminan|acaban)\\s+(?:necesit|us)|\\b(?:muchos|muchas|la\\s+mayor[ií]a)\\s+de\\s+(?:nuestros|nuestras|los|las)\\s+(?:pacientes|personas|mam[aá]s|pap[aá]s)\\s+(?:se\\s+)?(?:la|lo|las|los)\\s+(?:toman|dejan|usan|suspenden)\\b|\\ba\\s+mucha\\s+gente\\s+le\\s+(?:funciona|sirve|ayuda)\\b|\\ba\\s+(?:muchos|muchas)\\s+(?:[a-zñáéíóúü]+\\s+){1,4}les\\s+(?:funciona|sirve|ayuda)\\b(?!\\s+(?:hablar|platicar|conversar|contar|escuchar|leer|ver)\\b)|\\bla\\s+mayor[ií]a\\s+de\\s+la\\s+gente\\s+(?:aguanta|mejora|se\\s+alivia|se\\s+cura)\\s+(?:bien\\s+)?con\\b|\\b(?:mucha\\s+gente|muchas\\s+personas|muchos\\s+(?:de\\s+nuestros\\s+)?pacientes|la\\s+mayor[ií]a\\s+de\\s+la\\s+gente)\\s+(?:en\\s+su\\s+(?:situaci[oó]n|caso|lugar)|(?:mejoran?|se\\s+mejoran?|se\\s+alivian?)\\s+(?:bastante\\s+|mucho\\s+)?con)\\b|\\bpueden?\\s+probar(?:lo|la)\\s+en\\s+casa\\b|\\b(?:haz|haga|prueba|pruebe|intenta|intente)\\s+(?:el\\s+)?ayuno\\s+intermitente\\b|\\bpuede\\s+probar\\s+(?:a\\s+|con\\s+)?(?:tomar(?:se|la|lo)?|usar|ponerse|darle)\\b`,
    ),
    message: 'Hedged framing in Spanish ("muchos de nuestros pacientes…") still tells this person how to take their medicine.',
  },
  {
    id: 'advice.spanish-hedged',
    keyWords: ['fuera', 'fuese', 'lugar', 'usted'],
    type: 'hedged-advice',
    // "Si fuera yo, me pondría crema de hidrocortisona", "si fuera mi hijo, le daría…", "si fuera usted, haría…", "yo que usted…": "if it were me", in Spanish.
    pattern: re(`\\bsi\\s+(?:fuera|fuese)\\s+yo\\b|\\bsi\\s+(?:fuera|fuese)\\s+(?:mi|nuestr[oa])\\s+(?:hij[oa]|beb[eé]|niñ[oa]|mam[aá]|pap[aá]|espos[oa])\\b|\\byo\\s+en\\s+(?:su|tu)\\s+lugar\\b|\\bsi\\s+(?:yo\\s+)?(?:fuera|fuese)\\s+(?:usted\\b|t[uú](?![a-záéíóúñü]))|\\byo\\s+que\\s+usted\\b`),
    message: 'Hedged framing ("si fuera yo…") still tells this person what to do about their health.',
  },
  {
    id: 'advice.spanish-a-little-wont-hurt',
    keyWords: ['poco', 'poquito', 'pedacito', 'pedazo', 'trago', 'copa', 'taza', 'vaso', 'rebanada', 'probadita'],
    type: 'hedged-advice',
    // "Un pedacito pequeño y bien masticado no le hará daño": a little of something allowed to one person, in Spanish.
    pattern: re(`\\b(?:un|una)\\s+(?:poco|poquito|pedacito|pedazo|trago|copa|taza|vaso|rebanada|probadita)\\b[^.!?]{0,40}?\\bno\\s+(?:le|te|les)\\s+(?:har[aá]|va\\s+a\\s+hacer|hace)\\s+(?:ning[uú]n\\s+)?daño`),
    message: 'Tells one person a little of something will not hurt them (in Spanish): that is individual advice.',
  },
  {
    id: 'advice.spanish-reassurance',
    keyWords: ['suena', 'parece', 'ir', 'acudir', 'preocupes', 'preocupe', 'espera', 'espere', 'esperen', 'describes', 'describe', 'describen', 'cuentas', 'cuenta', 'comentas', 'comenta', 'dices', 'dice', 'vigilalo', 'vigilala', 'vigilelo', 'vigilela', 'vigilalos', 'vigilalas', 'vig', 'lalo', 'lala', 'lelo', 'lela', 'lalos', 'lalas', 'mejor', 'baja', 'pasa', 'mejora', 'grave', 'serio', 'normal', 'suele', 'bien', 'nuevo', 'creo', 'bastar', 'basta', 'probablemente', 'seguramente', 'falta', 'necesario', 'necesita', 'necesitas', 'solos', 'solo', 'sola', 'solas', 'quitar', 'pasar', 'casi', 'hay', 'seguro', 'tranquila', 'tranquilo', 'problema', 'posponer', 'pasan', 'mientras', 'esperar', 'dar', 'daria', 'esperaria', 'ahorras', 'cerrar', 'asustes', 'asuste', 'probable', 'necesitan', 'preocupe', 'preocupen', 'fue', 'puede', 'pueden', 'puedes', 'ahorrese', 'rrese', 'edad', 'nada', 'tiene', 'tienes', 'tienen'],
    type: 'discourages-care',
    // "En unos días debería estar mejor", "ya verá que baja", "no es nada grave", "no pasa nada grave", "suele ser eso", "no hace falta ir a urgencias",
    // "probablemente no es nada; se quitan solos", "esas elevaciones casi siempre bajan solas", "no hay de qué preocuparse", "nada de qué preocuparse", "puedes amamantar tranquila", "llévalo sin problema", "Ya puedes nadar sin problema", "se le pasa en 2 o 3 días", "no se preocupe por ahora", "no te preocupes por la cita", "si no pueden venir no pasa nada", "puedes esperar a tu cita de control", "te ahorras la visita", "no te asustes", "lo más probable es
    // que no sea nada", "no necesita puntadas", "ahórrese la consulta", "muchas personas no necesitan más sesiones", "yo le daría unos meses más antes
    // de preocuparse", "Espere hasta los 9 o 10 meses antes de comentarlo", "a su edad eso casi siempre es un nervio pinchado", "Suena a algo muscular por el esfuerzo": reassurance that can
    // stand in for care. "Ciérrela con cinta y véndela; así no tiene que venir": care at home instead of a visit. "Seguro es muscular por el esfuerzo", of chest pain when lifting.
    // "Por lo que describes, … suele ser por roce", "vigílalo un mes", "Espera a que salga el definitivo": a guess from a description, or waiting instead of care.
    pattern: re(`\\b(?:suena|parece)\\s+(?:a\\s+)?algo\\s+(?:muscular|leve|pasajero|sin\\s+importancia|de\\s+nada)\\b|\\b(?:eso|esto)\\s+casi\\s+siempre\\s+es\\b|\\ba\\s+(?:su|tu)\\s+edad\\s+(?:eso|esto)\\s+(?:casi\\s+siempre\\s+|normalmente\\s+|suele\\s+ser\\s+)?(?:es|son)\\b|\\b(?:le|te)\\s+dar[ií]a\\s+un[oa]s?\\s+(?:d[ií]as|semanas|meses)\\s+m[aá]s\\b|\\b(?:esperar[ií]a|esper[ea]n?)\\s+(?:un[oa]s?\\s+(?:d[ií]as|semanas|meses)|hasta\\s+(?:los|las|el|la|que)\\s+[^.!?]{1,30}?)\\s+(?:m[aá]s\\s+)?antes\\s+de\\b|\\bah[oó]rrese\\s+la\\s+(?:consulta|cita|visita)\\b|\\b(?:muchas\\s+personas|la\\s+mayor[ií]a)\\s+no\\s+necesita(?:n)?\\s+m[aá]s\\s+(?:sesiones|terapia|consultas)\\b|\\b(?:deber[ií]a|va\\s+a|vas\\s+a)\\s+estar\\s+mejor\\b|\\bya\\s+ver[aá]s?\\s+que\\s+(?:baja|pasa|se\\s+(?:le\\s+|te\\s+)?pasa|mejora)\\b|\\bno\\s+(?:es|pasa)\\s+nada\\s+(?:grave|serio|malo)\\b|\\b(?:eso|esto)\\s+es\\s+(?:muy\\s+)?normal\\b|\\bsuele\\s+ser\\s+(?:eso|nada)\\b|\\b(?:va|vas)\\s+a\\s+estar\\s+(?:bien|como\\s+nuev[oa]|perfect[oa])\\b|\\bno\\s+creo\\s+que\\s+(?:necesite|necesites|sea\\s+(?:nada|grave|serio))\\b|\\bdeber[ií]an?\\s+bastar\\b|\\b(?:probablemente|seguramente)\\s+(?:no\\s+)?(?:es|sea|son)\\b|\\bno\\s+(?:hace\\s+falta|es\\s+necesario|necesitas?)\\s+(?:ir|llevarl[oa]s?|venir|acudir|ver\\s+(?:a|al)|consultar(?:l[oa]s?|le)?)\\b(?!\\s+(?:en\\s+ayunas|con\\s+cita|sin\\s+cita|con\\s+(?:el|su|los)\\s+(?:formulario|papeles|documentos)))|\\bse\\s+(?:le\\s+|te\\s+)?(?:quitan?|van?|curan?)\\s+sol[oa]s?\\b|\\b(?:bajan?|pasan?|mejoran?|desaparecen?|se\\s+normalizan?)\\s+sol[oa]s?\\b|\\bse\\s+(?:le|te)\\s+va\\s+a\\s+(?:quitar|pasar)\\b|\\bcasi\\s+siempre\\s+(?:eso\\s+)?es\\s+(?:por|de)\\b|\\bno\\s+hay\\s+(?:de\\s+qu[eé]|por\\s+qu[eé])\\s+preocupar(?:se|te)\\b|\\bnada\\s+de\\s+qu[eé]\\s+preocupar(?:se|te)\\b|\\bmañana\\s+seguro\\b|\\bpuedes?\\s+(?:amamantar|darle\\s+(?:el\\s+)?pecho|seguir|tomarl[oa])\\s+tranquil[oa]\\b|\\bll[eé]v(?:alo|ala|elo|ela)\\s+sin\\s+problema\\b|\\bya\\s+puedes?\\s+(?:nadar|meterte|meterse|bañarte|bañarse|hacer\\s+ejercicio|manejar|correr|cargar\\s+peso|volver\\s+al?\\s+\\S+)\\s+(?:sin\\s+(?:ning[uú]n\\s+)?problema|tranquil[oa]|sin\\s+miedo)\\b|\\bno\\s+hace\\s+falta\\s+posponer\\b|\\bse\\s+(?:le|te)\\s+pasan?\\s+(?:en|sol[oa]s?)\\b|\\bno\\s+se\\s+preocupen?\\s+por\\s+ahora\\b|\\bno\\s+(?:te|se)\\s+preocupes?\\s+por\\s+(?:la|tu|su)\\s+(?:cita|consulta)\\b|\\b(?:seguro|seguramente)\\s+fue\\s+algo\\s+que\\b|\\bsi\\s+no\\s+(?:puede|pueden|puedes)\\s+(?:venir|ir|llegar|traerl[oa])\\s+no\\s+pasa\\s+nada\\b|\\b(?:puedes?|pueden)\\s+esperar\\s+a\\s+(?:tu|su)\\s+(?:cita|consulta|control)\\b|\\bte\\s+ahorras\\s+la\\s+(?:visita|consulta|vuelta)\\b|\\bas[ií]\\s+no\\s+(?:tiene|tienes|tienen)\\s+que\\s+(?:venir|acudir|ir\\s+(?:a|al)\\s)|\\bseguro\\s+(?:que\\s+)?(?:es|son|fue)\\s+(?:algo\\s+)?(?:muscular|un\\s+tir[oó]n|del\\s+esfuerzo|estr[eé]s|gases|cansancio)\\b|\\bdeber[ií]a\\s+cerrar\\s+sol(?:it)?[oa]\\b|\\bno\\s+(?:te\\s+asustes|se\\s+asuste)\\b|\\blo\\s+m[aá]s\\s+probable\\s+es\\s+que\\s+no\\s+sea\\s+nada\\b|\\bseguro\\s+(?:que\\s+)?no\\s+es\\s+nada\\b|\\bmientras\\s+no\\s+(?:te|le)\\s+duela\\b|\\bno\\s+necesitan?\\s+(?:puntadas|puntos|sutura|radiograf[ií]as?|antibi[oó]ticos?)\\b|\\bpor\\s+lo\\s+que\\s+(?:describes|describe|describen|cuentas|cuenta|comentas|comenta|dices|dice)\\b[^.!?\\n]{0,60}?\\b(?:suele\\s+ser|parece\\s+(?:ser\\s+)?(?:solo|algo|un|una|normal)|seguramente|probablemente|es\\s+(?:solo|normal))\\b|\\bsin\\s+(?:ir|acudir)\\s+al\\s+(?:m[eé]dico|doctor)\\b|\\b(?:y\\s+)?seguro\\s+(?:que\\s+)?se\\s+(?:pone|le\\s+pasa|te\\s+pasa|quita|mejora|compone)\\b|\\besper(?:a|e|en)\\s+a\\s+que\\s+(?:salga|se\\s+(?:le\\s+)?caiga|pase|se\\s+(?:le\\s+)?quite|se\\s+cure|baje)\\b|\\bvig[ií]l(?:alo|ala|elo|ela|alos|alas)\\s+(?:un|una|unos|unas|por|durante)\\s+(?:\\d+\\s+|dos\\s+|tres\\s+)?(?:mes|semana|d[ií]as|semanas|meses)\\b`),
    message: 'Reassures one person (in Spanish) that their symptom will pass, which can discourage care.',
  },
  {
    id: 'advice.spanish-probably-fine',
    keyWords: ['probablemente', 'seguramente'],
    type: 'discourages-care',
    // "Probablemente está dormidito" to a mother who feels her baby move less: a guess that can stand in for care.
    pattern: re(`\\b(?:probablemente|seguramente)\\s+(?:solo\\s+)?(?:est[aá]|est[eé])\\s+(?:dormid(?:it)?[oa]|descansando|bien)(?![a-záéíóúñü])`),
    message: 'Reassures one person (in Spanish) that it is probably nothing, which can discourage care.',
  },
  {
    id: 'advice.spanish-no-need-to-retest',
    keyWords: ['hace', 'necesitas', 'necesita'],
    type: 'discourages-care',
    // "Con esa prueba negativa del lunes ya puedes estar tranquilo; no hace falta repetirla": tells one person a test need not be done again.
    pattern: re(`\\bno\\s+(?:hace\\s+falta|(?:necesitas|necesita)\\s+)\\s*(?:repetirla|repetirlo|repetir\\s+(?:la\\s+prueba|el\\s+examen|el\\s+an[aá]lisis|los\\s+an[aá]lisis|las\\s+pruebas))(?![a-záéíóúñü])`),
    message: 'Tells one person (in Spanish) that a test need not be repeated, which can keep them from care they need.',
  },
  {
    id: 'advice.never-end-up-needing',
    keyWords: ['needing', 'need'],
    type: 'discourages-care',
    // "many kids never end up needing medication at all", said to a parent whose doctor wants to start one: steers them off a prescribed treatment.
    pattern: re(`\\b(?:never|don['’]t|didn['’]t|won['’]t)\\s+(?:even\\s+)?end\\s+up\\s+(?:needing|needs?)\\s+(?:the\\s+|any\\s+)?(?:medications?|meds|medicines?|surgery|insulin|inhalers?|stimulants?|antibiotics?|treatment)\\b`),
    message: 'Tells one person that many never end up needing the treatment, which can steer them away from it.',
  },
  {
    id: 'advice.spanish-just-watch-at-home',
    keyWords: ['vigilelo', 'vigilela', 'vig', 'se', 'buena'],
    type: 'discourages-care',
    // "Si ya anda jugando es buena señal… Nomás vigílelo esta noche en casa", after a fall with vomiting: keeps one child home instead of seen.
    pattern: re(`\\b(?:nom[aá]s|solo|s[oó]lo)\\s+vig[ií]l(?:elo|ela|alo|ala|enlo|enla|elos|elas)\\s+(?:esta\\s+noche|en\\s+casa|unos\\s+d[ií]as|un\\s+rato)|\\bsi\\s+ya\\s+(?:anda|est[aá])\\s+(?:jugando|comiendo|corriendo)\\s*,?\\s+es\\s+(?:muy\\s+)?buena\\s+señal`),
    message: 'Tells one person (in Spanish) to just watch at home or that it is a good sign, which can keep them from care.',
  },
  {
    id: 'advice.spanish-go-ahead',
    keyWords: ['puedes', 'puede'],
    type: 'treatment',
    // "Sí, ya puedes empezar con cereal de arroz en el biberón": a yes to starting something for one person's health.
    pattern: re(`(?:^|[.!?¡]\\s*)s[ií][,!.]?\\s+(?:ya\\s+)?(?:puedes|puede)\\s+(?:empezar|comenzar|darle|darles)\\s+(?:con\\s+|a\\s+)?`),
    message: 'Tells one person (in Spanish) they can go ahead and start something: that is individual advice.',
  },
  {
    id: 'advice.dose-change',
    keyWords: [...DOSE_CHANGE_VERBS, 'take', 'half'],
    type: 'dose-change',
    pattern: re(
      `(?<![-‑])\\b(?:double|doubling|halve|halving|cut(?:ting)?|split(?:ting)?|skip(?:ping)?|stop(?:ping)?|(?<!\\b(?:cover|covers|covered|prescription|free|our|the|about|of|and|with|on|for)\\s)quit(?:ting)?|paus(?:e|ing)|hold(?:ing)?|reduc(?:e|ing)|lower(?:ing)?|increas(?:e|ing)|rais(?:e|ing)|taper(?:ing)?|wean(?:ing)?(?:\\s+off)?|come\\s+off|go\\s+off|switch(?:ing)?)\\s+(?:taking\\s+)?(?:back\\s+on\\s+)?${POSSESSIVE}${TIMING}(?:${DRUGS}|${MED_WORDS})\\b|\\bswitch(?:ing)?\\s+to\\s+(?:the\\s+)?(?:generic|brand(?:-name)?|another|a\\s+different|a\\s+lower|a\\s+higher)\\b|\\btake\\s+(?:less|more|a\\s+(?:smaller|bigger|lower|higher)\\s+(?:dose|amount)|half)\\b|\\b(?:${DRUGS}|${MED_WORDS})\\s+in\\s+half\\b`,
    ),
    message: 'Tells one person to change, stop or skip a medicine. Only their prescriber can advise that.',
  },
  {
    id: 'advice.take-drug',
    keyWords: ['take', 'try', 'give', 'use', 'start', 'add', 'have', 'drink', 'put', 'apply', 'alternate'],
    type: 'treatment',
    pattern: re(
      // "especially if you take blood thinners": a condition the reader may meet, not a drug to take.
      `(?:(?<!\\b(?:if|when|whether|unless|since|because)\\s+(?:you|they|he|she)\\s+(?:already\\s+|also\\s+|currently\\s+|regularly\\s+)?)\\b(?:take|use)|\\b(?:try|give|start|add|have|drink|put\\s+on|apply|alternate))\\s+(?:some\\s+|a\\s+|an\\s+|the\\s+|more\\s+)?(?:[\\w'’-]+\\s+){0,3}?${DRUGS}\\b`,
    ),
    message: 'Recommends a medicine or remedy to one person. That is individual treatment advice.',
    routingExcuses: true,
  },
  {
    id: 'advice.hedged-peers',
    keyWords: ['situation', 'shoes', 'position', 'case', 'just', 'simply', 'spot', 'boat', 'stage'],
    type: 'hedged-advice',
    // "Most people in your shoes are better off sticking with it", "many men just recheck in a year": the peers' course is this person's, even with no drug named.
    pattern:
      /\b(?:most|many|lots\s+of|a\s+lot\s+of)\s+(?:our\s+)?(?:people|patients|folks|moms|mums|mothers|dads|parents|women|men|runners|athletes|families)\s+(?:in\s+your\s+(?:situation|shoes|position|case|spot|boat)\b|at\s+your\s+stage\b|(?:(?:your|his|her)\s+age\s+)?(?:just|simply)\s+(?:recheck|retest|wait|watch|monitor|ride\s+it\s+out|live\s+with\s+it|skip)\b)/i,
    message: 'Hedged framing ("most people in your situation") is still personal treatment advice.',
    routingExcuses: true,
  },
  {
    id: 'advice.hedged',
    keyWords: ['if', 'what', 'personally', 'i', 'most', 'many', 'lots', 'lot', 'tell', 'want', 'patients', 'people', 'folks', 'situation', 'case', 'shoes', 'suggest', 'recommend', 'advise', 'best', 'better', 'safest', 'generally', 'usually', 'typically'],
    type: 'hedged-advice',
    // "We recommend arriving 15 minutes early", "we recommend starting with your primary care provider": how to come to us, or whom to see, not what to do for their health.
    pattern:
      /\bif\s+(?:it\s+(?:were|was)\s+(?:me|us)|i\s+(?:were|was)\s+you|we\s+(?:were|was)\s+you)\b|\bwhat\s+i(?:['’]d|\s+would)\s+do\b|\bpersonally,?\s+i(?:['’]d|\s+would)\b|\bi(?:['’]d|\s+would)\s+(?:just\s+)?(?:take|try|stop|skip|start|go\s+with|avoid|ice|rest|give|wait|hold\s+off|cut|double|switch|drink|eat)\b|\b(?:a\s+lot\s+of|lots\s+of|many(?:\s+of)?|most(?:\s+of)?)\s+(?:our\s+)?(?:people|patients|folks|moms|mums|mothers|dads|parents|women|men|runners|athletes|families)\s+(?:find(?!\s+(?:that\s+)?(?:(?:simple|short|plain|honest|gentle|clear|calm|the\s+right|age-appropriate|kid-friendly)\s+(?:words|language|answers|explanations?)|talking|reading|explaining|a\s+(?:picture\s+)?book))|do\s+well|swear|have\s+luck|get\s+relief)\b|\b(?:people|patients)\s+like\s+you\b|\b(?:would|['’]d)\s+(?:probably\s+|likely\s+|usually\s+)?(?:tell|advise|want)\s+you\s+to\b|\bin\s+your\s+(?:situation|case|shoes),?\s+(?:i|you|most)\b|\b(?:we|i)(?:['’]d|\s+would)?\s+(?:suggest|recommend|advise)\b(?!\s+(?:that\s+you\s+|you\s+)?(?:arriv|bring|register|park)\w*|\s+(?:that\s+you\s+|you\s+)?(?:start(?:ing)?\s+with|see(?:ing)?|call(?:ing)?|talk(?:ing)?\s+(?:to|with)|check(?:ing)?\s+with|ask(?:ing)?)\s+(?:your|a|an|our|the)\s+(?:(?:primary\s+care|family|regular)\s+)?(?:doctor|provider|pcp|pharmacist|care\s+team|clinician|nurse|physician|pediatrician)\b)|\b(?:(?:it['’]s|it\s+is)\s+)?(?:best|better|safest)\s+to\s+(?:finish|stop|take|keep|skip|avoid|start|hold\s+off|wait|ice|rest|use|double|cut)\b|\b(?:generally|usually|typically)\s+(?:a\s+few\s+days\s+|a\s+(?:dose|pill)\s+or\s+two\s+)?(?:is|are|it['’]s)\s+(?:ok(?:ay)?|fine|safe)\b|\b(?:is|are)\s+(?:generally|usually|typically)\s+(?:ok(?:ay)?|fine|safe)\b/i,
    message: 'Hedged framing ("if it were me", "most people in your situation") is still personal treatment advice.',
    needsCareContent: true,
    careContentInComment: 'drug',
    routingExcuses: true,
  },
  {
    id: 'advice.lean-for-you',
    // "that's where we'd lean for someone like you": a choice of treatment made for them, however softly.
    keyWords: ['lean', 'someone'],
    type: 'hedged-advice',
    pattern: /\b(?:we|i)(?:['’]d|\s+would)\s+lean\b|\bfor\s+someone\s+like\s+you\b/i,
    message: 'Hedged framing ("we\'d lean", "for someone like you") is still personal treatment advice.',
    needsCareContent: true,
    careContentInComment: 'care',
    routingExcuses: true,
  },
  {
    id: 'advice.hedged-go-ahead',
    keyWords: ['if', 'personally'],
    type: 'hedged-advice',
    pattern:
      /\b(?:if\s+(?:it\s+(?:were|was)\s+me|i\s+(?:were|was)\s+you),?\s+|personally,?\s+)i(?:['’]d|\s+would)\s+(?:book|get|schedule|have|do)\s+(?:one|it|that|them|the\s+(?:screening|test|scan|colonoscopy|mammogram|shot|vaccine|booster|procedure|surgery|operation))\b/i,
    message: 'Hedged framing ("if it were me, I\'d get it done") still tells this person which test or treatment to have.',
    routingExcuses: true,
  },
  {
    id: 'advice.go-ahead',
    keyWords: ['ahead', 'can', 'go'],
    type: 'treatment',
    // "Go for 30–40 mmHg thigh-high": the strength to buy, picked for them.
    pattern:
      /\bgo\s+(?:for|with)\s+(?:the\s+)?\d+(?:\s*[-–]\s*\d+)?\s*(?:mmhg|mg|mcg|iu|spf)\b|\bgo\s+ahead\s+and\s+(?:get|take|have|use|start|stop|skip|keep|try|double|restart|resume)\s+(?:it|them|that|this|the|your|one|a|an|some)\b|\byou\s+can\s+(?:totally\s+|definitely\s+|absolutely\s+|still\s+)+(?:get|take|have|do)\s+(?:it|them|that|one)\b/i,
    message: 'Gives this person the go-ahead for a shot, drug or treatment — only their own clinician can judge that.',
    routingExcuses: true,
  },
  {
    id: 'advice.be-sure-to-take',
    keyWords: ['sure'],
    type: 'treatment',
    pattern: /\b(?:be|make)\s+sure\s+(?:he|she|they|you|your\s+[\w-]+)\s+(?:always\s+)?(?:carries|carry|takes|take|uses|use|keeps|keep|has|have)\s+(?:his|her|their|your|an?|the)\b/i,
    message: 'Tells this person what medicine or device to use — that comes from their own clinician.',
    needsCareContent: true,
  },
  {
    id: 'advice.time-to-change',
    keyWords: ['time', 'worth'],
    type: 'hedged-advice',
    pattern:
      /\b(?:might|may|could)\s+be\s+(?:time|worth\s+it|a\s+good\s+(?:idea|time))\s+to\s+(?:restart|start|stop|try|switch|increase|up|cut\s+back|skip|resume|go\s+back\s+(?:on|to)|pull\s+out|dust\s+off)\s+(?:your|the|that|those)\b/i,
    message: 'Hedged framing ("it might be time to restart your…") still tells this person to change their treatment.',
    routingExcuses: true,
  },
  {
    id: 'advice.due-for',
    keyWords: ['due', 'overdue', 'should'],
    type: 'treatment',
    pattern:
      /(?<!\b(?:if|when|whether|unless)\s)\byou(?:['’]re|\s+are)\s+(?:now\s+|probably\s+|likely\s+|definitely\s+)?(?:over)?due\s+for\s+(?:a|an|your|another)\s+[\w-]+|\byou\s+should\s+(?:book|get|schedule|have)\s+(?:one|it|that|them)\s+(?:now|soon|today|right\s+away|this\s+(?:year|month|week))\b/i,
    message: 'Tells this person which shot, test or treatment they are due for — that comes from their own record and clinician.',
    routingExcuses: true,
  },
  {
    id: 'advice.treatment-window',
    keyWords: ['within'],
    type: 'treatment',
    // "You'll want a hep A shot within 2 weeks of that exposure": what this person needs, and by when.
    pattern:
      /\byou(?:['’]ll|\s+will|['’]d|\s+would)?\s+(?:want|need)\s+(?:to\s+(?:get|have|start)\s+)?(?:a|an|the|your)\s+(?:[\w-]+\s+){0,2}(?:shot|vaccine|booster|dose|antibiotics?|test|treatment|meds?|medication)\s+within\s+(?:\d+|one|two|three|a\s+few|the\s+next)\b|\byou\s+(?:should|must|need\s+to)\s+(?:get|have|start)\s+(?:a|an|the|your)\s+(?:[\w-]+\s+){0,2}(?:shot|vaccine|booster|dose|antibiotics?|test|treatment|meds?|medication)\s+within\s+(?:\d+|one|two|three|a\s+few|the\s+next)\b/i,
    message: 'Tells this person which treatment they need and by when — that is individual care, for a clinician who knows their history.',
  },
  {
    id: 'advice.return-to-activity',
    keyWords: ['back', 'return', 'resume'],
    type: 'treatment',
    pattern:
      /\bmost\s+(?:people|patients|folks|kids|athletes|runners)\s+(?:are|get|go|can\s+(?:go|get))\s+back\s+(?:to|on|at|in)\s+(?:full|normal|work|school|sports?|running|driving|the\s+\w+)\b|(?<!\b(?:when|whether|if|once|how\s+soon)\s)\byou\s+(?:can|could|should\s+be\s+able\s+to)\s+(?:go\s+back|get\s+back|return|resume)\s+(?:to\s+)?(?:work|school|sports?|running|driving|the\s+gym|lifting|swimming|exercise|your\s+(?:usual|normal)\s+\w+)\s+(?:in|after|by|within|once)\b/i,
    message: 'Tells this person when they can go back to work, sport or driving — recovery timing belongs with their own clinician.',
    routingExcuses: true,
  },
  {
    id: 'advice.efficacy-promise',
    keyWords: ['trick', 'care', 'should', 'work', 'works', 'will'],
    type: 'treatment',
    pattern:
      /\b(?:does|do)\s+the\s+trick\b|\btakes?\s+care\s+of\s+(?:it|that|the\s+\w+)\b|\bshould\s+(?:bring|get)\s+(?:you|it|them|that|things)\s+(?:back\s+)?(?:down|up|under\s+control|to\s+normal)\b|\bworks?\s+(?:great|wonders|like\s+a\s+charm|every\s+time)\b|(?<!\b(?:team|we|staff|nurses?|pharmacists?|they|someone|counsell?ors?|navigators?|coordinators?|doctors?|providers?|crew)\s+)\b(?:should|will)\s+(?:help|fix\s+(?:it|that)|sort\s+(?:it|that)\s+out)\b/i,
    message: 'Promises a result for this person\'s symptoms — that is individual treatment advice.',
    needsCareContent: true,
  },
  {
    id: 'advice.diagnosis',
    keyWords: [
      'sounds', 'probably', 'likely', 'definitely', 'almost', 'could', 'might', 'just', 'may', 'normal', 'viral', 'bacterial', 'virus',
      'infection', 'nothing', 'sound', 'look', 'looks', 'seem', 'seems',
    ],
    type: 'diagnosis',
    pattern: re(
      `\\bsounds\\s+like\\s+(?:he|she|they|you|your\\s+\\w+)\\s+(?:needs?|might\\s+need|could\\s+use|should\\s+get)\\s+(?:glasses|stitches|antibiotics|an?\\s+(?:x-?ray|cast|splint|inhaler|brace|filling|root\\s+canal))\\b|\\bsounds\\s+like\\s+(?:(?:a|an|just\\s+a|just\\s+an|just|you(?:['’]ve|\\s+have|\\s+might\\s+have|\\s+may\\s+have|\\s+got)\\s+(?:a\\s+|an\\s+)?|it['’]s\\s+(?:just\\s+)?(?:a\\s+|an\\s+)?|(?:your|the)\\s+\\w+\\s+(?:is|has)\\s+(?:a\\s+|an\\s+)?)\\s*)?(?:[\\w-]+\\s+)?${CONDITIONS}\\b|\\b(?:probably|likely|most\\s+likely|definitely|almost\\s+certainly|could\\s+be|might\\s+be|is\\s+just)\\s+(?:just\\s+)?(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+)?${CONDITIONS}\\b|\\b(?:you|it|that)\\s+(?:probably|likely|might|may)\\s+(?:have|be|has)\\s+(?:just\\s+)?(?:a\\s+|an\\s+)?${CONDITIONS}\\b|\\b(?=is|are|it['’]s|that['’]s)(?<!(?:\\b(?:feel(?:ing)?|being|getting|to\\s+be)\\s+(?:a\\s+(?:bit|little)\\s+|so\\s+|really\\s+|very\\s+)?(?:nervous|anxious|scared|worried|emotional|overwhelmed|uneasy|jittery)|\\b(?:pre-op\\s+)?(?:nerves|jitters|butterflies))\\b[^.!?]{0,50})(?:is|are|it['’]s|that['’]s)\\s+(?:totally|completely|perfectly|pretty|very)\\s+normal\\b(?!\\s+to\\s+(?:feel|be|get)\\s+(?:a\\s+(?:bit|little)\\s+|so\\s+|really\\s+|very\\s+)?(?:nervous|anxious|scared|worried|emotional|overwhelmed|uneasy|jittery)|\\s+to\\s+(?:have|feel)\\s+(?:(?:big|strong|mixed|so\\s+many|a\\s+lot\\s+of|all\\s+the)\\s+)?(?:feelings|emotions))|\\b(?:it['’]s|that['’]s|it\\s+is)\\s+(?:probably\\s+|likely\\s+|just\\s+)*(?:viral|bacterial|a\\s+virus|an\\s+infection|nothing\\s+serious)\\b|\\b(?:you['’]re|you\\s+are)\\s+(?:probably|likely|most\\s+likely|just)\\s+(?:just\\s+)?(?:dehydrated|stressed|anxious|run\\s+down|overdoing\\s+it|fine|ok|okay)\\b|\\b(?:numbers|levels|results|readings?|labs?|values?)\\s+(?:sound|look|seem)s?\\s+(?:fine|normal|ok|okay|good|great)\\b`,
    ),
    message: 'Suggests what this person\'s symptoms are. A diagnosis needs an examination by a clinician.',
  },
  {
    id: 'advice.discourages-care',
    keyWords: [
      'not', 'isn', 'nothing', 'need', 'hours', 'days', 'weeks', 'wait', 'worry', 'should', 'will', 'own', 'usually', 'normally', 'typically',
      'tend', 'tends', 'bother', 'eye', 'push', 'power', 'tough', 'ignore', 'than', 'before', 'swap', 'swapping', 'switch', 'switching', 'recheck', 'trying',
      'needed', 'necessary', 'required', 'themselves',
    ],
    type: 'discourages-care',
    // "Most of those go away by themselves, so no follow-up needed", said of a cyst found on their ultrasound.
    pattern:
      /\bi['’]?d\s+just\s+(?:recheck|wait|watch\s+it)\b|\bworth\s+trying\s+(?:first\s+)?before\s+you\s+(?:see|call|book|come\s+in)\b|\b(?:swap(?:ping)?|switch(?:ing)?)\s+(?:it\s+)?(?:to|over\s+to|for)\s+(?:[\w-]+\s+){0,2}(?:turmeric|fish\s+oil|garlic|supplements?|herbs?|herbal|vitamins?|natural|cbd|essential\s+oils?)\b|\b(?:helps?|works?)\s+(?:a\s+lot\s+|far\s+|much\s+)?(?:more|better)\s+than\s+(?:therapy|counsel(?:l)?ing|medications?|meds|pills|antidepressants|a\s+doctor|seeing\s+(?:a|anyone|someone)\b)|\b(?:start\s+(?:there|with\s+that)|try\s+(?:that|this|it)(?:\s+first)?)\s+before\s+(?:booking|coming\s+in|seeing\s+(?:a|anyone|someone)|making\s+an\s+appointment|calling|getting\s+help)\b|\byou\s+can\s+(?:safely\s+|just\s+|probably\s+)?ignore\s+(?:it|them|that|this)\b|(?<!\b(?:anything|something|whatever|things?|what)\s+(?:that\s+|which\s+)?)\b(?:probably\s+|likely\s+)?(?:not|isn['’]t)\s+(?:really\s+)?(?:necessary|needed|an\s+emergency|serious|worth\s+(?:a\s+trip|coming\s+in|going\s+in))\b|\bprobably\s+nothing\b|\bnothing\s+to\s+worry\s+about\b|\bno\s+need\s+to\s+(?:see\s+(?:a|the|your)\s+\w+|come\s+in|go\s+(?:in|to)|visit|worry|be\s+seen|get\s+(?:it\s+)?checked)\b|\b(?:don['’]t|do\s+not|wouldn['’]t)\s+(?:really\s+)?need\s+to\s+(?:see\s+(?:a|the|your)\s+\w+|come\s+in|go\s+(?:in|to\s+the)|be\s+seen|get\s+(?:it\s+)?checked)\b|\b(?:give\s+it|wait)(?<!\b(?:don['’]t|do\s+not|never|not)\s+(?:just\s+)?(?:give\s+it|wait))\s+(?:a\s+)?(?:few|couple(?:\s+of)?|\d+|another)\s+(?:more\s+)?(?:hours|days|weeks)\b|\bwait(?<!\b(?:don['’]t|do\s+not|never|not)\s+(?:just\s+|let\s+(?:him|her|them|anyone|your\s+\w+)\s+)?wait)\s+(?:it\s+out|and\s+see)\b|\bi\s+wouldn['’]t\s+worry\b|\b(?:should|will)\s+(?:bounce\s+back|be\s+(?:just\s+)?(?:fine|ok|okay)|clear\s+up|go\s+away|pass(?!\s+(?:along|on\s+(?:to|your|the|this|that|our)|(?:it|them|this|that|these|those|your|the|our)\b)))\b|\b(?:clear|clears|go|goes)\s+(?:up|away)\s+on\s+(?:its|their)\s+own\b|\bfor\s+\d+\s+hours\s+first\b|(?<!\b(?:studies|research|data|evidence|trials)\s+(?:show|shows|suggest|suggests|find|finds)\s+(?:that\s+)?(?:they|it|these|those|symptoms|changes)\s+)\b(?:usually|normally|typically|tends?\s+to)\s+(?:go(?:es)?\s+away|clears?\s+up|settles?(?:\s+down)?|pass(?:es)?|resolves?|wears?\s+off)\b|\b(?:wouldn['’]t|don['’]t|no\s+need\s+to)\s+bother\s+(?:with|going|coming|calling|seeing)\b|\bkeep\s+an\s+eye\s+on\s+it\b|(?<!\b(?:don['’]t|do\s+not|never|not)\s+(?:have\s+to\s+|need\s+to\s+)?(?:try\s+to\s+)?)\b(?:push|power|tough)\s+(?:through|it\s+out)\b|\b(?:don['’]t|do\s+not)\s+need\s+(?:an?\s+|any\s+)?(?:antibiotics?|x-?rays?|scans?|stitches|a\s+(?:doctor|specialist)|to\s+be\s+seen)\b|\bno\s+need\s+to\s+see\s+(?:anyone|anybody|someone)\b|\b(?:so\s+)?no\s+(?:follow-?up|further\s+(?:testing|imaging|tests?))\s+(?:is\s+)?(?:needed|necessary|required)\b|\bmost\s+of\s+(?:those|these|them)\s+go\s+away\s+(?:by\s+themselves|on\s+their\s+own)\b/i,
    message: 'Reassures this person in a way that may keep them from getting care.',
  },
  {
    id: 'advice.self-care-instruction',
    keyWords: [
      'try', 'take', 'give', 'skip', 'stop', 'drink', 'eat', 'apply', 'alternate', 'ice', 'rest', 'avoid', 'cut', 'double', 'halve', 'increase',
      'decrease', 'start', 'use', 'add', 'switch', 'lower', 'raise', 'hold', 'put', 'elevate', 'gargle', 'stay', 'limit', 'keep',
    ],
    type: 'treatment',
    pattern: re(
      `(?:(?<=(?:^|[.!?;\\n:—–-])\\s*)|\\b(?:yes|yep|honestly|just|so)[,!]?\\s+|\\byou\\s+(?:can|could|should|might|may|need\\s+to|have\\s+to|must|will\\s+want\\s+to)\\s+(?:want\\s+to\\s+|also\\s+|just\\s+|try\\s+)*)(?:try|take(?!\\s+(?:the\\s+)?(?:elevators?|stairs|escalators?|exit|shuttle|bus|[\\w-]+\\s+(?:exit|entrance|elevators?))\\b)|give|skip|stop|drink|eat|apply|alternate|ice|rest|avoid|cut(?:\\s+back\\s+on)?|double|halve|increase|decrease|start|use|add|switch|lower|raise|hold\\s+off\\s+on|put|elevate|gargle|stay\\s+off|limit|keep)\\b[^.!?]{0,80}?\\b(?:${SELF_CARE}|${DRUGS}|${MED_WORDS})\\b(?!\\s+(?:disposal|drop[- ]?(?:box|off)|take[- ]?back))`,
    ),
    message: 'Tells one person what to do for their symptoms — individual treatment advice.',
  },
  {
    id: 'advice.what-id-do',
    keyWords: ['what'],
    type: 'hedged-advice',
    pattern: /\bthat['’]?s\s+what\s+i['’]?d\s+(?:do|try|take)\b/i,
    message: 'Says what the writer would do in this person\'s place — personal treatment advice, however hedged.',
  },
  {
    // "Ice first 48 hrs 🧊", "heat after day 3", "Warm compress for Milo": the answer to "heat or ice??" is a treatment plan for this person.
    id: 'advice.timed-self-care',
    keyWords: ['ice', 'heat', 'rest', 'elevate', 'compress', 'compresses'],
    type: 'treatment',
    pattern:
      /(?<=(?:^|[.!?;\n:—–-])\s*)(?:(?:ice|heat|(?:cold|warm)\s+compress(?:es)?)\b(?:\s+(?:it|first|only|then))?\s+(?:for\s+)?(?:the\s+)?(?:first\s+)?\d{1,2}\s*(?:-\s*\d{1,2}\s*)?(?:hrs?|hours|days|mins?|minutes)|(?:rest|elevate)\b(?:\s+(?:it|first|only))?\s+(?:for\s+)?(?:the\s+)?(?:first\s+)?\d{1,2}\s*(?:-\s*\d{1,2}\s*)?(?:hrs?|hours|days))\b|(?<=(?:^|[.!?;\n:—–-])\s*)(?:ice|heat)\s+(?:first|after\s+(?:day|the\s+first)\b)|(?<=(?:^|[.!?;\n:—–-])\s*)(?:a\s+)?(?:warm|cold|cool)\s+compress(?:es)?\s+(?:for|on)\s+\w+/i,
    message: 'Tells one person what to do for their injury, and for how long — individual treatment advice.',
  },
  ...CARE_DEFERRAL_RULES,
];

export const DRUG_RE = re(`\\b${DRUGS}\\b`);
export const CARE_CONTENT_RE = re(`\\b(?:${DRUGS}|${MED_WORDS}|${SELF_CARE}|${DOSE_UNIT}|${HOME_DEVICES})\\b`);

export const ROUTING_RE =
  /\b(?:call|text|contact|reach|message|book|schedule|talk\s+(?:to|with)|ask|check\s+with|speak\s+(?:to|with)|see|start(?:ing)?\s+with)\s+(?:us\b|our\b|your\s+(?:(?:primary\s+care|family|regular)\s+)?(?:doctor|provider|pharmacist|care\s+team|clinician|pcp)|a\s+(?:doctor|provider|pharmacist|nurse|clinician)|the\s+(?:nurse\s+line|er\b|emergency))|\b(?:911|988|nurse\s+line|emergency\s+room|urgent\s+care)|\(\d{3}\)\s?\d{3}[-.\s]\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b/i;

/** Negations and "check first" wording that turn a dosing phrase into a safety caution. */
export const CAUTION_RE =
  /\b(?:don['’]t|do\s+not|never|without\s+(?:first\s+)?(?:talking|checking|speaking|asking)|before\s+(?:you\s+)?(?:stop|change|start))\b/i;
