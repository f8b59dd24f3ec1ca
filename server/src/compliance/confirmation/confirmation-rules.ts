/**
 * Phrases that reveal or affirm that someone is or was our patient. Each rule is a regex over the
 * reply; generic or conditional mentions ("to book an appointment", "before your first visit")
 * are screened out by isGenericMention.
 */

export interface ConfirmationRule {
  id: string;
  pattern: RegExp;
  message: string;
  /** When set, generic or conditional mentions ("before your first visit") are skipped. */
  skipGeneric?: boolean;
  /** Every match holds one of these as a whole ASCII word (see text/ascii-words.ts); keep in step with `pattern`. */
  keyWords: readonly string[];
  /** "Loved having you!" to someone whose comment says they came to volunteer, work or attend an event says nothing about care. */
  notForOtherVisits?: boolean;
}

/** A comment saying the writer was here for something other than care: volunteering, a shift, a donation, a health or trivia night. */
export const OTHER_VISIT_CONTEXT =
  /\b(?:volunteer(?:ed|ing|s)?|my\s+(?:first\s+|last\s+)?shift|(?:worked|working)\s+(?:at|with|here|for)|as\s+(?:a|an)\s+(?:volunteer|student|intern|employee|vendor|speaker|sponsor)|blood\s+drive|donat(?:ed|ing)(?!\s+(?:(?:a|her|his|my|their|one\s+of\s+(?:her|his|my|their))\s+)?(?:kidneys?|liver|(?:bone\s+)?marrow|organs?|stem\s+cells|part\s+of))|(?:accepted|got|landed|starting)\s+(?:a|an|the|my)\s+(?:new\s+)?(?:job|position|offer)|got\s+hired|(?:spoke|presented|gave\s+(?:a|my)\s+talk)\s+at|interview(?:ed|ing|s)?|(?:job|career)\s+fair|hiring\s+event|(?:did|doing|finished|completed|during)\s+(?:my|her|his|their)\s+(?:[\w-]+\s+)?(?:rotation|residency|internship|clinicals)|shadow(?:ed|ing)\s+(?:at|with|here|your|dr)|staff\s+(?:picnic|party|potluck|meeting|retreat|bbq|barbecue)|(?:health|info|information|game|movie|trivia)\s+night|open\s+house)\b/i;

/**
 * "I was a patient on your cancer floor and I'd love to volunteer", "My twins spent 5 weeks there and I want to give back", "3 years ago
 * today I left your hospital with a new heart valve. Just donated": the comment tells of their own care too, so replies to it are read for that care.
 */
export const WAS_OUR_PATIENT_CONTEXT =
  /\bI\s+was\s+(?:a\s+patient|treated|cared\s+for)\b|\b(?:my|our)\s+(?:twins|triplets|son|daughter|bab(?:y|ies)|kids?|child|husband|wife|partner|mom|dad|mother|father)\s+(?:spent|stayed)\s+(?:[\w-]+\s+){0,3}(?:there|here|in\s+(?:your|the)\s+(?:nicu|icu|picu|hospital|unit|er|ward))\b|\bI\s+left\s+your\s+(?:hospital|nicu|icu|unit|er)\b/i;

const CARE_NOUN =
  '(?:visits?|appointments?|appts?|consults?|consultations?|check-?ups?|chart|medical\\s+records?|records?|file|results?|test\\s+results|labs?|lab\\s+work|bloodwork|scans?|x-?rays?|mri|biopsy|surgery|surgeries|procedure|operation|stay|admission|discharge|treatment|care\\s+team(?!\\s+(?:can|will|could|and|or|knows?|is\\s+(?:the|your)\\s+best)\\b)|care(?!\\s+team)|recovery|prescriptions?|refills?|referral|prior\\s+auth(?:orization)?|diagnosis|therapy|sessions?|delivery|birth(?!\\s+(?:preferences|plans?|wishes|options|certificates?|control|partners?|centers?|centres?))|paperwork|bill|balance|account|claim|refunds?|copays?|statements?|infusion|chemo|physical|exam|screenings?|fittings?|follow-?ups?|check-?in|cleanings?|program|summary|infusions?|standing\\s+(?:slots?|times?|spots?)|case(?<!\\bin\\s+your\\s+case))(?!\\s+(?:provider|doctor|physician|clinic|story|stories|journey|coordinator|director|manager|office|students?))';

// "before your visit", "to book your appointment", "if your results…", "call your care team": instructions, conditions and routing.
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';

const GENERIC_LEAD =
  /^\s*(?:please\s+)?(?:have|keep)\s+$|\b(?:delete|remove|hide|edit\s+out)\s+$|\b(?:keep\s+)?follow(?:ing)?\s+$|\b(?:before|prior\s+to|ahead\s+of|(?:bring|come|arrive|log\s+in|sign\s+in|go)\s+to|prepare\s+for|share\s+(?:it|this|that|them|a\s+copy|copies)\s+with|schedules?|book|request|reschedule|cancel|confirm|view|access|see|download|get|bring|(?:don['’]t|do\s+not|never|please\s+don['’]t)\s+(?:post|share|include|put|type)|(?:bring|pack|carry|keep)\s+(?:a\s+)?(?:copy|copies|list|photo|picture|printout)\s+of|(?:confident|comfortable)\s+(?:in|with|about)|if|when|whenever|once|(?<!we['’]ll\s|we\s+will\s|we\s)make\s+sure|(?<!we['’]ll\s|we\s+will\s|we\s)(?:call|contact|message|ask|reach\s+out\s+to|reach|talk\s+(?:to|with)|speak\s+(?:to|with)|check\s+with)|a\s+call\s+to|depends?\s+on(?:\s+your\s+[\w-]+\s+(?:and|or))?|questions?\s+(?:for|about)|anything\s+(?:about|regarding)|(?:call|contact|ask|message)\s+(?:\S+\s+){1,4}or|(?:can|could|to|help)\s+(?:review|look\s+(?:at|into|over)|check(?:\s+on)?|go\s+over|discuss|explain(?:\s+(?:what|how))?|interpret))\s+$/i;
// "at your next visit", "for your annual physical", "at your free consult": generic only when the visit is a future one.
const FUTURE_LEAD = /(?:\b(?:at|during|after|to)|(?<!thank(?:s|\s+you)\s)\bfor)\s+$/i;
/** "our urology team will go over timing at your consult": the consult anyone would book, in what we will do there. */
const A_CONSULT = /^your\s+consult(?:ation)?\b(?!\s+(?:on|this|next|last|yesterday|today|tomorrow)\b)/i;
const WILL_BEFORE = /\b(?:will|['’]ll)\s+(?:[\w-]+\s+){1,10}$/i;
const FUTURE_VISIT = /^your\s+(?:(?:child|kid|son|daughter|baby|little\s+one|teen)['’]s\s+)?(?:first|next|upcoming|annual|yearly|free|initial|complimentary)\b/i;

/** True when "your <care noun>" at this position is an instruction or condition, not a confirmation. */
export function isGenericMention(sentencePrefix: string, match: string): boolean {
  return GENERIC_LEAD.test(sentencePrefix) || (FUTURE_LEAD.test(sentencePrefix) && (FUTURE_VISIT.test(match) || (A_CONSULT.test(match) && WILL_BEFORE.test(sentencePrefix))));
}

// "she was such a brave patient!" (the noun) vs "such a patient teacher" (the adjective): the noun ends the
// phrase or goes on with a preposition or conjunction.
const NOUN_END = String.raw`(?!\s+(?!and\b|who\b|today\b|at\b|for\b|with\b|of\b|in\b|we\b|to\b|here\b)[a-z]+)`;

const IN_GOOD_HANDS = 'Saying someone "is in good hands" with our team confirms they are in our care.';

export const CONFIRMATION_RULES: readonly ConfirmationRule[] = [
  {
    id: 'confirmation.hate-to-lose-you',
    keyWords: ['lose'],
    pattern: /\b(?:hate|sorry|sad)\s+to\s+lose\s+you\b(?!\s+as\s+a\s+(?:follower|reader|volunteer|donor|member|subscriber))|\blose\s+you\s+(?:from\s+(?:dr\.?\s+[\p{L}'’-]+|our|the|his|her)\b|as\s+a\s+patient\b)/iu,
    message: 'Says we would lose this person as one of our patients, which confirms they are one.',
    notForOtherVisits: true,
  },
  {
    id: 'confirmation.your-care-record',
    keyWords: ['your'],
    // "your VA care team": another organisation's care, not ours; "your urgent care questions": what anyone may ask about it;
    // "Bring the school's form and your child's immunization record": a record any family keeps, wherever the shots were given;
    // "have your referral handy": the referral another doctor wrote, to bring; "your lab order will say": what any order says; "ask about transferring your care": care elsewhere, to move here (not "Dr. Alvarez's team can transfer your care"); "bring a summary of your past treatment if you have one": kept anywhere.
    pattern: new RegExp(`(?<!\\babout\\s+(?:transferring|moving)\\s+)\\byour\\s+(?!referral\\s+(?:handy|ready|with\\s+you)\\b)(?!(?:va|outside)\\b|(?:(?:child|kid|son|daughter|baby|teen)['’]s\\s+)?(?:immunization|vaccination|vaccine|shot)\\s+(?:records?|cards?)\\b)(?:(?:\\$[\\d,.]+|[a-z][\\w'’-]*)\\s+){0,2}${CARE_NOUN}\\b(?!\\s+if\\s+you\\s+have\\s+(?:one|it|them|any)\\b)(?!\\s+(?:questions?|faqs?|orders?\\s+(?:will|should|would)\\s+(?:say|tell|list|show))\\b)`, 'i'),
    message: 'Refers to this person\'s own care ("your visit", "your results"), which confirms they are our patient.',
    skipGeneric: true,
  },
  {
    id: 'confirmation.after-care',
    keyWords: ['visit', 'appointment', 'stay', 'surgery', 'procedure', 'delivery', 'treatment', 'admission'],
    // "so the RT can check it at his appointment": a child's visit the reply knows of.
    pattern: /\b(?:after|since|from|during)\s+(?:your|their|her|his)\s+(?:visit|appointment|stay|surgery|procedure|delivery|treatment|admission)\b|\bat\s+(?:his|her)\s+(?:appointment|visit|clinic\s+visit)\b/i,
    message: 'Mentions a visit or procedure that took place, which confirms a patient relationship.',
  },
  {
    id: 'confirmation.got-you-better',
    keyWords: ['you'],
    pattern:
      /\b(?:could|were\s+able\s+to|got\s+to|helped)\s+(?:get\s+you|you\s+get)\s+(?:(?:all\s+)?(?:back\s+on\s+your\s+feet|cooled\s+(?:off|down)|fixed\s+up|patched\s+up|stitched\s+up|rehydrated|feeling\s+better)|(?:back\s+)?home\s+(?:safe|so\s+soon))\b|\b(?:we|our\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:got|patched|fixed|stitched)\s+you\s+(?:right\s+|all\s+)?(?:up|back\s+on\s+your\s+feet)\b/i,
    message: 'Says we treated this person ("glad we could get you back on your feet"), which confirms they were our patient.',
    notForOtherVisits: true,
  },
  {
    id: 'confirmation.keeps-seeing',
    keyWords: ['seeing', 'treating', 'caring'],
    pattern: /\b(?:keep|continue)\s+(?:seeing|treating|caring\s+for)\s+(?:your\s+(?:son|daughter|kid|kids|child|children|grandson|granddaughter|mom|dad|husband|wife)\b|(?!(?:Dr|Doctor|Dra|Nurse|Riverside)\b)\p{Lu}\p{Ll}+\b)/u,
    message: 'Says a clinician can keep seeing this person or their relative, which confirms they are our patient.',
  },
  {
    id: 'confirmation.spanish-welcome-back',
    keyWords: ['volver', 'seguimiento', 'vuelta', 'nuevo', 'vez', 'extra', 'regreses', 'regresen', 'regrese', 'vuelvas', 'vuelvan', 'vuelva'],
    // "¡Bienvenida de vuelta!", "bienvenidos otra vez", "estará encantado de volver a verte", "tu cita de seguimiento", "Te extrañábamos por aquí", "¡Qué gusto que regresen con nosotros!", "Te esperamos de vuelta", "¡Qué alegría tenerla de vuelta!": welcome back, in Spanish.
    pattern: /\bbienvenid[oa]s?\s+(?:de\s+(?:vuelta|nuevo)|otra\s+vez)\b|\bvolver\s+a\s+(?:verte|verle|verlo|verla|verlos|atenderte|atenderle|atenderlo|atenderla)(?![\p{L}])|\b(?:verte|verle|atenderte|atenderle|atenderlo|atenderla)\s+(?:otra\s+vez|de\s+nuevo|nuevamente|de\s+vuelta)(?![\p{L}])|\b(?:tu|su)\s+(?:cita|consulta|visita)\s+de\s+seguimiento\b|\bque\s+(?:regreses|regresen|regrese|vuelvas|vuelvan|vuelva)\s+con\s+nosotros\b|\b(?:te|lo|la|los|las)\s+extrañ(?:ábamos|abamos|amos)(?![\p{L}])|\b(?:te|lo|la|los|las)\s+esperamos\s+de\s+(?:vuelta|nuevo)(?![\p{L}])|\btener(?:te|le|lo|la|los|las)\s+de\s+(?:vuelta|regreso|nuevo)(?![\p{L}])/iu,
    message: 'Welcomes this person back (in Spanish), which confirms they were here for care.',
    notForOtherVisits: true,
  },
  {
    id: 'confirmation.spanish-cared-for',
    keyWords: ['paso', 'pas', 'llego', 'lleg', 'contentos', 'contentas', 'contento', 'contenta', 'felices', 'feliz', 'estuvo', 'estuvieron', 'atendio', 'atendieron', 'cuido', 'cuidaron', 'descansando', 'internado', 'internada', 'hospitalizado', 'hospitalizada', 'estable', 'placer', 'honor', 'gusto', 'atender', 'cuidar', 'privilegio', 'paciente', 'cuidando', 'atendiendo', 'alegra', 'alegramos', 'sigue', 'contin', 'continua', 'est', 'esta', 'encuentra', 'fue', 'sido', 'haberle', 'haberte', 'haberla', 'haberlo', 'haberlos', 'haberlas', 'siga', 'recuperando'],
    // "Fue un placer atender a su papá", "está descansando en el tercer piso", "Fue un privilegio cuidar de su padre", "Fue un honor trabajar con usted", "Sí, sigue con nosotros", "Fue un gusto tener a don Fermín", "Tomás sigue con nosotros en piso", "su hermano está con nosotros", "¡Nos alegra mucho haberle atendido!", "Su enfermera la está cuidando muy bien", "Nos alegra que la extracción haya salido tan bien", "Nos alegra que su chequeo anual con nosotros haya salido bien", "Nos alegra que los puntos en el dedo del sábado hayan quedado bien", "su mamá fue dada de alta el viernes", "Su abuela está estable y en observación", "que su papá se siga recuperando en casa", "al equipo que estuvo con su papá", "estaban muy contentos de ver a su suegra tan animada", "su hijo pasó por el centro esta mañana": we cared for them, in Spanish.
    pattern: /(?<![\p{L}])(?:su|tu)\s+(?:hij[oa]|niñ[oa]|pap[aá]|mam[aá]|espos[oa]|abuel[oa]|herman[oa])\s+(?:s[ií]\s+)?(?:pas[oó]|lleg[oó])\s+(?:por|a|al)\s+(?:el\s+centro|la\s+cl[ií]nica|la\s+enfermer[ií]a|consulta|urgencias)(?![\p{L}])|(?<![\p{L}])(?:content[oa]s?|felices|feliz)\s+de\s+ver\s+a\s+(?:su|tu)\s+(?:pap[aá]|mam[aá]|padre|madre|espos[oa]|hij[oa]|abuel[oa]|herman[oa]|beb[eé]|suegr[oa])\s+(?:tan\s+|muy\s+)?(?:animad[oa]|bien|recuperad[oa]|fuerte|sonriente|content[oa])(?![\p{L}])|(?<![\p{L}])(?:equipo|personal|enfermer[oa]s?|doctor[ae]s?|m[eé]dic[oa]s?)\s+que\s+(?:estuvo|estuvieron|atendi[oó]|atendieron|cuid[oó]|cuidaron)\s+(?:con\s+|a\s+|de\s+)?(?:su|tu)\s+(?:pap[aá]|mam[aá]|padre|madre|espos[oa]|hij[oa]|abuel[oa]|herman[oa]|beb[eé])(?![\p{L}])|(?<![\p{L}])(?:su|tu)\s+(?:herman[oa]|pap[aá]|mam[aá]|hij[oa]|espos[oa]|abuel[oa]|padre|madre|beb[eé])\s+se\s+(?:siga|sigue)\s+recuperando(?![\p{L}])|(?<![\p{L}])(?:est[aá]|sigue|se\s+encuentra)\s+(?:descansando|internad[oa]|hospitalizad[oa]|estable)\s+en\s+(?:el|la|nuestr[oa])\s+(?:(?:primer|segundo|tercer|cuarto|quinto|sexto|\d{1,2}\.?[º°o]?)\s+piso|habitaci[oó]n|cuarto|unidad|uci|sala)(?![\p{L}])|(?<![\p{L}])haber(?:le|te|la|lo|los|las)\s+(?:atendido|cuidado|operado|vacunado|recibido|acompañado)(?![\p{L}])|(?<![\p{L}])(?:su|tu)\s+(?:herman[oa]|pap[aá]|mam[aá]|hij[oa]|espos[oa]|abuel[oa]|padre|madre|beb[eé]|t[ií][oa]|prim[oa])\s+(?:ya\s+)?(?:fue|ha\s+sido)\s+(?:dad[oa]\s+de\s+alta|operad[oa]|internad[oa]|ingresad[oa])(?![\p{L}])|(?<![\p{L}])(?:su|tu)\s+(?:herman[oa]|pap[aá]|mam[aá]|hij[oa]|espos[oa]|abuel[oa]|padre|madre|beb[eé]|t[ií][oa]|prim[oa])\s+(?:ya\s+)?(?:est[aá]|se\s+encuentra)\s+(?:aqu[ií]\s+)?(?:con\s+nosotros|internad[oa]|hospitalizad[oa]|estable|grave|delicad[oa]|despiert[oa]|descansando|recuper[aá]ndose|fuera\s+de\s+peligro|en\s+(?:observaci[oó]n|estado\s+(?:estable|grave|cr[ií]tico|delicado)|urgencias|emergencias|cirug[ií]a|quir[oó]fano|la\s+uci|terapia\s+intensiva))(?![\p{L}])|(?<![\p{L}])s[ií][,!.]?\s+(?:(?:él|ella|su\s+\p{L}+)\s+)?sigue\s+(?:con\s+nosotros|internad[oa]|hospitalizad[oa]|aqu[ií])(?![\p{L}])|\b(?:fue|ha\s+sido)\s+un\s+(?:placer|honor|gusto|privilegio)\s+(?:atender|cuidar|trabajar\s+con\s+(?:usted|ustedes|su)|acompañar)(?:te|le|la|lo|los|las)?\b|\b(?:fue|ha\s+sido)\s+un\s+(?:placer|honor|gusto|privilegio)\s+tener\s+a\s+(?:don|doña|su|tu)\b|(?<![\p{L}])(?:sigue|contin[uú]a)\s+(?:con\s+nosotros\s+en\s+(?:piso|el\s+piso|la\s+unidad|terapia\s+intensiva|cuidados\s+intensivos)|internad[oa]|hospitalizad[oa])(?![\p{L}])|\b(?:atender|cuidar)\s+a\s+su\s+(?:papá|mamá|padre|madre|hij[oa]|espos[oa]|abuel[oa]|bebé|niñ[oa])(?![\p{L}])|\b(?:es|era|fue|fuiste|eres)\s+(?:un|una|nuestr[oa])\s+(?:\p{L}+\s+)?paciente(?![\p{L}])|\b(?:su|tu)\s+(?:enfermer[oa]|m[eé]dic[oa]|doctora?|equipo)\s+(?:la|lo|le)s?\s+est[aá]n?\s+(?:cuidando|atendiendo)(?![\p{L}])|\b(?:la|lo)s?\s+estamos\s+cuidando(?![\p{L}])|\bnos\s+alegra(?:mos)?\s+(?:mucho\s+)?(?:que|saber\s+que)\s+(?:la|el|los|las|su|sus|tu|tus)\s+(?:extracci[oó]n|cirug[ií]a|operaci[oó]n|procedimiento|consulta|cita|parto|limpieza|tratamiento|recuperaci[oó]n|terapia|visita|endodoncia|implante|biopsia|colonoscop[ií]a|chequeo|control|examen|revisi[oó]n|puntos|suturas|yeso|curaci[oó]n)(?:\s+(?:anual|general|m[eé]dico|de\s+rutina))?(?:\s+(?:en|de|del)\s+(?:el\s+|la\s+)?\p{L}+){0,2}(?:\s+con\s+nosotros)?\s+(?:haya|hayan)\s+(?:salido|ido|resultado|quedado|sanado|cerrado)(?![\p{L}])/iu,
    message: 'Says we cared for this person or their relative, or calls them our patient (in Spanish), which confirms they were our patient.',
    notForOtherVisits: true,
  },
  {
    id: 'confirmation.spanish-your-care',
    keyWords: ['su', 'sus', 'tu', 'tus', 'suya', 'tuya'],
    // "un nuevo horario con tu doctora" (their visit missed), "lo bien que le va en sus controles", "el enlace de su videoconsulta", "el enlace de tu sesión por video", "sus resultados ya están", "su prueba de colinesterasa salió normal", "si tiene dudas sobre su alta", "esperamos verla en su próximo control", "Te guardamos tu lugar de siempre", "algún documento del expediente de su familiar", "Según tu historial, tu próxima dosis…", "te espera en tu próxima cita", "sus dentaduras ya llegaron", "tu último chequeo", "en tu sesión del jueves", "se alegró de verla en su control", "cuidar a familias enteras como la suya" (not "publica sus resultados de calidad"): this person's own care, in Spanish; not "para programar su cita"
    // or "con quien lleva su tratamiento" (their own clinician, whoever that is).
    pattern:
      /\b(?:le|te)\s+va\s+en\s+(?:sus|tus)\s+(?:controles|consultas|citas|sesiones|terapias|tratamientos)(?![\p{L}])|\b(?:te|la|lo|le)\s+espera(?:mos)?\s+en\s+(?:su|tu)\s+pr[oó]xim[oa]\s+(?:cita|consulta|control|visita|sesi[oó]n)(?![\p{L}])|(?<!\b(?:para|programar|agendar|hacer|reservar|antes\s+de|confirmar|cambiar|cancelar|pedir|solicitar|si|cuando|durante|en|a|pida|pidan|pide|haga|hagan|saque|solicite|agende|programe|reserve|agenda|programa|reserva|saca|solicita|haz|confirma|cambia|cancela|lleva|maneja|traslado\s+de|copias?\s+de|transferir|trasladar|hagas|agendes|programes|pidas|saques|reserves|solicites|publica|publican|publicamos|comparte|comparten|separar|apartar|separe|aparte)\s+)\b(?:sus?|tus?)\s+(?:[uú]ltimo\s+chequeo|cita|consulta|videoconsulta|visita|resultados?|receta|expediente|cirugía|tratamiento|estancia|parto|análisis|radiografía|sesi[oó]n\s+(?:por\s+video|de\s+(?:terapia|consejer[ií]a|fisioterapia))|revisi[oó]n\s+del\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)|alta(?=\s*(?:[,.;:!?)]|$)|\s+(?:del\s+hospital|de\s+(?:urgencias|emergencias|la\s+ucin?)|m[eé]dica|hospitalaria)))(?![\p{L}])|\b(?:su|tu)\s+prueba\s+de\s+\p{L}+\s+(?:sali[oó]|dio|result[oó])(?![\p{L}])|\b(?:verl[oa]s?|verle|verte)\s+en\s+(?:su|tu|sus|tus)\s+(?:control(?:es)?|consultas?|citas?|visitas?|chequeos?)(?![\p{L}])|\b(?:cuidar|atender)\s+a\s+familias\s+(?:enteras\s+)?como\s+la\s+(?:suya|tuya)(?![\p{L}])|\b(?:su|tu)\s+sesi[oó]n\s+del\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)(?![\p{L}])|\b(?:sus|tus|su|tu)\s+(?:dentaduras?|pr[oó]tesis|placas?|lentes|anteojos|aparatos?\s+auditivos?|frenos)\s+ya\s+(?:llegaron|lleg[oó]|est[aá]n?\s+list[oa]s?)(?![\p{L}])|\b(?:verl[oa]s?|verle|verte)\s+en\s+(?:su|tu)\s+pr[oó]xim[oa]\s+(?:control|cita|consulta|visita|sesi[oó]n)(?![\p{L}])|\b(?:nuevo\s+horario|nueva\s+cita|otra\s+cita)\s+con\s+(?:su|tu)\s+(?:doctor[a]?|m[eé]dic[oa]|pediatra|ginec[oó]log[oa]|partera|enfermera|terapeuta|proveedor[a]?)(?![\p{L}])|\b(?:te|le)\s+guardamos\s+(?:tu|su)\s+(?:lugar|silla|asiento|horario|espacio)\s+de\s+siempre(?![\p{L}])|(?<=(?:^|[.!?¡¿])\s*)seg[uú]n\s+(?:tu|su)\s+(?:historial|expediente)\s*,|(?<!\b(?:pedir|solicitar|obtener|sacar|tramitar|copia|copias|acceso\s+al?)\s+(?:una\s+copia\s+|copia\s+)?)\bdel\s+(?:expediente|historial)\s+(?:m[eé]dico\s+|cl[ií]nico\s+)?de\s+(?:su|tu)\s+(?:familiar|pap[aá]|mam[aá]|padre|madre|hij[oa]|espos[oa]|abuel[oa]|herman[oa]|beb[eé])(?![\p{L}])/iu,
    message: 'Refers to this person\'s own care in Spanish ("su cita", "sus resultados"), which confirms they are our patient.',
  },
  {
    id: 'confirmation.spanish-on-schedule',
    keyWords: ['esperamos', 'confirmada', 'confirmado', 'agendada', 'agendado', 'programada', 'programado', 'registrada', 'registrado', 'apuntada', 'apuntado', 'anotada', 'anotado', 'qued', 'quedo'],
    // "Sí, está confirmada para el jueves", "su cita quedó agendada", "¡Lo tenemos agendado mañana!", "Confirmado, don Teodoro: mañana a las 11:30", "¡Con gusto! Le esperamos a las 9:30": this person is on our schedule, in Spanish.
    pattern: /\b(?:est[aá]|est[aá]n|qued[oó]|quedaron)\s+(?:confirmad|agendad|programad|registrad|apuntad|anotad)[oa]s?\s+(?:para|en)\b|\bqued[oó]\s+para\s+(?:el\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)|mañana)\s+a\s+las\s+\d|\b(?:lo|la|los|las|te|le)\s+tenemos\s+(?:confirmad|agendad|programad|registrad|apuntad|anotad)[oa]s?\b|(?<=^|[.!?¡][\s\p{Extended_Pictographic}\u{FE0F}]*)(?:le|te)\s+esperamos\s+(?:mañana\s+|hoy\s+)?a\s+las\s+\d|(?<=^|[.!?]\s+)¡?\s*(?:confirmad[oa]|agendad[oa])\s*[,:!]+\s*(?:(?:don|doña|sr\.?|sra\.?|srta\.?)\s+\p{Lu}\p{L}+\s*[,:]\s*)?(?:(?:su|tu)\s+)?(?:(?:cita|consulta)\s+)?(?:(?:es|queda)\s+)?(?:para\s+)?(?:mañana|hoy|pasado\s+mañana|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))\s+a\s+las\s+\d/iu,
    message: 'Says this person is on our schedule (in Spanish), which confirms they are our patient.',
  },
  {
    id: 'confirmation.spanish-looked-up-record',
    keyWords: ['corregimos', 'ajustamos', 'eliminamos', 'quitamos', 'reembolsamos', 'anulamos', 'revisamos', 'buscamos', 'encontramos', 'vimos', 'vemos', 'checamos', 'tenemos', 'guardamos', 'vio', 'revis', 'reviso', 'recibi', 'recibio', 'aparece', 'recibimos', 'registramos', 'qued', 'enviamos', 'mandamos', 'enviaremos', 'mandaremos', 'registrada', 'registrado'],
    // "Revisamos su cuenta y vemos el cargo duplicado", "Ya encontramos tu saldo pendiente", "Sí, tenemos sus registros de vacunas", "encontramos el registro de vacunas de sus hijos", "Ya recibimos la orden de la Dra. Alvarez", "Ya corregimos el cargo en su cuenta", "sí aparece una videofluoroscopia del 14 de marzo en tu cuenta": we looked at, hold or changed this person's own record, in Spanish.
    pattern: /\b(?:revisamos|buscamos|encontramos|vimos|vemos|checamos|tenemos|guardamos)\s+(?:su|sus|tu|tus)\s+(?:cuenta|expediente|historial|registros?|archivo|factura|resultados|cargos?|cita|papeles|saldo(?:\s+pendiente)?)(?![\p{L}])|\b(?:vio|revis[oó]|recibi[oó])\s+(?:tu|su)\s+(?:formulario\s+de\s+ingreso|expediente|historial|referencia)(?![\p{L}])|\b(?:revisamos|buscamos|encontramos|localizamos|tenemos)\s+(?:el|los|la)\s+(?:registros?|expediente|historial|cartilla)\s+(?:de\s+vacunas\s+)?de\s+(?:su|sus|tu|tus)\s+(?:beb[eé]|hij[oa]s?|niñ[oa]s?|pequeñ[oa]s?|mam[aá]|pap[aá]|espos[oa]|abuel[oa])(?![\p{L}])|\bya\s+(?:aparece|vemos|recibimos|registramos)\s+(?:su|tu)\s+(?:pago|abono|dep[oó]sito)(?![\p{L}])|\b(?:s[ií]\s+)?aparece\s+(?:un[oa]?\s+|el\s+|la\s+)?(?:[\p{L}\d]+\s+){1,6}?en\s+(?:su|tu)\s+(?:cuenta|expediente|historial|registro)(?![\p{L}])|\bya\s+(?:recibimos|tenemos)\s+(?:la|tu|su)\s+(?:orden|referencia|solicitud)(?![\p{L}])|\b(?:enviamos|mandamos|enviaremos|mandaremos)\s+(?:el\s+estado\s+de\s+cuenta|la\s+factura|el\s+recibo|el\s+informe|los\s+resultados)\s+de\s+(?:tus|sus)\s+(?:sesiones|consultas|citas|terapias|visitas)(?![\p{L}])|\ba\s+(?:tu|su)\s+(?:direcci[oó]n|correo)\s+registrad[oa](?![\p{L}])|\b(?:corregimos|ajustamos|eliminamos|quitamos|reembolsamos|anulamos)\s+(?:el|los|la|las)\s+(?:cargos?|cobros?|saldos?|factura|facturas)\s+(?:duplicad[oa]s?\s+)?(?:en|de)\s+(?:su|tu)\s+(?:cuenta|factura|estado\s+de\s+cuenta)(?![\p{L}])|\b(?:su|tu)\s+(?:cuenta|saldo)\s+(?:ya\s+)?qued[oó]\s+en\s+(?:\$\s?0|cero)(?![\p{L}\d])/iu,
    message: 'Says we looked at this person\'s own account or record (in Spanish), which confirms they are our patient.',
  },
  {
    id: 'confirmation.spanish-records-ready',
    keyWords: ['lista', 'listas', 'listo', 'listos', 'llegaron'],
    // "Ya está lista la copia que pidió", "Tu nota de regreso al trabajo ya está lista", "Sus lentes nuevos ya llegaron": the copy of their records, a note or what was ordered for them is ready, in Spanish.
    pattern:
      /(?<![\p{L}])(?:sus|tus)\s+(?:lentes|anteojos|gafas|aud[ií]fonos|aparatos\s+auditivos|plantillas|f[eé]rulas?|medias\s+de\s+compresi[oó]n)\s+(?:nuev[oa]s\s+)?(?:ya\s+)?(?:llegaron|est[aá]n\s+list[oa]s)(?![\p{L}])|\b(?:ya\s+)?est[aá]n?\s+list[oa]s?\s+(?:la|el|las|los|su|sus)\s+(?:copias?|recetas?|resultados?|formularios?|formas?|papeles|cartillas?|registros?|expediente|im[aá]genes)(?![\p{L}])|\b(?:su|sus|tu|tus)\s+(?:copias?|recetas?|resultados?|formularios?|papeles|cartillas?|registros?|im[aá]genes|notas?|cartas?|constancias?|certificados?|incapacidad(?:es)?)(?:\s+(?:de|del|para|al|m[eé]dica)(?:\s+\p{L}+){1,2}){0,2}\s+(?:ya\s+)?est[aá]n?\s+list[oa]s?(?![\p{L}])|\b(?:sus|tus)\s+(?:zapatos|lentes|anteojos|aparatos|plantillas|medicamentos|recetas)\s+(?:terap[eé]uticos\s+|auditivos\s+|ortop[eé]dic[oa]s\s+)?(?:ya\s+)?llegaron(?![\p{L}])/iu,
    message: 'Says this person\'s records or copies are ready (in Spanish), which confirms they are our patient.',
  },
  {
    id: 'confirmation.spanish-staff-knows-you',
    notForOtherVisits: true,
    keyWords: ['favoritas', 'consentidas', 'preferidas', 'conoce', 'cancelamos', 'reprogramamos', 'cambiamos', 'pasamos', 'movemos', 'adelantamos', 'atendio', 'atendieron', 'vimos', 'revisamos', 'encontramos', 'platicamos', 'hablamos', 'observamos', 'pacientes', 'sigue', 'recordamos', 'acordamos', 'paciente', 'felices', 'contentos', 'contentas', 'orgullosos', 'orgullosas', 'saber', 'atenderte', 'atenderle', 'atenderla', 'atenderlo', 'atenderlos', 'atenderlas', 'pregunta', 'pregunt', 'pregunto', 'preguntaron', 'preguntan', 'recuerda', 'recuerdan', 'cont', 'progreso', 'ltima', 'primera', 'agregamos', 'anotamos', 'actualizamos', 'pusimos', 'dejamos', 'tantos', 'tantas', 'servido', 'consulta', 'disfruta', 'disfrutamos', 'disfrutan', 'donde', 'primer', 'xima', 'proxima', 'ximo', 'proximo', 'aqu', 'aqui', 'alegra', 'alegran', 'feliz', 'contento', 'contenta', 'alegre', 'acuerda', 'acuerdan', 'gusto', 'atenci', 'atencion', 'atiende', 'atendi', 'trata', 'trat', 'cuida', 'cuid', 'alegrar', 'alegrara', 'vemos', 'retomar', 'dice', 'cuenta', 'tendr', 'tendra', 'lejos', 'encant', 'encanto', 'estudio', 'ensayo', 'entreg', 'entregaron', 'explic', 'explicaron', 'recet', 'indic', 'dej', 'dio', 'dieron', 'espera', 'esperamos', 'esperan', 'recibir', 'atender', 'seguir', 'alegr', 'alegraron', 'sentido', 'avisamos', 'hablamos', 'conversar', 'hablar', 'platicar'],
    // "Siempre pregunta por usted", "recuerda con mucho cariño", "Lisa nos contó que usted es…", "su progreso", "desde su última consulta" (not "Pregunte en su próxima cita", said to anyone), "ya los agregamos a su expediente",
    // "pregunta por su bebé", "disfruta las visitas de sus peques", "el consultorio donde la revisaron", "su primer año con nosotros", "en su próxima cita", "está aquí para su cita",
    // "se alegra de que ya se sienta mejor", "le dará gusto saber que estás bien", "la atención que le dio", "muy feliz de saber que se recuperó", "seguro se acuerda de usted", "nos contó que ha seguido su plan",
    // "feliz de saber que su niña sigue mejorando", "todo el equipo que atiende a tu niño", "se va a alegrar de saber que usted ya está mejor", "Nos vemos en tu revisión del viernes", "nos contó que llegaste con muchas ganas", "Ya puedes retomar tu seguimiento",
    // "Rachel dice que su papá siempre la recibía con un chiste", "su papá tendrá una enfermera fija", "se acuerdan mucho de ti", "Por lo que vimos en la consulta", "le dará mucho gusto saber que su mamá sigue tan bien", "su papá es uno de los pacientes más puntuales", "Nos encanta atenderte cada mes", "Recordamos con mucho cariño esos días con ustedes", "fuiste la paciente más valiente del día",
    // "están felices con su recuperación", "le va a encantar saber que sus sesiones le ayudaron", "felices de que usted y su bebé estén tan bien", "Kevin Osei, que te atendió anoche", "Marcus dice que tus ejercicios de equilibrio dieron frutos", "la hoja que Lisa Chen le entregó en su consulta",
    // "Nos alegra mucho ver lo bien que va ella", "dice que le fue muy bien en la sesión y que lo espera el próximo martes", "Marcus dice que lo espera para el chequeo final", "Jordan Ellis te va a recibir el lunes a las 11", "seguro se va a alegrar de saber de usted", "siempre pregunta cómo sigues", "se alegran de que ya estés mejor", "le da mucho gusto ver a sus pacientes regresar", "siempre se alegra cuando sus pacientes quedan contentos", "su hija seguirá con el mismo equipo", "todo el equipo quedaron felices de poder ayudarlo", "se alegró mucho de poder ayudar a tu familia", "que se haya sentido bien atendido", "Ya le avisamos a Lisa Chen que llegará unos minutos tarde", "se alegró mucho al saber que ya camina sin bastón", "Ya hablamos con el equipo que estaba de turno ese día", "fue un gusto conversar con ella en español", "se alegra mucho de que su hijo esté sanando", "se alegra mucho de que Ximena esté escuchando", "como ya conoce su caso", "le cancelamos la sesión", "le pasamos su próxima cita", "se alegrará de saber que su rodilla sigue firme", "dice que su familia es de sus favoritas".
    pattern:
      /(?<![\p{L}])(?:dice|dijo)\s+que\s+(?:le|te)\s+fue\s+muy\s+bien\s+en\s+(?:la|su|tu)\s+(?:sesi[oó]n|consulta|cita|terapia|clase)(?![\p{L}])|(?<![\p{L}])(?:dice|dijo)\s+que\s+(?:la|lo|le|te)\s+espera\s+(?:el|este)\s+(?:pr[oó]ximo\s+)?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)(?![\p{L}])|(?<![\p{L}])(?:nos\s+alegra|nos\s+encanta|nos\s+da\s+(?:mucho\s+)?gusto|qu[eé]\s+gusto)\s+(?:mucho\s+)?ver\s+lo\s+bien\s+que\s+(?:le\s+)?(?:va|est[aá]|sigue|avanza)(?![\p{L}])|\bse\s+alegran?\s+(?:mucho\s+)?de\s+que\s+(?:su|tu)\s+(?:hij[oa]|mam[aá]|pap[aá]|espos[oa]|beb[eé]|abuel[oa]|niñ[oa])\s+(?:ya\s+)?(?:est[eé]|se\s+sienta|siga)(?![\p{L}])|\bse\s+alegran?\s+(?:mucho\s+)?de\s+que\s+(?!(?:todo|eso|esto|alguien|nadie|nada|cada|usted)(?![\p{L}]))\p{L}+\s+(?:ya\s+)?est[eé]\s+\p{L}+(?:ando|iendo)(?![\p{L}])|\bya\s+conoce\s+(?:su|tu)\s+(?:caso|historia|herida|expediente)(?![\p{L}])|\b(?:su|tu)\s+familia\s+es\s+(?:una\s+)?de\s+sus\s+(?:favoritas|consentidas|preferidas)(?![\p{L}])|\b(?:le|te)\s+(?:cancelamos|reprogramamos|cambiamos|pasamos|movemos|adelantamos)\s+(?:la|su|tu)\s+(?:pr[oó]xima\s+)?(?:sesi[oó]n|cita|consulta|terapia)(?![\p{L}])|\b(?:feliz|content[oa]|alegre)\s+de\s+saber\s+que\s+(?:(?:su|tu)\s+(?:beb[eé]|hij[oa]|niñ[oa]|pequeñ[oa]|mam[aá]|pap[aá]|espos[oa]|abuel[oa])\s+)?(?:ya\s+)?(?:sigue\s+mejorando|va\s+mejorando|se\s+recuper[oó]|te\s+recuperaste|se\s+(?:siente|sienta)\s+mejor|est[aá]s?\s+(?:mejor|bien))(?![\p{L}])|\b(?:se\s+(?:alegra|alegran)|se\s+alegrar[aá]n?|se\s+va\s+a\s+alegrar|le\s+dar[aá]\s+(?:mucho\s+)?gusto\s+saber)\s+(?:mucho\s+)?(?:de\s+(?:saber\s+)?)?que\s+(?:usted\s+|t[uú]\s+|(?:su|tu)\s+(?:mam[aá]|pap[aá]|hij[oa]|espos[oa]|abuel[oa]|beb[eé]|rodilla|cadera|hombro|espalda|coraz[oó]n|tobillo|muñeca|herida)\s+)?(?:ya\s+)?(?:se\s+sienta|te\s+sientas|te\s+sientes|se\s+siente|est[eé]s?|est[aá]s?|sigues?(?:\s+(?:tan|muy))?)\s+(?:mejor|bien|firme|fuerte)\b|\bla\s+atenci[oó]n\s+que\s+(?:le|te|les)\s+(?:dio|dieron|brind[oó]|brindaron)(?![\p{L}])|\b(?:siempre\s+)?pregunt(?:a|an|[oó]|aron)\s+c[oó]mo\s+(?:sigues|sigue|est[aá]s|est[aá]|te\s+va|le\s+va)(?![\p{L}])|\b(?:siempre\s+)?pregunt(?:a|an|[oó]|aron)\s+por\s+(?:usted|ti|ustedes|su\s+(?:beb[eé]|hij[oa]|niñ[oa]|pequeñ[oa]|mam[aá]|pap[aá]|espos[oa]|abuel[oa])|tu\s+(?:beb[eé]|hij[oa]|niñ[oa]|pequeñ[oa]|mam[aá]|pap[aá]|espos[oa]|abuel[oa]))(?![\p{L}])|\bdisfruta(?:mos|n)?\s+(?:mucho\s+)?(?:las\s+visitas\s+de\s+(?:sus|tus)|verl[oa]s|verle|verte|(?:sus|tus)\s+(?:consultas|visitas|citas))(?![\p{L}])|\bdonde\s+(?:la|lo|le|te|los|las)\s+(?:revisaron|atendieron|vacunaron|operaron|revisamos|atendimos|vacunamos)(?![\p{L}])|\bsu\s+primer\s+(?:año|mes|aniversario)\s+con\s+nosotros\b|(?<!(?:pregunt[ea]|consult[ea]|mencion[ea]|coment[ea]|h[aá]ble(?:lo)?|lleve|traiga|pida|p[ií]dalo|p[ií]dala)\s+)\b(?:en|para)\s+su\s+pr[oó]xim[oa]\s+(?:sesi[oó]n|consulta|cita|visita|terapia|control)(?![\p{L}])|\bretomar\s+(?:tu|su)\s+(?:seguimiento|tratamiento|terapia|control)(?![\p{L}])|\b(?:dice|cuenta|recuerda)\s+que\s+(?:su|tu)\s+(?:pap[aá]|mam[aá]|espos[oa]|hij[oa]|abuel[oa]|beb[eé])\s+(?:siempre\b|fue\s+(?:todo\s+una?\s+|muy\s+)?valiente(?![\p{L}])|se\s+port[oó]\s+(?:muy\s+)?bien(?![\p{L}]))|\b(?:le|les)\s+da\s+(?:mucho\s+)?gusto\s+(?:saber\s+de|ver\s+a)\s+sus\s+pacientes(?![\p{L}])|\bse\s+alegran?\s+(?:mucho\s+)?cuando\s+sus\s+pacientes(?![\p{L}])|\b(?:(?:quedaron|qued[oó]|estuvieron|estuvo)\s+(?:muy\s+)?(?:felices|content[oa]s?|feliz)|se\s+alegr(?:[oó]|aron))\s+(?:mucho\s+|much[ií]simo\s+)?de\s+(?:poder\s+)?(?:ayudar|atender|cuidar)(?:l[oa]s?|le|les|te)?(?![\p{L}])|\b(?:se\s+haya|te\s+hayas|se\s+hayan)\s+sentido\s+(?:muy\s+)?bien\s+atendid[oa]s?(?![\p{L}])|\bse\s+alegr(?:[oó]|aron)\s+(?:mucho\s+|much[ií]simo\s+)?(?:al|de)\s+saber\s+que\s+(?:ya\s+)?(?:camina|caminas|est[aá]s?|se\s+siente|te\s+sientes|puede|puedes|volvi[oó]|volviste|regres[oó]|regresaste)(?![\p{L}])|\bhablamos\s+con\s+(?:el\s+equipo|las?\s+enfermer[oa]s?|el\s+personal|los\s+doctores|la\s+doctora|el\s+doctor)\s+que\s+(?:estaba|estuvo|estaban|estuvieron)\s+de\s+turno(?![\p{L}])|\bfue\s+un\s+(?:gusto|placer)\s+(?:conversar|hablar|platicar)\s+con\s+(?:ella|él|su\s+(?:mam[aá]|pap[aá]|abuel[oa]|abuelit[oa]|espos[oa]|hij[oa]))(?![\p{L}])|\b(?:ya\s+)?(?:le|les)\s+avisamos\s+a\s+(?:(?:la\s+)?(?:dra?\.?|doctora?|enfermer[oa])\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s+(?:de\s+)?que\s+(?:usted\s+|t[uú]\s+)?(?:llegar[aá]s?|va\s+a\s+llegar|vas\s+a\s+llegar|vendr[aá]s?)(?![\p{L}])|\b(?:tu|su)\s+equipo\s+del\s+(?:estudio|ensayo)(?![\p{L}])|\b(?:su|tu)\s+(?:pap[aá]|mam[aá]|espos[oa]|hij[oa]|abuel[oa]|beb[eé])\s+(?:tendr[aá]\s+(?:una?\s+)?(?:enfermer[oa]|doctor[a]?|terapeuta|cuidador[a]?)(?:\s+fij[oa])?|seguir[aá]\s+con\s+(?:el\s+mism[oa]|la\s+misma|su)\s+(?:equipo|doctora?|m[eé]dic[oa]|pediatra|terapeuta|enfermer[oa]))(?![\p{L}])|\bnos\s+vemos\s+en\s+(?:su|tu)\s+(?:revisi[oó]n|cita|consulta|control|sesi[oó]n|terapia)(?![\p{L}])|\best[aá]\s+aqu[ií]\s+para\s+su\s+(?:cita|consulta)(?![\p{L}])|\brecuerdan?\s+con\s+(?:mucho\s+)?cari[ñn]o\b|\bnos\s+cont[oó]\s+que\s+(?:usted|t[uú]|ha\s+seguido|has\s+seguido|va\s+muy\s+bien|vas\s+muy\s+bien|llegaste|lleg[oó]|viniste|vino|fuiste|estuviste|te\s+portaste)(?![\p{L}])|\blo\s+lejos\s+que\s+(?:ha|has)\s+llegado\b|\bnos\s+encant[oó]\s+(?:atender|preparar|cuidar|vacunar)(?:le|te|la|lo|los|las)(?![\p{L}])|\bse\s+acuerdan?\s+(?:mucho\s+|muy\s+bien\s+|bien\s+|siempre\s+)?de\s+(?:usted|ti|ustedes|(?:sus|tus)\s+(?:gemel[oa]s|melliz[oa]s|hij[oa]s|beb[eé]s|niñ[oa]s|pequeñ[oa]s)|(?:su|tu)\s+(?:hij[oa]|beb[eé]|niñ[oa]|pequeñ[oa]))(?![\p{L}])|\bpor\s+lo\s+que\s+(?:vimos|revisamos|encontramos|platicamos|hablamos|observamos)\s+en\s+(?:la|su|tu)\s+(?:consulta|cita|visita|revisi[oó]n)(?![\p{L}])|\b(?:es|era|fue)\s+(?:uno|una)\s+de\s+(?:los|las|sus|nuestros|nuestras)\s+pacientes\s+m[aá]s\b|\batender(?:te|le|la|lo|los|las)\s+(?:cada\s+(?:mes|semana|vez)|siempre|en\s+cada\s+(?:consulta|cita|visita))(?![\p{L}])|\b(?:recordamos|nos\s+acordamos\s+de)\s+(?:con\s+(?:mucho\s+)?cariño\s+)?(?:esos|aquellos)\s+d[ií]as\s+con\s+(?:ustedes|usted|ti)(?![\p{L}])|\b(?:fuiste|eres|fue|es)\s+(?:la|el|nuestr[oa])\s+paciente\s+m[aá]s\b|\b(?:felices|content[oa]s|orgullos[oa]s)\s+(?:con|de|por)\s+(?:su|tu)\s+(?:recuperaci[oó]n|progreso|evoluci[oó]n)(?![\p{L}])|\b(?:felices|content[oa]s)\s+de\s+que\s+(?:usted|t[uú])\s+(?:y\s+(?:su|tu)\s+beb[eé]\s+)?(?:est[eé]n|est[eé]s|est[eé])\s+(?:tan\s+|muy\s+)?bien(?![\p{L}])|\bque\s+(?:te|le|la|lo|los|las)\s+atendi(?:[oó]|eron)\s+(?:anoche|ayer|hoy|esta\s+mañana|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))(?![\p{L}])|\bsaber\s+que\s+(?:sus|tus)\s+(?:sesiones|consultas|terapias|citas)\s+(?:le|te)\s+(?:ayudaron|sirvieron|ayudan|sirven)(?![\p{L}])|\b(?:dice|cuenta|comenta)\s+que\s+(?:tus|sus)\s+(?:ejercicios|sesiones|terapias|citas|consultas)\s+(?:\p{L}+\s+){0,3}?(?:dieron\s+(?:frutos|resultado)|valieron\s+la\s+pena|funcionaron|sirvieron|ayudaron)(?![\p{L}])|\b(?:de\s+)?su\s+progreso\b|\bdesde\s+su\s+(?:[uú]ltima|primera)\s+(?:consulta|cita|visita)\b|\brecuerdan?\s+(?:su|tu)\s+(?:operaci[oó]n|cirug[ií]a|parto|consulta|visita|caso)(?![\p{L}])|\btant[oa]s\s+(?:controles|consultas|citas|visitas)\s+junt[oa]s\b|\b(?:la|su)\s+consulta\s+le\s+(?:haya\s+)?servi(?:do|r[aá])(?![\p{L}])|\b(?:agregamos|anotamos|actualizamos|pusimos|dejamos)\s+(?:\p{L}+\s+){0,2}(?:a|en)\s+(?:su|tu)\s+(?:expediente|historial|cuenta|archivo)(?![\p{L}])|\bdisfruta(?:mos|n)?\s+(?:mucho\s+)?(?:sus|tus)\s+(?:citas|consultas|visitas)\s+con\s+(?:usted|ustedes|ti)(?![\p{L}])|\b(?:equipo|doctora?|enfermer[oa]s?|terapeuta|consejer[oa])\s+que\s+(?:atiende|atendi[oó]|trata|trat[oó]|cuida|cuid[oó])\s+a\s+(?:tu|su)\s+(?:beb[eé]|hij[oa]|niñ[oa]|pequeñ[oa]|mam[aá]|pap[aá]|espos[oa]|abuel[oa])(?![\p{L}])|\b(?:le|te|les)\s+(?:entreg[oó]|entregaron|dio|dieron|explic[oó]|explicaron|recet[oó]|indic[oó]|dej[oó])\s+en\s+(?:su|tu)\s+(?:consulta|cita|visita|sesi[oó]n)(?![\p{L}])|\b(?:se\s+alegra|se\s+alegrar[aá]|se\s+va\s+a\s+alegrar|le\s+dar[aá]\s+(?:mucho\s+)?gusto)\s+(?:mucho\s+)?de\s+saber\s+de\s+(?:usted|ti|ustedes)(?![\p{L}])|\b(?:lo|la|te|le|los|las)\s+espera(?:mos|n)?\s+para\s+(?:el|la|su|tu)\s+(?:chequeo|control|consulta|cita|sesi[oó]n|revisi[oó]n)\s+(?:final|de\s+seguimiento|de\s+control)(?![\p{L}])|\b(?:lo|la|te|le)\s+(?:va\s+a\s+(?:recibir|atender)|recibir[aá]|atender[aá])\s+(?:el\s+|este\s+)?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|mañana)(?![\p{L}])/iu,
    message: 'Says our people know this person, follow their progress or hold their record (in Spanish), which confirms they are our patient.',
  },
  {
    id: 'confirmation.spanish-we-did-your-care',
    notForOtherVisits: true,
    keyWords: ['disfrut', 'disfrutaron', 'sus', 'tus', 'tenerle', 'tenerte', 'tenerla', 'tenerlo', 'hicimos', 'realizamos', 'tomamos', 'operamos', 'vacunamos', 'revisamos', 'verla', 'verlo', 'verlos', 'verlas', 'verle', 'verte', 'atendi', 'atendio', 'atendieron', 'cuid', 'cuido', 'cuidaron', 'oper', 'opero', 'operaron', 'atendimos', 'cuidamos', 'sesiones', 'citas', 'consultas', 'terapias', 'espacio', 'lugar', 'cupo', 'horario', 'acompa', 'atender', 'cuidar', 'atendido', 'cuidado', 'operado', 'vacunado', 'revisado', 'vemos', 'pasamos', 'movimos', 'cambiamos', 'reprogramamos', 'reagendamos', 'ndole', 'ndote', 'ndola', 'ndolo', 'ndolos', 'ndolas', 'referido', 'referencia', 'orden', 'carta', 'nota', 'receta', 'constancia', 'incapacidad', 'alegraron', 'alegraran', 'alegran', 'alegra', 'gusto', 'ver', 'esperamos', 'vacunaci', 'consulta', 'cirug', 'operaci', 'revisi', 'ayud', 'ayudaron', 'medicina', 'medicamento', 'pastillas', 'antibi'],
    // "como ya le hicimos el examen el año pasado", "le encanta verla cada lunes, miércoles y viernes", "verte ganar confianza cada semana", "las enfermeras que atendieron a tu abuelito", "te acuerdas de tus sesiones con él",
    // "se alegraron muchísimo de saber que su niña está creciendo bien", "el equipo espera con gusto sus martes, jueves y sábados", "Es un gusto tenerle en el turno nocturno", "le dio mucho gusto atender a su pequeño", "lo mucho que trabajaste en tus sesiones", "ya tiene un espacio para ti el jueves", "disfrutó mucho acompañarla durante su embarazo", "disfrutó mucho enseñarles", "le da gusto ver a sus niños en consulta", "que el equipo lo haya atendido rápido anoche", "nos vemos el martes para la curación", "pasamos tu sesión de hoy para el jueves", "¡Por 20 años más cuidándole!", "tiene su referido de terapia", "Marcus Greene te verá en tu primera sesión", "la carta de incapacidad que le dio el enfermero", "la medicina que le dio el enfermero", "cómo ayudó a su hijo": we did this person's care, or see them on a schedule, in Spanish.
    pattern:
      /(?<![\p{L}])ya\s+(?:le|te|les|la|lo)\s+(?:hicimos|realizamos|tomamos|operamos|vacunamos|revisamos)(?!\s+llegar)(?![\p{L}])|(?<![\p{L}])(?:verl[oa]s?|verle|verte)\s+(?:(?!(?:en|a|al|por|para)(?![\p{L}]))\p{L}+\s+){0,3}cada\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|semana|mes|mañana)(?![\p{L}])|(?<![\p{L}])(?:(?:atendi[oó]|atendieron|cuid[oó]|cuidaron|oper[oó]|operaron|atendimos|cuidamos|operamos|ayud[oó]|ayudaron)|(?:dio|da|dar[aá])\s+(?:mucho\s+)?gusto\s+(?:atender|cuidar|operar|vacunar))\s+a\s+(?:tu|su)\s+(?:abuelit[oa]|abuel[oa]|pap[aá]|mam[aá]|padre|madre|hij[oa]|espos[oa]|beb[eé]|niñ[oa]|herman[oa]|t[ií][oa]|pequeñ[oa]|peque)(?![\p{L}])|(?<![\p{L}])(?:tus|sus)\s+(?:sesiones|citas|consultas|terapias)\s+con\s+(?:él|ella|nosotros|el\s+(?:dr|doctor)|la\s+(?:dra|doctora))(?![\p{L}])|(?<![\p{L}])(?:trabajaste|trabaj[oó]|te\s+esforzaste|se\s+esforz[oó])\s+en\s+(?:tus|sus)\s+(?:sesiones|terapias|citas|consultas)(?![\p{L}])|(?<![\p{L}])tiene(?:mos)?\s+un\s+(?:espacio|lugar|cupo|horario)\s+para\s+(?:ti|usted)\s+(?:el\s+|este\s+)?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|mañana)(?![\p{L}])|(?<![\p{L}])disfrut(?:[oó]|aron|amos)\s+(?:mucho\s+|much[ií]simo\s+)?(?:enseñar|atender|cuidar|acompañar)(?:les|le|la|lo|te|los|las)(?![\p{L}])|(?<![\p{L}])(?:acompañar|atender|cuidar)(?:la|lo|le|te|los|las)\s+(?:durante|en)\s+(?:su|tu)\s+(?:embarazo|parto|tratamiento|recuperaci[oó]n|terapia|estancia|cirug[ií]a)(?![\p{L}])|(?<![\p{L}])ver\s+a\s+(?:sus|tus)\s+(?:(?:dos|tres|cuatro|cinco|\d)\s+)?(?:niñ[oa]s|hij[oa]s|beb[eé]s|pequeñ[oa]s|niet[oa]s|chamac[oa]s)\s+en\s+(?:consulta|(?:cada|la)\s+(?:consulta|cita|visita)|(?:sus|tus)\s+(?:consultas|citas|controles))(?![\p{L}])|(?<![\p{L}])(?:lo|la|le|te|los|las)\s+(?:hayan|haya|han|ha|hayamos|hemos)\s+(?:atendido|cuidado|operado|vacunado|revisado)(?![\p{L}])|(?<![\p{L}])(?:pasamos|movimos|cambiamos|reprogramamos|reagendamos)\s+(?:tu|su)\s+(?:sesi[oó]n|cita|consulta|terapia|control)(?![\p{L}])|(?<![\p{L}])(?:cuid[aá]ndo|atendi[eé]ndo)(?:le|te|la|lo|los|las)(?![\p{L}])|(?<![\p{L}])(?:lo|la|le|te|los|las)\s+ver[aá]n?\s+en\s+(?:tu|su)\s+(?:primera\s+)?(?:sesi[oó]n|cita|consulta|terapia|revisi[oó]n)(?![\p{L}])|(?<![\p{L}])(?:carta|nota|receta|constancia|incapacidad|orden|referencia|medicina|medicamento|pastillas|antibi[oó]tico)\s+(?:de\s+\p{L}+\s+)?que\s+(?:le|te)\s+(?:dio|dieron|entreg[oó]|entregaron|hizo|firm[oó]|escribi[oó]|recet[oó]|recetaron)\s+(?:el|la)\s+(?:dr|dra|doctor|doctora|enfermer[oa]|terapeuta|m[eé]dic[oa])(?![\p{L}])|(?<![\p{L}])tiene\s+(?:su|tu)\s+(?:referido|referencia|orden)\s+de\s+(?:terapia|consulta|cita|estudios?|laboratorio)(?![\p{L}])|(?<![\p{L}])nos\s+vemos\s+(?:el\s+|este\s+)?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\s+(?:para|en)\s+(?:la|el|su|tu)\s+(?:curaci[oó]n|cita|consulta|revisi[oó]n|sesi[oó]n|terapia|control|chequeo)(?![\p{L}])|(?<![\p{L}])se\s+alegr(?:a|aron|ar[aá]n|an)\s+(?:much[ií]simo\s+|mucho\s+)?de\s+saber\s+que\s+(?:(?:su|tu)\s+(?:beb[eé]|hij[oa]|niñ[oa]|pequeñ[oa]|mam[aá]|pap[aá]|espos[oa]|abuel[oa])|sus\s+pacientes)(?![\p{L}])|(?<![\p{L}])ver\s+otra\s+vez\s+a\s+(?:sus|tus)\s+(?:niñ[oa]s|hij[oa]s|beb[eé]s|pequeñ[oa]s)(?![\p{L}])|(?<![\p{L}])(?:le|te|la|lo|los|las)\s+esperamos\s+para\s+(?:la|su|tu)\s+(?:segunda|tercera|siguiente|pr[oó]xima)\s+(?:dosis|vacuna|cita|consulta|sesi[oó]n)(?![\p{L}])|(?<![\p{L}])(?:su|tu)\s+(?:vacunaci[oó]n|consulta|cirug[ií]a|operaci[oó]n|revisi[oó]n)\s+del\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)(?![\p{L}])|(?<![\p{L}])(?:sus|tus)\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados|domingos)(?:\s*,\s*(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados|domingos))*\s+y\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados|domingos)(?![\p{L}])|(?<![\p{L}])(?:es\s+un\s+(?:gusto|placer)|nos\s+encanta|nos\s+alegra|qu[eé]\s+gusto)\s+tener(?:le|te|la|lo)\s+(?:en\s+(?:el\s+turno|la\s+(?:unidad|sala|cl[ií]nica))|cada\s+(?:semana|mes|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado))(?![\p{L}])|(?<![\p{L}])(?:nos\s+alegra|nos\s+da\s+(?:mucho\s+)?gusto)\s+que\s+(?:ya\s+)?(?:se\s+haya\s+ido|te\s+hayas\s+ido|haya\s+salido|hayas\s+salido|est[eé]\s+de\s+pie|est[eé]s\s+de\s+pie)(?![\p{L}])/iu,
    message: 'Says we did this person\'s care or see them on a schedule (in Spanish), which confirms they are our patient.',
  },
  {
    id: 'confirmation.spanish-picked-up',
    keyWords: ['pas', 'paso', 'recogi', 'recogio'],
    // "Sí, Mateo pasó por ella ayer en la tarde", "Sí, ya la recogió esta mañana": yes, the person asked about collected their prescription or results, on a day.
    pattern:
      /(?:^|[.!?]\s+)[¡\s]*s[ií]\s*[,!]?\s+(?:(?:\p{Lu}\p{L}+|ya|él|ella)\s+){0,3}(?:pas[oó]\s+(?:a\s+)?(?:por\s+(?:ella|él|ellas|ellos|su\s+\p{L}+|sus\s+\p{L}+)|recoger(?:la|lo|las|los))|(?:la|lo|las|los)\s+recogi[oó]|recogi[oó]\s+(?:su|sus|la|el|los|las)\s+\p{L}+)\s+(?:\p{L}+\s+){0,2}?(?:ayer|hoy|anoche|esta\s+(?:mañana|tarde)|el\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo))(?![\p{L}])/iu,
    message: 'Says the person asked about picked up their prescription or results here (in Spanish), which confirms they are our patient.',
  },
  {
    id: 'confirmation.spanish-staff-misses-you',
    notForOtherVisits: true,
    keyWords: ['extra'],
    // "¡Ella también la extraña!", "el equipo lo extraña", "todo el equipo le vamos a extrañar": our people miss this person, in Spanish.
    pattern: /(?<![\p{L}])(?:ella|él|el\s+equipo|las\s+enfermeras|los\s+doctores|todos|todas)\s+(?:tambi[eé]n\s+)?(?:la|lo|te|los|las)\s+extrañ(?:a|an)(?![\p{L}])|(?<![\p{L}])(?:la|lo|le|te|los|las)\s+(?:(?:vamos|va|van)\s+a\s+extrañar|extrañaremos|extrañar[aá]n?)(?![\p{L}])/iu,
    message: 'Says our people miss this person (in Spanish), which confirms they were here for care.',
  },
  {
    id: 'confirmation.records-ready',
    keyWords: ['ready', 'records', 'record', 'results', 'result', 'chart', 'paperwork', 'forms', 'form', 'prescription', 'refill', 'referral', 'scans', 'images', 'films', 'disc', 'cd', 'request', 'letter', 'note'],
    // "Mateo's vaccine records are ready", "your images are ready", "your mom's compression wraps will be ready": a person's own records, which only a patient has.
    pattern:
      /(?:\b\p{Lu}\p{Ll}+['’]s|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Yy]our)\s+(?:[\p{L}-]+\s+){0,2}(?:records?|results?|chart|paperwork|forms?|prescription|refill|referral|scans|images|films|disc|cd)\s+(?:is|are)\s+(?:all\s+)?(?:ready|in|back|done|complete)\b|\b[Yy]our\s+(?:mom|mum|mother|dad|father|wife|husband|partner|son|daughter|child|kid|baby|grandma|grandpa|grandmother|grandfather)['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:wraps|stockings|supplies|brace|boot|splint|glasses|hearing\s+aids?|cpap|mask|prescription|refill|medicines?|medications?)\s+(?:will\s+be|is|are)\s+(?:all\s+)?ready\b|\b(?:forms?|paperwork|records?|results?|refill|request|referral|letter|note)\s+(?:is|are)\s+(?:now\s+)?with\s+(?:your|his|her|their)\s+(?:provider|doctor|surgeon|care\s+team|nurse|pcp|physician)\b/u,
    message: "Says a named person's records or results are ready, which confirms they are our patient.",
  },
  {
    id: 'confirmation.records-kept',
    keyWords: ['yours', 'have', 'records', 'record', 'chart', 'charts', 'files', 'file', 'history', 'results', 'scans', 'images', 'films'],
    // "We keep records back to 1995, so yours should be there", "we should still have your chart": their records are with us.
    pattern:
      /\byour\s+(?:[\p{L}-]+\s+){0,2}(?:records?|chart|files?|history|results|scans|images|films)\s+(?:should|will|would|must)\s+(?:still\s+|all\s+)?be\s+(?:there|on\s+file|in\s+(?:our|the)\s+system|with\s+us|here)\b|\b(?:records?|charts?|files?)\b[^.!?]{0,60}\byours\s+(?:should|will|would|must)\s+(?:still\s+|all\s+)?be\s+(?:there|on\s+file|in\s+(?:our|the)\s+system|with\s+us|here|in\s+there)\b|\bwe\s+(?:should|will|would|must)\s+(?:still\s+)?have\s+(?:yours|your\s+(?:[\p{L}-]+\s+){0,2}(?:records?|chart|files?|history))\b|\b(?:his|her|their|your)\s+(?:[\p{L}-]+\s+){0,2}(?:records?|chart|files?|history)\s+(?:are|is)\s+(?:still\s+)?(?:kept\s+)?(?:on\s+file|with\s+us|in\s+our\s+system)\b/iu,
    message: "Says this person's records are kept with us, which confirms they were our patient.",
  },
  {
    id: 'confirmation.records-say',
    keyWords: ['records', 'record', 'system', 'systems', 'schedule', 'chart', 'file', 'files', 'seen', 'scheduled', 'booked', 'checked', 'order', 'orders', 'looked', 'pulled', 'verified', 'database', 'list', 'listed', 'due'],
    // "since you're already in our system", "we have you on file": this person is in our patient records.
    // "our records show you cancelled", "you were seen at our Shelbyville clinic", "you're on the schedule for 3:30",
    // "they're in her chart", "your order is already in the system", "we checked and your plan covers it": what our records hold about this person.
    // "Your name and mailing address were in the vendor's files": this person's details are among our patients'.
    // "you're listed as his emergency contact": his record, with us.
    // "we'll get you back on the schedule": they were on it. "your battery replacement is already on the OR schedule": so is this.
    // "you're already on the list for Monday": so are they. "we've got his prescription on file": his record, with us. "You're due in March": when they are next due, from our records.
    pattern:
      /\byou['’]re\s+(?:next\s+)?due\s+(?:again\s+)?(?:in|on|by|this|next)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter)\b|\b(?:get|put)\s+you\s+back\s+on\s+(?:the|our)\s+schedule\b|\b(?:we\s+have|we['’]ve\s+got|we\s+keep)\s+(?:his|her|their|your)\s+(?:[\w-]+\s+)?(?:prescription|records?|chart|info|information|measurements|x-?rays?)\s+on\s+file\b|\b(?:you['’]re|you\s+are|you\s+were)\s+(?:listed|on\s+file)\s+as\s+(?:his|her|their)\s+(?:emergency\s+contact|next\s+of\s+kin|health\s*care\s+proxy|contact\s+person)\b|\byour\s+(?:(?:full\s+)?name|(?:mailing\s+|home\s+)?address|information|info|data|details|records?)(?:\s+(?:and|&)\s+(?:[\w-]+\s+){0,2}(?:names?|address(?:es)?|information|info|data|details|numbers?|balances?))?\s+(?:was|were|is|are)\s+(?:also\s+)?(?:in|among|included\s+in|part\s+of)\s+(?:the|our|its|their|this|that)\s+(?:[\w'’-]+\s+){0,2}(?:files?|records|systems?|database|list)\b|\b(?:our|the)\s+(?:records?|system|schedule|chart|files?)\s+(?:shows?|says|has|lists?|indicates?)\s+(?:that\s+)?(?:you|your|he|she|they|his|her|their)\b|\byou\s+were\s+seen\s+(?:at|by|in|on|here|last|this|yesterday)\b|(?<!\b(?:if|when|once|unless|whether|until)\s+)\byour\s+(?:[\w'’-]+\s+){1,4}?(?:is|are|has\s+been|have\s+been)\s+(?:already\s+|now\s+|all\s+)?(?:on\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:schedule|calendar|books)|(?:already|now)\s+(?:scheduled|booked))\b|\byou(?:['’]re|\s+are)\s+(?:still\s+|all\s+|already\s+)?(?:on\s+(?:the|our)\s+schedule|(?<=already\s)on\s+(?:the|our)\s+list|scheduled|booked|checked\s+in)\s+(?:for|at|with|on|today|tomorrow|this)\b|\b(?:they['’]re|it['’]s|they\s+are|it\s+is)\s+(?:all\s+|already\s+)?(?:in|on)\s+(?:her|his|their|your)\s+(?:chart|records?|file)\b|\byour\s+(?:lab\s+|test\s+|imaging\s+)?orders?\s+(?:is|are|has\s+been|have\s+been)\s+(?:already\s+)?(?:in|entered|placed|sent)\b|(?<!\b(?:if|when|once|unless|whether)\s+)\byou(?:['’]re|\s+are)\s+(?:already\s+|still\s+)?(?:in\s+(?:our|the)\s+(?:system|records?|files?)|on\s+file)\b|\bwe\s+(?:already\s+|still\s+)?have\s+you\s+(?:on\s+file|in\s+(?:our|the)\s+(?:system|records?|files?))\b|\bwe\s+(?:checked|looked(?:\s+it)?\s+up|pulled\s+(?:it\s+)?up|verified)\b[^.!?]{0,20}?\byour\s+(?:plan|insurance|coverage|benefits|account|policy|copay|deductible)\b/i,
    message: 'Says what our records or schedule hold about this person, which confirms they are our patient.',
  },
  {
    id: 'confirmation.as-your-clinician',
    keyWords: [
      'surgeon', 'doctor', 'physician', 'provider', 'nurse', 'nurses', 'therapist', 'dietitian', 'pediatrician', 'care', 'cardiologist',
      'dermatologist', 'ob', 'midwife', 'counselor',
    ],
    // "We'll make sure your nurse hears it!": thanks passed on to the clinician who cared for them.
    pattern:
      /\bwe(?:['’]ll|\s+will)\s+make\s+sure\s+your\s+(?:[\w-]+\s+)?(?:surgeon|doctor|physician|provider|nurse|therapist|dietitian|pediatrician|care\s+team|midwife)\s+(?:hears|gets|sees|knows)\b|\bas\s+(?:your|her|his|their)\s+(?:(?:former|old|longtime|long-time|first|new)\s+)?(?:surgeon|doctor|physician|provider|nurse|therapist|dietitian|pediatrician|care\s+team|cardiologist|dermatologist|ob(?:\/gyn)?|midwife)\b|\byour\s+(?:surgeon|cardiologist|care\s+team|nurses?|therapist|dietitian|pediatrician|midwife)\s+(?:here|at\s+riverside|will\s+(?:call|reach|follow|contact|be\s+(?:in\s+touch|calling|reaching))|has|said|mentioned|noted|told|reviewed)\b|\byour\s+(?:counselor|therapist|doctor|provider|care\s+team|case\s+manager)\s+can\s+(?:write|sign|give\s+you|provide)\s+(?:you\s+)?(?:an?\s+)?(?:attendance|excuse|work|school|court)\s+(?:letter|note)\b/i,
    message: 'Speaks as or about this person\'s own clinician, which confirms they are our patient.',
  },
  {
    id: 'confirmation.welcome-back',
    notForOtherVisits: true,
    keyWords: ['back', 'again', 'seeing', 'next', 'familiar'],
    pattern:
      /\b(?:see|seeing|have|having)\s+(?:(?:you|u|your\s+(?:twins|kids|baby|babies|little\s+ones?|boys|girls))\s+back|the\s+(?:twins|kids|baby|babies|little\s+ones?|boys|girls)\s+(?:back|again))\b|\b(?:help|treat|care\s+for)\s+(?:you|u)(?:\s+and\s+(?:the|your)\s+[\w-]+)?\s+again\b|\b(?:get|got|bring)\s+(?:you|u|(?:the|your)\s+[\w-]+)\s+back\s+in\s+(?:with|to\s+see)\b|\b(?:get|got|put)\s+(?:you|u|(?:the|your)\s+[\w-]+)\s+back\s+on\s+(?:dr\.?\s+)?[a-z][\w'’-]+(?:['’]s)?\s+(?:schedule|calendar|books|panel)\b|\bto\s+see\s+a\s+familiar\s+face\b|\b(?:seeing|see|saw)\s+a\s+familiar\s+face\s+from\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:rehab|infusion|dialysis|chemo|therapy|treatment|recovery|waiting)\s+(?:gym|room|suite|center|centre|unit|chair|floor|lounge)\b|\bwelcome\s+back\b(?!,?\s+(?:dr|nurse|doctor)\b\.?)(?!\s+to\s+(?:[A-Z]|town|the\s+(?:area|neighbou?rhood|community|team))|\s+(?:centers?|centres?|programs?|programmes?|initiatives?)\b)|\b(?:great|good|nice|lovely|wonderful)\s+to\s+(?:see|have)\s+you\s+(?:again|back)\b|\bsee(?:ing)?\s+you\s+again\b|\b(?:happy|glad|love|pleased|delighted)\s+to\s+see\s+(?:him|her|them)\s+again\b|\b(?:if|whenever|when)\s+you\s+(?:ever\s+)?need\s+(?:us|our\s+(?:[\w-]+\s+){0,2}team)\s+again\b|\bkeep\s+seeing\s+(?:her|him|them|dr\b)|\b(?:excited|looking\s+forward|can['’]t\s+wait)\s+to\s+(?:work(?:ing)?|continu(?:e|ing))\s+with\s+you\s+(?:over|through|during)\s+the\s+next\b/i,
    message: '"Welcome back" or "if you need us again" tells everyone this person has been here for care before.',
  },
  {
    id: 'confirmation.better-when-you-left',
    notForOtherVisits: true,
    // "Hope you're feeling better after your stop at our tent": how they are since we saw them.
    keyWords: ['left', 'home', 'discharged', 'after'],
    pattern:
      /\b(?:feeling|felt|doing|looked|looking)\s+(?:(?:so|much|a\s+(?:bit|lot)|a\s+little)\s+)?(?:better|calmer|stronger|more\s+comfortable|like\s+yourself)\s+(?:(?:by\s+the\s+time|before|when)\s+(?:you|u)\s+(?:left|went\s+home|headed\s+home|were\s+discharged|got\s+discharged)|after\s+(?:your|ur)\s+(?:quick\s+|short\s+)?(?:stop|visit|time|trip|stay|detour)\s+(?:at|to|in|with)\s+(?:our|us)\b)/i,
    message: 'Says how this person was when they left us, which confirms they were here for care.',
  },
  {
    id: 'confirmation.shared-your-news',
    keyWords: ['news'],
    // "Our Urgent Care nurses were relieved to share the good news with you": news of their care, given by the people who cared for them.
    pattern:
      /\b(?:nurses?|doctors?|team|staff|techs?|crew|providers?|dr\.?\s+[a-z]+)\s+(?:was|were|is|are)\s+(?:so\s+)?(?:happy|glad|thrilled|relieved|excited|honou?red)\s+to\s+(?:share|give|deliver|bring)\s+(?:you\s+)?(?:the|that|your)\s+(?:good\s+|great\s+|happy\s+)?news\b(?:\s+with\s+you\b)?/i,
    message: 'Says our people gave this person news of their care, which confirms they are our patient.',
  },
  {
    id: 'confirmation.in-good-hands',
    keyWords: ['hands'],
    pattern: /\b(?:she|he|they|you|your\s+[\w-]+)(?:['’]s|['’]re|\s+is|\s+are)\s+in\s+(?:good|great|the\s+best|safe|excellent)\s+hands\b/i,
    message: IN_GOOD_HANDS,
  },
  {
    id: 'confirmation.name-in-good-hands',
    keyWords: ['hands'],
    // "Kwame is in good hands with the team at 1200 Main Street": the name the comment gave, in place of "he".
    pattern: /\b\p{Lu}\p{Ll}+(?<!\b(?:Everyone|Everybody|Everything|It|This|That|Which|Who|What|All|Each|Patients?|Families|Kids|Children|Babies|Moms|Parents|Today|Tomorrow|Tonight))(?:['’]s|\s+is)\s+in\s+(?:good|great|the\s+best|safe|excellent)\s+hands\b/u,
    message: IN_GOOD_HANDS,
  },
  {
    id: 'confirmation.spanish-in-good-hands',
    keyWords: ['manos'],
    // "Su tía está en muy buenas manos con nuestro equipo", "Ella está en buenas manos": the same, in Spanish.
    pattern:
      /(?<![\p{L}])(?:(?:su|tu)\s+(?:herman[oa]|pap[aá]|mam[aá]|hij[oa]|espos[oa]|abuel[oa]|padre|madre|beb[eé]|t[ií][oa]|prim[oa]|niñ[oa]|suegr[oa]|sobrin[oa]|familiar)|él|ella|usted)\s+(?:ya\s+)?(?:est[aá]|se\s+encuentra|queda)\s+en\s+(?:muy\s+)?(?:buenas|excelentes|las\s+mejores)\s+manos(?![\p{L}])|(?:^|[.!?¡]\s*)est[aá]\s+en\s+(?:muy\s+)?(?:buenas|excelentes|las\s+mejores)\s+manos(?![\p{L}])/iu,
    message: IN_GOOD_HANDS,
  },
  {
    id: 'confirmation.discharge-soon',
    keyWords: ['leave', 'home', 'discharged', 'discharge', 'alta', 'salir', 'irse'],
    // "she should leave this afternoon", "finishing the discharge paperwork", "debería salir esta tarde", "terminando los papeles del alta": when someone leaves our care.
    pattern:
      /\b(?:he|she|they)\s+(?:should|will|can|may|might)\s+(?:be\s+(?:able\s+to\s+)?)?(?:leave|go\s+home|head\s+home|be\s+discharged|get\s+discharged)\s+(?:later\s+)?(?:today|this\s+(?:afternoon|evening|morning)|tonight|tomorrow)\b|\b(?:finishing|preparing|working\s+on|wrapping\s+up)\s+(?:up\s+)?(?:the|her|his|their)\s+discharge\s+(?:paperwork|papers)\b|(?<![\p{L}])(?:terminando|preparando|haciendo|firmando)\s+(?:los\s+)?papeles\s+del?\s+(?:el\s+)?alta(?![\p{L}])|(?<![\p{L}])(?:deber[ií]a|deber[aá]|podr[aá])\s+(?:salir|irse(?:\s+a\s+(?:su\s+)?casa)?|ser\s+dad[oa]\s+de\s+alta|recibir\s+el\s+alta)\s+(?:hoy|esta\s+(?:tarde|noche|mañana)|mañana|m[aá]s\s+tarde|pronto)(?![\p{L}])/iu,
    message: 'Says when this person leaves our care, which confirms they are our patient.',
  },
  {
    id: 'confirmation.care-notes',
    keyWords: ['notes', 'note'],
    // "Dr. Nowak's notes from your excision say…", "the notes from your visit": what our chart says of this person.
    pattern: /\b(?:dr\.?\s+[\w'’-]+|your\s+(?:doctor|surgeon|provider|nurse|dermatologist|therapist))['’]s\s+notes\b|\bnotes?\s+from\s+(?:your|ur)\s+(?:[\w-]+\s+)?(?:visit|appointment|appt|excision|surgery|procedure|biopsy|exam|check-?up|consult|removal|session|stay)\b/i,
    message: 'Quotes our notes on this person, which confirms they are our patient.',
  },
  {
    id: 'confirmation.spanish-staff-glad-to-hear',
    keyWords: ['saber', 'alegran', 'alegra', 'feliz', 'felices', 'contento', 'contenta', 'contentos', 'contentas'],
    // "Se lo pasamos al Dr. Whitfield; le va a dar mucho gusto saber que usted va tan bien": one of ours glad to hear how their patient is doing (not "saber que la recuerdan", glad that a family remembers them; "que la recuerdas de aquella noche" is the commenter's own visit).
    // "Kevin Osei va a estar feliz de saber que su papá y ustedes se sintieron bien atendidos", "el equipo de urgencias se alegran de que haya salido bien atendida", "está feliz de verlo recuperado": glad they were well cared for.
    pattern: /(?<![\p{L}])(?:le|les)\s+(?:va\s+a\s+dar|dar[aá]|va\s+a\s+encantar|encantar[aá]|va\s+a\s+alegrar|alegrar[aá])\s+(?:mucho\s+)?(?:gusto\s+)?saber\s+que(?![\p{L}])(?!\s+(?:la|lo|los|las)\s+(?:recuerdan|quieren|extrañan|aprecian)(?![\p{L}]))|(?<![\p{L}])(?:(?:va|van)\s+a\s+estar|estar[aá]n?|est[aá]n?)\s+(?:muy\s+)?(?:feliz|felices|content[oa]s?)\s+de\s+(?:saber\s+que\s+[^.!?]{0,60}?(?:bien\s+atendid[oa]s?|recuperad[oa]s?|mejor(?:es)?)|verl[oa]s?\s+(?:tan\s+)?(?:recuperad[oa]s?|mejor|bien|sano))(?![\p{L}])|(?<![\p{L}])se\s+alegra(?:n)?\s+(?:mucho\s+)?de\s+que\s+(?:(?:usted|su\s+\p{L}+|tu\s+\p{L}+)\s+)?(?:haya|hayan)\s+(?:salido|quedado|estado)\s+(?:muy\s+)?(?:bien\s+atendid[oa]s?|bien|content[oa]s?)(?![\p{L}])/iu,
    message: 'Says one of our people will be glad to hear how this person is doing, which confirms they cared for them.',
  },
  {
    id: 'confirmation.spanish-it-turned-out-well',
    keyWords: ['qued', 'quedo'],
    // "dice que su reconstrucción de rodilla quedó perfecta": how their own surgery or treatment turned out, in Spanish.
    pattern: /(?<![\p{L}])(?:su|tu)\s+(?:\p{L}+\s+){1,3}qued[oó]\s+(?:perfect[oa]|muy\s+bien|excelente|de\s+maravilla|impecable)(?![\p{L}])/iu,
    message: 'Says how their own treatment turned out (in Spanish), which confirms they are our patient.',
  },
  {
    id: 'confirmation.their-own-nurses',
    keyWords: ['primary', 'bedside'],
    // "Ava's primary nurses already asked if you're coming": the nurses who had that child in their care.
    pattern: /\b\p{Lu}\p{Ll}+['’]s\s+(?:primary|bedside)\s+(?:nurses?|care\s+team|doctors?|therapists?)\b/u,
    message: "Names someone's own nurses or doctors here, which confirms they were our patient.",
  },
  {
    id: 'confirmation.trusted-us-with-their-care',
    keyWords: ['trusting', 'trusted'],
    // "Thank you for trusting our team with your vision": their eyes, heart or baby were in our care (not "with your questions").
    pattern: /\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:trusting|having\s+trusted)\s+(?:us|our\s+(?:[\w-]+\s+){0,2}(?:team|doctors|surgeons|nurses|staff|providers))\s+with\s+(?:your|ur)\s+(?!(?:questions?|feedback|story|stories|comments?|concerns?|thoughts|review)\b)[\w'’-]+/i,
    message: 'Thanks this person for trusting us with their care, which confirms they are our patient.',
  },
  {
    id: 'confirmation.spanish-glad-to-see-again',
    keyWords: ['verla', 'verlo', 'verle', 'verte', 'verlos', 'verlas', 'ver', 'vez', 'espera', 'esperan', 'esperamos'],
    // "la Dra. Alvarez también estará feliz de verla otra vez", "con gusto la vuelve a ver", "dice que los espera en la próxima consulta",
    // "¿Quiere que le comuniquemos con ella como la vez pasada?": one of ours to see this person again, or as before, in Spanish.
    pattern: /(?<![\p{L}])(?:feliz|felices|content[oa]s?|encantad[oa]s?|gusto)\s+de\s+(?:volver\s+a\s+)?(?:verla|verlo|verle|verte|verlos|verlas)\s+(?:otra\s+vez|de\s+nuevo|nuevamente)(?![\p{L}])|(?<![\p{L}])(?:la|lo|le|te|los|las)\s+(?:vuelve|vuelven|volver[aá]n?)\s+a\s+ver(?![\p{L}])|(?<![\p{L}])(?:la|lo|le|te|los|las)\s+(?:espera|esperan|esperamos)\s+en\s+(?:la|su|tu)\s+pr[oó]xima\s+(?:consulta|cita|visita|revisi[oó]n)(?![\p{L}])|(?<![\p{L}])(?:como|igual\s+que)\s+la\s+(?:vez\s+pasada|[uú]ltima\s+vez|otra\s+vez)(?![\p{L}])/iu,
    message: 'Says one of our people will see this person again, or as before (in Spanish), which confirms they were seen here.',
  },
  {
    id: 'confirmation.shared-them-with-us',
    keyWords: ['sharing', 'shared'],
    // "Thank you for sharing Leo with us", "for sharing your mom with us": hospice words for a relative who was in our care (not "sharing your story with us").
    pattern: /\bfor\s+(?:sharing|having\s+shared)\s+(?:(?!(?:This|That|It|These|Those|Your|Our|Their|His|Her)\b)\p{Lu}\p{Ll}+|(?:your|ur)\s+(?:mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|husband|wife|partner|son|daughter|brother|sister|aunt|uncle|baby|family|loved\s+one))\s+with\s+us\b/u,
    message: 'Thanks this person for sharing their relative with us, which says that relative was in our care.',
  },
  {
    id: 'confirmation.staff-says-hello',
    keyWords: ['says', 'saludos'],
    // "Dr. Aisha Bello says hello and hopes the kids are doing great", "La Dra. Alvarez le manda saludos": one of ours greets this person as someone they know from care (not "says hi back" to a greeting).
    pattern: /\b(?:[Dd]r\.?|[Nn]urse|[Ll]a\s+[Dd]ra\.?|[Ee]l\s+[Dd]r\.?|[Ll]a\s+enfermera|[Ee]l\s+enfermero)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:says\s+(?:hi|hello|hey)\b(?!\s+back\b)|(?:le|les|te)\s+(?:manda|env[ií]a)\s+(?:muchos\s+)?saludos(?![\p{L}]))/u,
    message: 'Passes on a greeting from one of our people to this person, which says they know them from care.',
  },
  {
    id: 'confirmation.already-their-patient',
    keyWords: ['already', 'ya'],
    // "Como ya eres paciente suyo, puedes reservar directamente", "Since you're already her patient", "Since he's already established with us": says outright that this person is one of our patients.
    pattern: /\b(?:since|as|because)\s+(?:you(?:['’]re|\s+are)|(?:he|she)(?:['’]s|\s+is)|they(?:['’]re|\s+are))\s+already\s+(?:(?:her|his|their|an\s+established|one\s+of\s+(?:her|his|their|our))\s+patients?\b|established\s+(?:with\s+us|here|with\s+(?:dr\.?\s+)?[a-z][\w'’-]*)\b)|(?<![\p{L}])ya\s+(?:eres|es|son)\s+(?:su\s+|un[ao]\s+)?pacientes?\s+(?:suy[oa]s?|nuestr[oa]s?|de\s+(?:la\s+|el\s+)?(?:dra?\.?|doctora?|cl[ií]nica))/iu,
    message: 'Says this person is already one of our patients.',
  },
  {
    id: 'confirmation.staff-proud-of-them',
    keyWords: ['proud', 'orgullosa', 'orgulloso', 'orgullosos'],
    // "dice que está muy orgullosa de tu constancia", "she says she's so proud of you", "El equipo de Marcus Greene, PT, está muy orgulloso de ti": one of ours proud of how this person keeps up their care.
    pattern: /\b(?:says|said)\s+(?:she['’]s|he['’]s|they['’]re|she\s+is|he\s+is)\s+(?:so\s+|very\s+|really\s+)?proud\s+of\s+(?:you|your)\b|(?<![\p{L}])(?:dice|dijo|dicen)\s+que\s+(?:est[aá]n?|se\s+siente)\s+(?:muy\s+)?orgullos[oa]s?\s+de\s+(?:ti|usted|tu|su)(?![\p{L}])|(?<![\p{L}])(?:el\s+)?equipo\s+de\s+(?:la\s+|el\s+)?(?:Dra?\.\s+)?\p{Lu}[\p{L}.,\s]{0,40}?\s+est[aá]\s+(?:muy\s+|tan\s+)?orgullos[oa]\s+de\s+(?:ti|usted)(?![\p{L}])/iu,
    message: 'Passes on how proud one of our people is of this person, which says they know them from care.',
  },
  {
    id: 'confirmation.part-of-their-recovery',
    keyWords: ['part', 'watching', 'watch'],
    // "Marcus says it was a privilege to be part of your comeback", "watching you grow through those sessions meant a lot": one of ours had a hand in this person's recovery.
    pattern: /\b(?:privilege|honou?r|pleasure|joy|blessing)\s+to\s+(?:be|have\s+been)\s+(?:a\s+)?part\s+of\s+(?:your|ur|his|her)\s+(?:comeback|recovery|journey|healing|progress|rehab)\b|\bwatch(?:ing|ed)\s+you\s+(?:grow|heal|get\s+stronger|progress|thrive)\s+(?:through|in|over|during)\s+(?:those|your|our|the|all\s+those)\s+(?:sessions|visits|appointments|weeks|months|classes)\b/i,
    message: "Says one of our people took part in this person's recovery, which confirms they were our patient.",
  },
  {
    id: 'confirmation.staff-vouches-for-them',
    keyWords: ['says', 'said', 'dice', 'dijo', 'dicen'],
    // "Lisa Chen, RD, dice que usted fue de las personas más dedicadas de su grupo", "dice que su princesa fue la más valiente de la semana", "she says you were one of the hardest-working in her class", "Kevin Osei says that was his fastest reduction of the week": one of ours judging how this person did in their care.
    pattern: /\b(?:says|said)\s+(?:that|it)\s+was\s+(?:his|her|their)\s+(?:fastest|quickest|easiest|smoothest|best|favou?rite)\s+[\w-]+\s+(?:of\s+the\s+(?:week|day|month|year|shift)|ever)\b|\b(?:says|said)\s+(?:that\s+)?you\s+(?:were|are)\s+one\s+of\s+(?:the|her|his|their|our)\s+(?:most\s+[\w-]+|best|favou?rite|hardest[\s-]working|star)\b|(?<![\p{L}])(?:dice|dijo|dicen)\s+que\s+(?:usted|t[uú])\s+(?:fue|fuiste|es|eres|era|eras)\s+(?:de\s+|una?\s+de\s+|uno\s+de\s+)(?:las|los|sus)\s+(?:personas|pacientes|participantes|alumn[oa]s|estudiantes|mam[aá]s|pap[aá]s)\s+m[aá]s\s+\p{L}+|(?<![\p{L}])(?:dice|dijo|dicen)\s+que\s+(?:su|tu)\s+(?:princesa|pr[ií]ncipe|hij[oa]|niñ[oa]|beb[eé]|pequeñ[oa]|campe[oó]n|campeona|guerrer[oa]|mam[aá]|pap[aá]|abuelit[oa]|abuel[oa])\s+(?:fue|es|era|estuvo)\s+(?:el|la)\s+(?:m[aá]s\s+\p{L}+|mejor)/iu,
    message: 'Passes on how one of our people judged this person in their care or class, which says they know them from it.',
  },
  {
    id: 'confirmation.missed-at-their-group',
    keyWords: ['asking', 'miss', 'missed'],
    // "Everyone's been asking when you'll be back!", "we miss you at group": the people of a group this person comes to for care miss them.
    pattern: /\b(?:everyone|everybody|the\s+(?:whole\s+)?(?:group|team|class|gang|crew|regulars))(?:['’]s|\s+has|\s+have)\s+been\s+asking\s+(?:about\s+you|after\s+you|when\s+you['’]ll\s+be\s+back|where\s+you['’]ve\s+been)\b|\bwe\s+(?:miss|missed)\s+you\s+(?:at|in)\s+(?:the\s+|our\s+)?(?:group|class|rehab|therapy|sessions?)\b/i,
    message: 'Says the people of a group this person comes to miss them, which confirms they take part in our care.',
  },
  {
    id: 'confirmation.long-standing-patient',
    notForOtherVisits: true,
    keyWords: ['years', 'sticking', 'patient'],
    pattern: /\bthank(?:s|\s+you)\s+for\s+(?:(?:all\s+)?(?:these|those)\s+|so\s+many\s+|\d{1,2}\s+)years\s+with\s+us\b|\bthank(?:s|\s+you)\s+for\s+(?:being|staying)\s+with\s+us\s+(?:all\s+(?:these|those)|for\s+(?:so\s+many|all\s+these|\d{1,2}))\s+years\b|\bafter\s+(?:all\s+)?(?:these|those|so\s+many|\d{1,2})\s+years\s+with\s+us\s*,\s*(?:we|thank)\b|\bsticking\s+with\s+us\s+(?:all\s+)?(?:these|those|for|since)\b|\ba\s+(?:former\s+|past\s+|long-?time\s+)?patient\s+of\s+(?:hers|his|ours|theirs)\b/i,
    message: 'Thanking someone for their years with us, or calling them a patient of one of our people, confirms they are our patient.',
  },
  {
    id: 'confirmation.saw-you',
    notForOtherVisits: true,
    keyWords: ['you', 'your', 'coming', 'visiting', 'choosing', 'trusting', 'him', 'her', 'remember', 'since', 'spending'],
    pattern:
      /\bremember(?:s|ed)?\s+how\s+(?:[\w-]+\s+){0,2}you\s+(?:were|looked)\b|\b(?:was|were|are|is)\s+(?:so\s+|very\s+|really\s+)?(?:happy|glad|great|good|nice|thrilled|a\s+pleasure|an\s+honou?r|a\s+privilege)\s+to\s+(?:see|meet|treat|care\s+for|help|have|work\s+with)\s+you\b|\b(?:it\s+was|it['’]s\s+been|it['’]s\s+always|it\s+is\s+always)\s+(?:an?\s+)?(?:honou?r|privilege|pleasure|joy|great|good|nice|lovely)\s+(?:to\s+)?(?:car(?:e|ing)\s+for|treat(?:ing)?|see(?:ing)?|meet(?:ing)?|work(?:ing)?\s+with|hav(?:e|ing)|help(?:ing)?|support(?:ing)?|serv(?:e|ing)|guid(?:e|ing)|walk(?:ing)?)\s+(?:you|your)\b|\b(?:loved|enjoyed|miss(?:ed)?)\s+(?:having|seeing|meeting|treating|helping|caring\s+for|working\s+with|taking\s+care\s+of|celebrating\s+with)\s+(?:you|him|her|your\s+little\s+[a-z]+|your\s+(?:son|daughter|kids?|boy|girl|baby|mom|mum|dad|husband|wife))\b|\bmisses\s+you\b|\btalks\s+about\s+you\b|\bsince\s+(?:we['’]ve|we\s+have|we)\s+(?:last\s+)?(?:seen|saw)\s+you\b|\bremembers?\s+(?:you|him|her)\b|\bwe\s+remember\s+(?:you|him|her|your|little\s+\w+)\b|\bremembers?\s+your\s+first\s+(?:day|visit|appointment|week|session)\b|\bsince\s+(?:we|you)\s+(?:first\s+)?(?:saw|walked\s+in|came\s+in|started\s+(?:with\s+us|here))\b|\b(?:thanks?|thank\s+you)\s+for\s+(?:coming\s+in|visiting\s+us|spending\s+(?:the|last|a|two|three|\d+)\s+nights?\s+with\s+us|choosing\s+(?:us|riverside|our\s+(?:[\w&-]+\s+){1,2}(?:team|staff|clinic|office|location))|trusting\s+us(?!\s+with\s+(?:this|that|something\s+(?:so\s+)?(?:personal|private|hard|difficult|important)|(?:your|these|those)\s+(?:story|stories|question|questions|comment|feedback|feelings|thoughts|words)|how\s+you\s+feel)))\b|\b(?:thanks?|thank\s+you)\s+for\s+(?:all\s+)?(?:these|the|those)\s+(?:\w+\s+)?years\s+of\s+trusting\s+(?:us|our\s+(?:[\w&-]+\s+){0,2}(?:team|doctors?|nurses?|staff))\b|\btrusting\s+(?:us|our\s+(?:[\w&-]+\s+){0,2}(?:team|doctors?|nurses?|staff|providers?|clinic|practice))\s+(?:all\s+these|for\s+(?:so\s+many|many|\d+|all\s+these|the\s+(?:past|last)\s+\d+))\s+years\b|\b(?:since|because|as)\s+you['’]ve\s+(?:already\s+)?(?:seen|been\s+seen\s+by|been\s+to\s+see)\s+(?:him|her|them|(?:dr\.?\s+)?\p{Lu}\p{Ll}+)\s+before\b|\b(?:since|because|now\s+that)\s+you['’]ve\s+(?:already\s+)?(?:been\s+through|completed|finished)\s+our\s+(?:[\w-]+\s+){0,2}(?:rehab|program(?:me)?|class(?:es)?|course|therapy|sessions)\b|\b(?:since|because|now\s+that)\s+(?:dr\.?\s+\p{Lu}\p{Ll}+|we|our\s+(?:team|doctor|pediatrician|nurse))\s+(?:already\s+)?(?:saw|has\s+seen|have\s+seen|examined|treated)\s+(?:her|him|them|you|your\s+(?:son|daughter|child|baby|little\s+one|kids?))\b/iu,
    message: 'Says our staff saw, treated or miss this person, which confirms they were our patient.',
  },
  {
    id: 'confirmation.thanks-for-care-with-us',
    notForOtherVisits: true,
    keyWords: ['letting', 'allowing', 'vaccinated', 'shot', 'shots', 'vaccine', 'vaccines', 'booster', 'boosters', 'dejarnos', 'permitirnos', 'vacunarte', 'vacunarse', 'vacunarlo', 'vacunarla', 'vacunarlos', 'vacunarlas', 'vacunarle', 'vacunarles'],
    // "Thank you for letting us care for him at home until the end", "Thanks for getting your flu shot with us!", "Gracias por
    // dejarnos acompañarlo en casa hasta el final", "¡Gracias por vacunarte con nosotros ayer!": thanks for the care they had here.
    pattern:
      /\b(?:thanks|thank\s+you)\s+(?:so\s+much\s+)?for\s+(?:(?:letting|allowing)\s+us\s+(?:to\s+)?(?:care\s+for|take\s+care\s+of|look\s+after|be\s+(?:with|there\s+for)|walk\s+(?:with|alongside)|accompany|support)\s+(?:you|him|her|them|your\s+[\w-]+)\b|getting\s+(?:vaccinated|(?:your|the|a)\s+(?:[\w-]+\s+)?(?:shots?|vaccines?|boosters?))\s+(?:here|with\s+us|at\s+our)\b)|(?<![\p{L}])gracias\s+por\s+(?:(?:dejarnos|permitirnos)\s+(?:acompañar|cuidar|atender|estar\s+con|ayudar)(?:te|le|la|lo|los|las|les)?(?![\p{L}])|vacunar(?:te|se|lo|la|los|las|le|les)\s+(?:aqu[ií]|con\s+nosotros|en\s+nuestr[oa]s?)(?![\p{L}]))/iu,
    message: 'Thanks this person for care they had here, which confirms they were our patient.',
  },
  {
    id: 'confirmation.cared-for-you',
    keyWords: ['you', 'your', 'appointment'],
    pattern:
      /\b(?:you['’]re|you\s+are|your)\s+(?:definitely\s+|totally\s+|truly\s+|always\s+)?one\s+of\s+(?:our|his|her|their)\s+(?:faves|favou?rites|regulars|favou?rite\s+\w+)\b|\bwe(?:['’]ve)?\s+(?:just\s+)?(?:sent|uploaded|faxed|mailed|posted|reset|unlocked|released)\s+(?:them|it|those|your\s+[\w-]+)\s+(?:to\s+your\s+(?:portal|inbox|email|account)|in\s+your\s+portal)\b|\bhow\s+much\s+(?:she|he|they)\s+helped\s+you\b|(?<!\b(?:for|call|ask|contact|check\s+with)\s+(?:the|your)\s+(?:team|doctor|provider|clinic|office|surgeon|clinician)\s+)\b(?:who|that)\s+(?:cared\s+for|treated|saw|looked\s+after|operated\s+on|delivered|worked\s+with|took\s+(?:such\s+(?:good\s+)?)?care\s+of|stitched\s+up)\s+(?:you|your)\b|\b(?:care|cared|caring)\s+for\s+your\s+(?:mother|mom|mum|father|dad|son|daughter|child|kids?|husband|wife|partner|baby|little\s+one|family|grand\w+|loved\s+one)\b|\bhaving\s+you\s+and\s+your\b|\b(?:nurses?|doctors?|midwi(?:fe|ves)|team|staff|crew|surgeons?|therapists?)\s+(?:who|that)\s+(?:were|was)\s+(?:right\s+)?(?:there\s+)?with\s+you\b|\b(?:honou?red|privileged|grateful|blessed)\s+to\s+(?:have\s+)?(?:be(?:en)?|sit|sat|stay(?:ed)?)\s+with\s+your\s+(?:mother|mom|mum|father|dad|husband|wife|partner|son|daughter|brother|sister|grand\w+|loved\s+one)\b|\byou\s+worked\s+so\s+hard\s+in\s+(?:those|your|all\s+those|every)\s+(?:sessions|visits|appointments)\b|\bwe['’]ll\s+let\s+your\s+nurse\s+know\b|\b(?:glad|happy)\s+(?:that\s+)?(?:the|your)\s+appointment\s+(?:timing\s+)?(?:worked\s+out|went\s+(?:well|smoothly))\b|\byou\s+(?:delivered|gave\s+birth)\s+(?:with|here|at)\b|\b(?:you\s+and\s+your\s+little\s+one|your\s+little\s+one)\s+with\s+us\b|\b(?:glad|happy|grateful|thankful)\s+(?:that\s+)?(?:dr\.?\s+[a-z]+|our\s+(?:[\w-]+\s+)?(?:team|nurses?|staff|crew|doctors?|therapists?)|the\s+(?:team|nurses|staff|crew)|(?!we\b|they\b|your\b)[a-z]+)\s+(?:(?:was|were|could\s+be)\s+there\s+(?:for|with)|could\s+(?:support|care\s+for|look\s+after))\s+(?:you|your)\b|\b(?:glad|happy)\s+(?:that\s+)?(?:you|your\s+\w+)\s+felt\s+(?:so\s+|well\s+|really\s+)?(?:taken\s+care\s+of|cared\s+for|safe|comfortable|at\s+home)\s+(?:with|by|here|at)\b|\b(?:dr\.?\s+[a-z]+|she|he)\s+(?:is\s+going\s+to|will|['’]s\s+going\s+to)\s+love\s+(?:you|having\s+you|meeting\s+you)\b|\b(?:helped|supported|carried|got)\s+you\s+through\s+(?:a\s+|such\s+a\s+|that\s+|your\s+)?(?:hard|difficult|tough|rough|scary)\s+(?:time|night|day|week|stay)s?\s+(?:here|with\s+us)\b/i,
    message: 'Says our staff cared for this person or their family member, which confirms a patient relationship.',
  },
  {
    id: 'confirmation.cared-for-them',
    // "the team that cared for him", "our clinic team has seen him twice", "We remember Frank well", "our ER team took great care of her", "inspired everyone on our unit", "the nurses on his unit", "the progress he's made with us", "she just finished her program with us", "he handled every step like a champ", "he'll be so glad it was caught early": the person the comment speaks of was in our care.
    keyWords: ['finished', 'completed', 'graduated', 'cared', 'treated', 'saved', 'took', 'looked', 'operated', 'remember', 'gave', 'did', 'drew', 'performed', 'sessions', 'nurse', 'tell', 'thrilled', 'happy', 'glad', 'proud', 'pleased', 'amazed', 'inspired', 'unit', 'floor', 'safely', 'seen', 'evaluated', 'examined', 'checked', 'progress', 'handled'],
    pattern:
      /\bglad\s+(?:it|that|this)\s+(?:was|got)\s+caught\s+(?:so\s+)?(?:early|in\s+time)\b|\b(?:he|she|they|you)\s+handled\s+(?:every|each)\s+(?:step|session|treatment|visit|round|appointment|infusion|transfusion|stick|poke)\b|\bprogress\s+(?:he|she|they|you)(?:['’](?:s|ve)|\s+(?:has|have))\s+made\s+with\s+us\b|\b(?:he|she|they)\s+(?:just\s+|recently\s+)?(?:finished|completed|graduated\s+from)\s+(?:his|her|their)\s+(?:program(?:me)?|rehab|therapy|treatment|sessions)\s+(?:with\s+us|here)\b|\bour\s+(?:[\w&-]+\s+){0,2}(?:team|nurses|staff|crew|doctors|providers|clinicians)\s+(?:has|have)\s+(?:already\s+)?(?:seen|treated|evaluated|examined|checked\s+on)\s+(?:him|her|them)\b|\bour\s+(?:[\w&-]+\s+){0,2}(?:team|nurses|staff|crew|doctors|unit)\s+took\s+(?:such\s+)?(?:great|good|wonderful|excellent|amazing)\s+care\s+of\s+(?:him|her)\b|\b(?:he|she|they)\s+(?:arrived|got\s+here|made\s+it\s+(?:here|in))\s+safely\b|\b(?:nurses|team|staff|doctors)\s+on\s+(?:his|her|their|your\s+(?:wife|husband|partner|mom|mother|dad|father|son|daughter|child|kid|baby|brother|sister|grandma|grandpa|grandmother|grandfather)['’]s)\s+(?:unit|floor)\b|\binspired\s+(?:everyone|all\s+of\s+us|the\s+(?:whole\s+)?(?:team|staff))\s+(?:on|in)\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:unit|floor|ward|icu|nicu)\b|\b(?:team|nurses?|staff|crew|doctors?|physicians?|providers?|clinicians?|surgeons?|everyone|people|folks|unit)\s+(?:who|that)\s+(?:cared\s+for|treated|looked\s+after|operated\s+on|saved|took\s+(?:such\s+)?(?:good\s+|great\s+)?care\s+of)\s+(?:him|her|them)\b|\bwe\s+(?:all\s+)?remember\s+(?!it\b|this\b|that\b|the\b|when\b|how\b)\w+\s+(?:so\s+)?(?:well|fondly|dearly)\b|\b(?:nurses?|doctors?|techs?|team|staff|phlebotomists?)\s+(?:who|that)\s+(?:gave|did|drew|took)\s+(?:his|her|their)\s+(?:shots?|vaccines?|vaccinations?|stitches|blood(?:\s+draw)?|x-?rays?|labs?|cast)\b|\b(?:he|she|they)\s+(?:also\s+)?(?:performed|did|handled)\s+(?:the|that|her|his|their)\s+(?:procedure|surgery|operation|repair|reconstruction|replacement)\b|\bkeep\s+up\s+the\s+(?:great|good|hard|amazing)\s+work\s+between\s+(?:sessions|visits|appointments)\b|\b(?:her|his|their)\s+nurse\s+can\s+(?:bring|get|drop\s+off)\b|\btell\s+your\s+(?:brother|sister|mom|mum|dad|mother|father|husband|wife|partner|son|daughter|grand\w+)\s+(?:she|he|they|dr\.?\s+\w+)\s+(?:says|said)\s+hi\b|\bour\s+(?:[\w-]+\s+)?(?:surgeons?|doctors?|nurses?|team|therapists?|staff|providers?)\s+(?:are|is|were|was)\s+(?:so\s+)?(?:thrilled|happy|glad|proud|pleased|amazed)\s+(?:with|by|about|at)\s+(?:how\s+(?:well\s+)?you|your\s+(?:progress|recovery|healing|results))\b/i,
    message: 'Says our people cared for the person the comment speaks of, or that we remember them, which confirms they were our patient.',
  },
  {
    id: 'confirmation.caring-for-them-now',
    // "Our team is taking great care of him", "our nurses ask about her all the time": the person the comment asks after is in our care.
    keyWords: ['taking', 'ask', 'asks', 'asked', 'talk', 'talks'],
    pattern:
      /\b(?:we['’]re|we\s+are|(?:team|nurses?|staff|crew|doctors?|everyone)\s+(?:is|are|['’]s|['’]re))\s+(?:still\s+)?taking\s+(?:such\s+|very\s+|really\s+|so\s+)?(?:great|good|excellent|wonderful|special|the\s+best)\s+care\s+of\s+(?:him|her|them)\b|\b(?:nurses?|team|staff|crew|doctors?|docs|therapists?|everyone)\s+(?:here\s+|upstairs\s+)?(?:still\s+|always\s+|often\s+|constantly\s+)?(?:ask|asks|asked|talk|talks)\s+about\s+(?:her|him|them|you)\s+(?:all\s+the\s+time|constantly|often|every\s+(?:day|week|shift)|a\s+lot|daily)\b/i,
    message: 'Says our people are caring for, or keep asking after, the person the comment speaks of, which confirms they are our patient.',
  },
  {
    id: 'confirmation.unit-happy-for-them',
    // "Our Birth Center team is over the moon for them", "our NICU nurses are thrilled for you": the unit that cared for them shares the news.
    keyWords: ['moon', 'thrilled', 'delighted', 'overjoyed', 'happy'],
    pattern:
      /\bour\s+(?!(?:marketing|social|communications|comms|events?|volunteer|foundation|fundraising|development|hr|it|web|media)\b)(?:[\w&-]+\s+){1,3}(?:team|nurses|staff|crew|unit|family)\s+(?:is|are|was|were)\s+(?:so\s+|just\s+|absolutely\s+|all\s+)?(?:over\s+the\s+moon|thrilled|delighted|overjoyed|so\s+happy)\s+for\s+(?:them|her|him|you|the\s+(?:family|parents|new\s+parents))\b/i,
    message: 'Says the unit that would have cared for them is happy for them, which confirms they were our patients.',
  },
  {
    id: 'confirmation.here-with-us',
    // "Aaliyah is here with us and asking for you!", "we can confirm Victor is still with our team", "he's safe in our ER", "is recovering well in our care": the person a comment looks for is in our care.
    keyWords: ['here', 'our'],
    pattern:
      /\b(?:he|she|they|(?<!\b(?:Dr|Doctor|Nurse|Coach)\.?\s+)\p{Lu}\p{Ll}+)(?:\s+is|\s+are|['’]s|['’]re)\s+(?:safe\s+|still\s+|resting\s+)?(?:here\s+with\s+us(?!\s+(?:today|tonight|this|until|at|for|on)\b)|with\s+our\s+(?:team|nurses|doctors)\b|(?:in|at)\s+our\s+(?:care|er|ed|icu|nicu|picu|emergency\s+(?:room|department)|trauma\s+(?:bay|unit|center)|pediatric\s+(?:unit|floor|er)))\b|\b(?:is|['’]s)\s+(?:now\s+|still\s+)?(?:recovering|resting|healing|doing\s+(?:well|great|better))\s+(?:well\s+|nicely\s+|comfortably\s+)?(?:in|at)\s+our\s+(?:care|hospital|unit|ICU|icu|ER|er|ED|[Tt]rauma\s+(?:[Cc]enter|[Uu]nit|[Bb]ay))\b/u,
    message: 'Says the person the comment asks about is here in our care, which confirms they are our patient.',
  },
  {
    id: 'confirmation.in-our-study',
    // "Your mother was a wonderful part of our memory study", "a decade in our cholesterol registry": taking part in our research is care here.
    keyWords: ['part', 'decade', 'decades', 'years', 'year'],
    // "thank you for being part of our research!": the same, said as thanks.
    pattern:
      /\b(?:you|your\s+[\w-]+|he|she|they)\s+(?:was|were|are|is|['’]s|['’]re|have\s+been|has\s+been)\s+(?:such\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}part\s+of\s+our\s+(?:[\w-]+\s+){0,3}(?:study|trial|registry|cohort)\b|\b(?:thanks|thank\s+you)\s+(?:so\s+much\s+)?for\s+(?:being|taking)\s+(?:a\s+)?part\s+(?:of|in)\s+our\s+(?:[\w-]+\s+){0,3}(?:research|study|studies|trials?|registry|cohort)\b|\b(?:a\s+decade|decades|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many)\s+years|a\s+year)\s+in\s+our\s+(?:[\w-]+\s+){0,3}(?:study|trial|registry|cohort)\b/i,
    message: 'Says this person (or their relative) took part in one of our studies, which confirms they were in our care.',
  },
  {
    id: 'confirmation.home-and-mending',
    // "We're so glad she's home and on the mend", "you're due back in 12 months", "she's settled in and can have visitors": their stay, recovery or next visit is ours to know.
    keyWords: ['glad', 'happy', 'due', 'overdue', 'home', 'settled'],
    pattern:
      /\b(?:glad|happy)\s+(?:to\s+hear\s+)?(?:that\s+)?(?:she|he|they)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:back\s+)?(?:home|on\s+the\s+mend|recovering|healing)\b|\byou['’]re\s+due\s+(?:back|for\s+(?:your|a)\s+(?:next|follow-?up|recheck))\b|\b(?:should|will)\s+be\s+going\s+home\b|\b(?:he|she|they)\s+(?:went|headed|was\s+discharged|got\s+discharged)\s+home\s+(?:this\s+morning|this\s+afternoon|today|yesterday|last\s+night|earlier\s+today)\b|\blooks\s+like\s+(?:he|she|they|you)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:already\s+|almost\s+|also\s+)?(?:due|overdue)\s+for\b|\b(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are|\s+has\s+been|\s+have\s+been)\s+(?:all\s+)?settled\s+in\b/i,
    message: 'Says we know how their recovery is going or when they are due back, which confirms they are our patient.',
  },
  {
    id: 'confirmation.began-life-here',
    keyWords: ['vida', 'life', 'lives', 'born'],
    // "Qué bonito saber que empezó su vida con nosotros", "she started her life with us", "he was born with us": born in our care.
    pattern:
      /\b(?:empez[oó]|comenz[oó]|inici[oó])\s+su\s+vida\s+(?:con\s+nosotros|aqu[ií])(?![\p{L}])|\b(?:started|began)\s+(?:his|her|their|your)\s+(?:life|lives)\s+(?:with\s+us|here)\b|\b(?:he|she|they|your\s+[\w-]+)\s+(?:was|were)\s+born\s+(?:here\s+)?with\s+us\b/iu,
    message: 'Says this person was born in our care, which confirms a patient relationship.',
  },
  {
    id: 'confirmation.spanish-saw-you',
    keyWords: ['alegra', 'da', 'dan', 'dio', 'dieron', 'fue', 'cuenta', 'resultados', 'resultado', 'formularios', 'formulario', 'receta', 'recetas', 'lisis', 'analisis', 'papeles', 'radiograf', 'consulta', 'cita', 'visita', 'control', 'parto', 'expediente', 'historial', 'saludos', 'saludo', 'abrazo', 'operaci', 'equipo', 'personal', 'doctor', 'doctora', 'enfermera', 'enfermeras', 'enfermero', 'enfermeros', 'hablan', 'hablando', 'pacientes', 'localizamos', 'encontramos', 'revisamos', 'encant', 'alta', 'quien', 'atendi', 'vio', 'revis', 'oper', 'recibi'],
    // "Nos dio mucho gusto verla en su consulta", "nos alegra que la consulta de Mateo haya sido de ayuda", "fue un gusto ver a su hijo", "le da gusto verle", "revisamos la cuenta de su hijo", "en la próxima cita de su niña", "el Dr. Whitfield le manda saludos", "tu cita del lunes",
    // "después de tu consulta", "reprogramar la consulta de tu bebé", "el equipo que te atendió" (or "que las atendió"), "todavía hablan de ti", "es de sus pacientes más
    // simpáticos", "ya localizamos el expediente", "una copia del registro de alta de tu bebé", "Revisamos y fue Kevin Osei quien la atendió", "sus pacientes de tanto
    // tiempo como usted": in Spanish, we saw them or know them.
    pattern:
      /\b(?:nos|me|le)\s+alegra\s+(?:mucho\s+)?(?:saber\s+)?que\s+(?:la|su|tu)\s+(?:consulta|cita|visita|atenci[oó]n|cirug[ií]a|terapia)\s+(?:de\s+(?:su\s+|tu\s+)?\p{L}+\s+)?(?:le\s+|les\s+|te\s+)?(?:haya|hayan|fue|ha)\s+(?:sido\s+de\s+(?:gran\s+|mucha\s+)?ayuda|servido|ayudado|ido\s+bien|salido\s+bien)(?![\p{L}])|\b(?:nos\s+|le\s+|les\s+)?(?:da|dan|dio|dieron|fue)\s+(?:mucho\s+|un\s+)?(?:gusto|alegr[ií]a|placer|honor)\s+(?:de\s+)?(?:verl[oa]s?|verle|verte|atenderl[oa]s?|atenderle|atenderte|tenerl[oa]s?|conocerl[oa]s?|(?:ver|vacunar|conocer|recibir)\s+a\s+(?:su|tu)\s+(?:beb[eé]|hij[oa]s?|niñ[oa]s?|pequeñ[oa]s?|mam[aá]|pap[aá]|espos[oa]|abuel[oa]))(?![\p{L}])|\bverl[oa]s?\s+en\s+su\s+(?:consulta|cita|visita)\b|\b(?:pr[oó]xima|siguiente)\s+(?:cita|consulta|visita)\s+de\s+su\s+(?:niñ[oa]|hij[oa]|beb[eé]|mam[aá]|pap[aá]|espos[oa]|abuel[oa])(?![\p{L}])|\b(?:le|les|te)\s+(?:manda|env[ií]a)\s+(?:muchos\s+)?(?:saludos|un\s+saludo|un\s+abrazo)\b|\b(?:tu|su)\s+(?:cita|consulta|visita|control|parto|cirug[ií]a|operaci[oó]n)\s+(?:del?\s+)?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|ayer|hoy|pasad[oa])(?![\p{L}])|\b(?:despu[eé]s\s+de|durante)\s+(?:tu|su)\s+(?:cita|consulta|visita|parto|cirug[ií]a|operaci[oó]n|control)(?![\p{L}])|(?<!\b(?:agendar|programar|hacer|sacar|pedir|reservar|solicitar|ver|consultar|descargar|recoger|para|sobre)\s+)\b(?:la|el|los|las)\s+(?:cita|consulta|visita|control|expediente|cuenta|resultados?|formularios?|receta|recetas|an[aá]lisis|radiograf[ií]as?|papeles)\s+de\s+(?:tu|su)\s+(?:beb[eé]|hij[oa]|niñ[oa]|mam[aá]|pap[aá])(?![\p{L}])|\b(?:equipo|personal|doctora?|enfermer[oa]s?|proveedora?|m[eé]dic[oa])\s+que\s+(?:te|le|les|lo|la|los|las)\s+(?:atendi[oó]|atendieron|cuid[oó]|cuidaron|oper[oó])(?![\p{L}])|\b(?:todav[ií]a\s+hablan|siguen?\s+hablando)\s+de\s+(?:ti|usted|ustedes|[eé]l|ella|lo\s+mucho)(?![\p{L}])|\bde\s+sus\s+pacientes\s+(?:m[aá]s|favorit[oa]s|consentid[oa]s|preferid[oa]s)\b|\b(?:les?|nos)\s+encant[oó]\s+(?:cuidar|atender|conocer)\s+(?:de\s+|a\s+)?(?:su|tu|usted|ti|ustedes)(?![\p{L}])|\b(?:les?|nos)\s+encant[oó]\s+(?:atender|cuidar|vacunar)(?:te|le|la|lo|los|las)\b|\b(?:ya\s+)?(?:localizamos|encontramos|revisamos)\s+(?:el|tu|su)\s+expediente\b|\b(?:registro|expediente|resumen|hoja|papeles|certificado|informe)\s+de\s+alta\s+de\s+(?:tu|su)\s+(?:beb[eé]|hij[oa]|niñ[oa]|mam[aá]|pap[aá]|espos[oa]|abuel[oa])(?![\p{L}])|(?<![\p{L}])qui[eé]n\s+(?:la|lo|le|te|los|las)\s+(?:atendi[oó]|vio|revis[oó]|oper[oó]|recibi[oó])(?![\p{L}])|(?<![\p{L}])(?:sus|nuestros|mis)\s+pacientes\s+(?:de\s+(?:tanto\s+tiempo|siempre|hace\s+años|muchos\s+años)\s+|fieles\s+|consentid[oa]s\s+)?como\s+(?:usted|t[uú])(?![\p{L}])/iu,
    message: 'Says in Spanish that we saw or know this person ("nos dio gusto verla en su consulta"), which confirms they are our patient.',
  },
  {
    id: 'confirmation.spanish-your-care-is-on',
    keyWords: ['cita', 'consulta', 'curaci', 'cirug', 'operaci', 'sesi', 'terapia', 'vacuna', 'biopsia', 'resonancia', 'ecograf', 'ultrasonido', 'colonoscop', 'mamograf', 'endoscop', 'infusi', 'lisis', 'quimio', 'quimioterapia', 'radioterapia', 'control', 'revisi', 'procedimiento', 'prueba', 'equipo', 'kit', 'monitor', 'holter', 'aparato', 'dispositivo'],
    // "Tu equipo de prueba de sueño en casa se devuelve mañana": the reply knows when the kit lent to them is due back.
    // "Tu curación del pie es el jueves a las 10:30", "su resonancia quedó para mañana", "tu control posparto quedó para el jueves 14", "Tu sesión con Jordan Ellis es mañana a las 4:30": the reply knows when their care is booked.
    pattern:
      /(?<![\p{L}])(?:tu|su)\s+(?:cita|consulta|curaci[oó]n|cirug[ií]a|operaci[oó]n|sesi[oó]n|terapia|vacuna|biopsia|resonancia|ecograf[ií]a|ultrasonido|colonoscop[ií]a|mamograf[ií]a|endoscop[ií]a|infusi[oó]n|di[aá]lisis|quimio(?:terapia)?|radioterapia|control|revisi[oó]n|procedimiento|prueba)(?:\s+(?:posparto|prenatal|postoperatori[oa]|anual|de\s+rutina))?(?:\s+de(?:l|\s+la)?\s+\p{L}+|\s+con\s+(?:(?:el|la)\s+)?(?:(?:dra?\.?|doctora?|lic\.?)\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)?\s+(?:es|ser[aá]|qued[oó]|est[aá]\s+(?:programad[oa]|agendad[oa]))\s+(?:para\s+)?(?:el\s+|este\s+|esta\s+)?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|mañana|hoy|a\s+las\s+\d)(?![\p{L}])|(?<![\p{L}])(?:tu|su)\s+(?:equipo|kit|monitor|holter|aparato|dispositivo)(?:\s+de\s+[\p{L}\s]{0,40}?)?\s+se\s+(?:devuelve|entrega|regresa|recoge)\s+(?:el\s+|este\s+|esta\s+)?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|mañana|hoy)(?![\p{L}])/iu,
    message: 'Tells the person in Spanish when their own care is booked ("tu curación es el jueves"), which confirms they are our patient.',
  },
  {
    id: 'confirmation.hear-about-it-next-session',
    keyWords: ['session', 'sessions', 'visit', 'appointment', 'appt', 'check', 'checkup'],
    // "They can't wait to hear all about it at your next session": a clinician waiting for the person's next session is theirs.
    pattern: /\b(?:can['’]?t|cannot)\s+wait\s+to\s+(?:see\s+you|hear\s+(?:all\s+)?about\s+(?:it|them|that|everything))\s+(?:at|in|during)\s+your\s+next\s+(?:session|visit|appointment|appt|check-?up)\b/i,
    message: 'Looks forward to the person\'s next session, which confirms they are in our care.',
  },
  {
    id: 'confirmation.like-last-time',
    keyWords: ['last', 'left', 'visit', 'since', 'stayed', 'room'],
    // "just show your validation ticket like last time", "spotted it by the sound booth right after you left", "sorry again about last time — hopefully this visit's quicker", "how far you've come since you were with us",
    // "since you've stayed with us before, you already know the drill", "we'll check the exam room you were in": the reply knows they were here before.
    pattern: /\b(?:just\s+)?(?:like|as)\s+(?:you\s+did\s+)?last\s+time\b|\bsince\s+you\s+were\s+(?:here\s+)?with\s+us\b|\bsince\s+you['’]ve\s+(?:already\s+)?(?:stayed|been)\s+(?:here|with\s+us)\b|\byou['’]ve\s+(?:already\s+)?stayed\s+with\s+us\s+before\b|\b(?:the\s+)?(?:exam|treatment|patient|hospital|recovery)\s+room\s+you\s+were\s+in\b|\b(?:right|just)\s+after\s+you\s+left\b|\bsorry\s+(?:again\s+)?(?:about|for)\s+last\s+time\b|\b(?:hopefully|hope)\s+this\s+visit(?:['’]s|\s+is|\s+will\s+be)\s+(?:quicker|faster|shorter|smoother|better|easier)\b/i,
    message: 'Says the person was here before ("like last time"), which confirms a past visit.',
  },
  {
    id: 'confirmation.had-you-here',
    keyWords: ['joy', 'delight', 'pleasure', 'treat', 'sweetheart', 'champ', 'trooper', 'unit', 'floor', 'ward', 'icu', 'nicu', 'er'],
    pattern:
      /\b(?:you\s+were|you['’]re|you\s+are|you['’]ve\s+been|(?:he|she|they|your\s+(?:mother|mom|father|dad|son|daughter|husband|wife|baby|grand\w+))\s+(?:was|were|has\s+been|have\s+been)|(?:he|she)['’]s\s+been|they['’]ve\s+been)\s+(?:such\s+)?(?:a\s+)?(?:joy|delight|pleasure|treat|sweetheart|champ|trooper)\s+to\s+(?:have|care\s+for|treat|look\s+after|work\s+with)\b|\b(?:have|having|had)\s+(?:you|him|her|them)\s+(?:on|in)\s+(?:the|our)\s+(?:unit|floor|ward|icu|nicu|er)\b/i,
    message: 'Says what it was like to have this person in our care, which confirms they were our patient.',
  },
  {
    id: 'confirmation.experience-with-us',
    keyWords: ['experience', 'visit', 'time', 'pleasure', 'privilege', 'honor', 'honour', 'wait'],
    pattern:
      /\b(?:glad|happy|thrilled|delighted)\s+(?:to\s+hear\s+)?(?:that\s+)?you\s+(?:had|have\s+had)\s+(?:a|an|such\s+a)\s+(?:[\w'’-]+\s+){0,2}(?:experience|visit|time)\s+(?:with\s+us|here|at\s+our)\b|\byour\s+(?:own\s+)?experiences?\s+(?:in|at|with)\s+our\s+(?:[\w&-]+\s+){0,2}(?:unit|clinic|cent(?:er|re)|program|floor|icu|nicu|er|hospital|rehab)\b|\bsorry\s+(?:that\s+)?you\s+had\s+(?:such\s+)?(?:a\s+)?(?:long|frustrating|rough|hard|difficult)\s+wait\b|\byour\s+(?:recent\s+)?experience\s+with\s+us\s+(?:wasn['’]t|was\s+not|didn['’]t|did\s+not|fell\s+short)\b|\bit\s+was\s+(?:our|a|an)\s+(?:real\s+)?(?:pleasure|privilege|honou?r)\s+(?:to\s+(?:care\s+for|treat|look\s+after|take\s+care\s+of|be\s+with)|caring\s+for|treating|looking\s+after|taking\s+care\s+of)\s+(?:you|him|her|them|your)\b/i,
    message: 'Says this person was cared for here ("glad you had a good experience with us"), which confirms they are our patient.',
  },
  {
    id: 'confirmation.our-patient',
    keyWords: ['patient', 'patients', 'families', 'already', 'yours'],
    pattern: new RegExp(
      String.raw`\bfrom\s+(?:a\s+)?patient\s+to\s+(?:an?\s+)?(?:emt|paramedic|nurse|volunteer|staff|colleague|crew\s+member|team\s+member)\b|\bone\s+of\s+(?:his|her|their)\s+(?:own\s+|former\s+)?patients\b|\b(?:one\s+of\s+our|our|a|(?:one\s+of\s+)?(?:her|his|their))\s+(?:great|favou?rite|amazing|wonderful|long-?time|loyal|star|bravest|toughest|valued|regular)\s+patients?\b|\bone\s+of\s+our\s+(?:long-?time|longstanding|loyal|favou?rite|regular)\s+(?:[A-Z][\w&-]*\s+){0,3}(?:families|patients)\b|\bas\s+(?:our|a)\s+patient\b|(?<!\b(?:whether(?:\s+or\s+not)?|if|even\s+if|unless)\s+)\byou(?:['’]re|\s+are|\s+were|['’]ve\s+been)\s+(?:a|one\s+of\s+our|our)\s+(?:\w+\s+)?patients?\b|\b(?:he|she|they)(?:['’]s|\s+is|\s+was|\s+were|\s+are)\s+(?:already\s+|still\s+)?(?:such\s+)?(?:a|an|our)\s+(?:\w+\s+)?patients?\b${NOUN_END}|\b(?:he|she|they|you|[A-Z][a-z]+)(?:['’]s|['’]re|\s+is|\s+are)\s+already\s+(?:with|seeing|established\s+with)\s+(?:dr\.?|doctor|our)(?=\s)|\bsuch\s+(?:a|an)\s+(?:\w+\s+)?patient\b${NOUN_END}|^\W*(?:(?:such\s+)?(?:a\s+)?(?:great|amazing|wonderful|awesome|fantastic|model|star|brave|favou?rite)\s+patient)\b(?=\s*[,!.&]|\s+and\b)|\bfrom\s+(?:a\s+|our\s+)?patient\s+to\s+(?:a\s+|our\s+)?(?:volunteer|nurse|staff|employee|team\s+member|advocate|coworker|colleague)\b|\bpatients\s+like\s+(?:you|him|her)\b|\b(?:patients|campers|kids|families|little\s+ones)\s+like\s+yours\b|\b(?:thanks?|thank\s+you)\s+for\s+being\s+(?:one\s+of\s+)?our\s+(?:[\w-]+\s+){0,3}patients?\b|\b(?:thanks?|thank\s+you)\s+for\s+being\s+(?:such\s+)?(?:a|an)\s+(?:[\w-]+\s+){1,3}patient\b|\bsee\s+(?:a|our|one\s+of\s+our)\s+former\s+patients?\b|\b(?:many|plenty|lots|most|some|several|a\s+lot|a\s+few)\s+of\s+our\s+(?:[\w-]+\s+)?patients\b[^.!?]{0,80}?\b(?:too|as\s+well)\b`,
      'i',
    ),
    message: 'Calls this person our patient.',
  },
  {
    id: 'confirmation.looked-up-record',
    keyWords: ['pull', 'record', 'records', 'chart', 'file', 'account', 'paperwork', 'result', 'results', 'history', 'checking', 'working', 'ob', 'obgyn', 'doctor', 'dr', 'provider', 'pcp', 'surgeon', 'pediatrician', 'specialist', 'referral', 'order', 'orders', 'noticed'],
    // "Her balance team already knows her history": the team has her record. "Billing can pull up the July visit": we hold it.
    pattern:
      /\bpull\s+up\s+(?:the|that|your)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:visit|appointment|bill|claim|charges?|stay)\b|\bwe\s+(?:noticed|can\s+see|see)\s+(?:that\s+)?you['’]ve\s+been\s+(?:using|messaging|logging\s+in|booking|coming|visiting)\b|\b(?:already|still)\s+knows?\s+(?:her|his|your|their)\s+(?:[\w-]+\s+)?(?:history|chart)\b|\b(?:reviewed|found|located|pulled\s+up|looked\s+(?:up|at|into)|checked|updated|attached\s+it\s+to|added\s+it\s+to|noted\s+(?:it\s+)?(?:in|on))\s+(?:your|her|his|their)\s+(?:record|records|chart|file|account|paperwork|results?|history)\b|\b(?:checking|working)\s+on\s+(?:the|your)\s+(?:prior\s+auth(?:orization)?|referral|claim|refill|authori[sz]ation)\b|\b(?:they['’]re|they\s+are|it['’]s|it\s+is|yours\s+(?:is|are))\s+(?:still\s+|all\s+)?on\s+file\b|(?<!\b(?:if|once|when|after|until|unless)\s+)\b(?:your|ur)\s+(?:ob|ob-?gyn|doctor|dr|provider|pcp|surgeon|pediatrician|specialist|referral|order|orders)\s+(?:already\s+|just\s+)?(?:sent|faxed|submitted|put)\s+(?:one|it|them|the\s+[\w-]+|in|over|through)\b/i,
    message: 'Says we looked at or worked on this person\'s record, which confirms they are our patient.',
  },
  {
    id: 'confirmation.acted-on-care',
    keyWords: ['you', 'your', 'working', 'helping', 'pickup', 'pick', 'picked', 'been', 'he', 'she', 'they', 'is', 'see', 'seeing', 'watch', 'watching', 'ready', 'anything', 'something', 'u', 'ur', 'found', 'located', 'tracked', 'noted', 'logged', 'excused', 'waived', 'cleared', 'removed', 'reversed', 'refunded', 'let', 'tell', 'inform', 'notify', 'update', 'alert', 'close', 'cancel', 'end', 'pause', 'renew', 'extend', 'like', 'same'],
    pattern:
      /(?<!\b(?:as\s+soon\s+as|once|when|until|if)\s+)\b(?:it['’]s|it\s+is|they['’]re|they\s+are|your\s+(?:prescription|refill|meds?|medications?|order|glasses|results?|paperwork)\s+(?:is|are))\s+(?:all\s+)?ready\s+(?:for\s+(?:pick\s*-?\s*up)|to\s+(?:be\s+)?pick(?:ed)?\s+up)\b|\byour\s+(?:new\s+)?(?:contacts|contact\s+lenses|glasses|hearing\s+aids?|dentures|prescription|refill|meds|medications)\s+will\s+be\s+(?:ready\s+and\s+)?waiting\b|\b(?:\w+['’]s|his|her|their)\s+(?:form|forms|paperwork|prescription|refill|meds?|medications?|order|glasses|results?|records?|note|letter)\s+(?:is|are)\s+(?:all\s+)?ready\s+(?:for\s+(?:pick\s*-?\s*up)|to\s+(?:be\s+)?pick(?:ed)?\s+up|at\s+the)\b|\bhope\s+you['’]?re\s+(?:sleeping|breathing|hearing|seeing|walking|feeling|doing)\s+better\s+with\s+(?:the|your)\s+(?:new\s+)?\w+|\b(?:we['’]ve|we\s+have|we)\s+(?:re)?(?:scheduled|booked|moved|cancell?ed|confirmed|registered|admitted|discharged|refilled|renewed)\s+(?:you|your|u|ur)\b|\bget\s+(?:you|u)\s+rescheduled\b|\b(?:will|['’]ll)\s+call\s+(?:you|u)\s+(?:back\s+)?(?:today\s+|tomorrow\s+|shortly\s+|soon\s+)?to\s+(?:book|find|pick|set\s+up|schedule)\s+(?:you\s+)?a\s+new\s+(?:time|date|slot)\b|\bwe\s+(?:found|located|tracked\s+down)\s+(?:it|them|(?:your|ur)\s+[\w-]+)\s*(?:and|&)\s+(?:re-?)?(?:sent|faxed|submitted|forwarded)\b|\b(?:glad|happy|great\s+to\s+hear|so\s+good\s+to\s+hear|hope)\b(?![^.!?]{0,40}\b(?:tips?|posts?|videos?|articles?|resources?|recipes?|reminders?|graphics?|info|content|podcasts?|series|newsletters?)\b)[^.!?]{0,40}\b(?:is|are)\s+(?:working|helping)\b|\b(?:will|['’]ll)\s+(?:reach\s+out|call|contact|follow\s+up)(?:\s+(?:with\s+)?you)?\s+if\s+(?:anything|something)\s+(?:needs|looks|comes\s+back|shows\s+up)\b|\b(?:got|have|has)\s+you\s+(?:down|booked|scheduled|penciled\s+in|on\s+(?:the|our|(?:dr\.?\s+)?[\w'’-]+['’]s)\s+(?:schedule|calendar|books|list))\b|\byou['’]re\s+(?:now\s+)?(?:booked|scheduled|all\s+set)\s+(?:for|at|on)\b|\b(?:you['’]re|you\s+are)\s+(?:healing|recovering|doing)\s+(?:well|so\s+well|great|nicely)\b|(?:\b(?:is|are)|['’]s)\s+(?:already\s+|now\s+)?with\s+(?:your|his|her|their)\s+(?:(?:son|daughter|child|kid|baby|husband|wife|mom|dad|mother|father)['’]s\s+)?(?:[\w-]+\s+)?(?:care\s+team|team|surgeon|doctor|provider)\b|\b(?:he|she|they)(?:['’]s|\s+is|\s+was|['’]re|\s+are)\s+(?:up\s+|now\s+|currently\s+|still\s+)*(?:on|in)\s+(?:our|the)\s+(?:\d+(?:st|nd|rd|th)\s+floor|icu|nicu|picu|ccu|(?:[\w-]+\s+)?(?:unit|ward))\b|\bis\s+(?:now\s+)?up\s+on\s+our\s+\d+(?:st|nd|rd|th)\s+floor\b|\b(?:see|seeing|watch|watching)\s+(?:him|her|them|you)\s+(?:head|go|going|walk|walking|heading)\s+(?:home|out)\b|\b(?:it['’]s|it\s+has|they['’]ve|they\s+have|your\s+[\w-]+\s+(?:has|have))\s+been\s+(?:re-?)?(?:sent|faxed|transferred|forwarded|mailed|emailed|submitted|approved|signed|filled)\b|\b(?:we['’]ll|we\s+will)\s+have\s+(?:your|his|her)\s+(?:[\w-]+\s+){0,2}(?:doses?|meds?|medications?|prescriptions?|refills?|paperwork|forms?|results?|records?)\s+ready\b|\b(?:her|his|their|your)\s+(?:[\w-]+\s+)?(?:nurse|aide|therapist|caregiver|doctor|provider|surgeon)\s+(?:is|will\s+be)\s+(?:still\s+|already\s+)?(?:on\s+(?:the|our|today['’]s|tomorrow['’]s)\s+schedule|scheduled\s+(?:for|to)|on\s+(?:her|his|their)\s+way)\b|\b(?:we['’]ve|we\s+have|we)\s+(?:noted|logged|excused|waived|cleared|removed|reversed|refunded)\s+(?:(?:the|that)\s+(?:missed[\s-]+(?:appointment|appt|visit)|no[\s-]?show|late[\s-]+cancell?ation)(?:\s+fee)?|your\s+(?:missed[\s-]+(?:appointment|appt|visit)|no[\s-]?show|late[\s-]+cancell?ation|fee|copay|co-pay|charge|bill|balance))\b|\b(?:let|tell|inform|notify|update|alert)\s+(?:your|ur)\s+(?:husband|wife|partner|mom|mother|dad|father|son|daughter|child|baby|grandma|grandpa|grandmother|grandfather|sister|brother)['’]s\s+(?:care\s+team|nurses?|doctors?|surgeon|surgical\s+team|medical\s+team|team)\b|\b(?:close\s+out|cancel|end|pause|renew|extend)\s+(?:your|ur)\s+(?:[\w-]+\s+){0,2}(?:enrollment|enrolment|monitoring|home\s+health\s+services|hospice\s+services|care\s+plan|plan\s+of\s+care)\b|\byou\b[^.!?]{0,60}\b(?:just\s+)?(?:like|same\s+as)\s+last\s+time\b/i,
    message: 'Says we acted on, or know how things went with, this person\'s care — that confirms they are our patient.',
  },
  {
    id: 'confirmation.ongoing-care',
    // "our Billing team is glad your payment plan is all set": the reply knows their account; "Next time you're here for an appointment", "you're confirmed for the 14th": they come to us.
    keyWords: ['plan', 'bill', 'balance', 'claim', 'refill', 'prescription', 'referral', 'remember', 'discharge', 'check', 'screening', 'visit', 'appointment', 'appt', 'session', 'infusion', 'reading', 'result', 'level', 'bp', 'pressure', 'a1c', 'while', 'next', 'misses', 'got', 'get', 'could', 'able', 'know', 'add', 'attach', 'put', 'scan', 'file', 'waiting', 'ready', 'asks', 'talks', 'remembers', 'again', 'feels', 'looked', 'moved', 'booked', 'scheduled', 'rescheduled', 'set', 'sent', 'faxed', 'done', 'regulars', 'regular', 'looks', 'cancelled', 'canceled', 'numbers', 'results', 'readings', 'levels', 'confirmed'],
    pattern:
      /\b(?:tomorrow|today|tonight)['’]s\s+(?:[\w-]+\s+){0,2}(?:visit|appointment|appt|session|infusion)\s+is\s+(?:scheduled|booked|set)\b|\byour\s+(?:[\w-]+\s+)?(?:check|screening|visit|appointment|appt|session|infusion)\s+is\s+(?:at|set\s+for|scheduled\s+for|booked\s+for)\s+(?:\d|noon|tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\byour\s+(?:[\w-]+\s+)?(?:numbers|readings?|results?|levels?|bp|pressure|a1c)\s+(?:[\w-]+\s+){0,2}(?:better|lower|higher|improved|down|up)\s+(?:than|from|since)\s+(?:last\s+time|your\s+last)\b|\bwhile\s+you['’]re\s+(?:here\s+)?(?:with\s+us|staying\s+with\s+us|in\s+our\s+care)\b|\byou['’]re\s+(?:all\s+)?(?:confirmed|booked|scheduled|set)\s+for\s+(?:the\s+\d{1,2}(?:st|nd|rd|th)?\b|\d|tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+(?:week|(?:mon|tues|wednes|thurs|fri|satur|sun)day))|\bnext\s+time\s+you['’]re\s+(?:here|in)\s+for\s+(?:an?|your)\s+(?:[\w-]+\s+)?(?:visit|appointment|appt|check-?up|infusion|session|scan)\b|\bsee\s+you(?:\s+(?:guys|all|both|two))?\s+(?:at|for)\s+(?:the|your|his|her|their)\s+next\s+(?:visit|check-?up|appointment|appt|cleaning|physical|shot|dose)\b|\b[A-Z][a-z'’-]+['’]s\s+next\s+(?:[\w-]+\s+)?(?:visit|check-?up|appointment|appt|weigh-?in|session|infusion|dose|scan|follow-?up)\s+(?:with\s+[^!?\n]{0,40}?\s+)?(?:is|will\s+be)\b|\bmisses\s+(?:him|her|them)\b|\bglad\s+we\s+(?:got|could\s+get|were\s+able\s+to\s+get)\s+you\s+(?:in|out|seen|back)\b|\b(?:she|he|they|we|our\s+(?:[\w&-]+\s+){0,2}(?:nurses|team|staff|doctors|crew))\s+(?:could|got\s+to|was\s+able\s+to|were\s+able\s+to)\s+(?:take\s+(?:(?:good|great|such\s+good)\s+)?care\s+of|look\s+after|care\s+for|treat)\s+(?:you|him|her|them)\b|\blet\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:team|nurses?|staff|doctors?|desk)\s+know\s+(?:she|he|you|they)(?:['’]s|['’]re|\s+is|\s+are)?\s+(?:in|here|waiting|out\s+in)\b|\bwe(?:['’]ll|\s+will|\s+can|['’]ve|\s+have)?\s+(?:\w+\s+)?(?:add|attach|put|scan|file)\s+(?:it|them|this|that)\s+(?:to|in|into|on)\s+(?:your|her|his|their)\s+(?:chart|record|records|file)\b|\b(?:could|were\s+able\s+to)\s+get\s+(?:that|the|your)\s+(?:note|form|letter|paperwork|prescription|refill|results?|records?)\s+to\s+you\b|\b(?:your|her|his|their)\s+(?:discharge\s+(?:folder|papers|paperwork|packet|instructions|sheet|summary)|(?:new\s+)?(?:[\w-]+\s+)?prescription|refill|paperwork|forms?|(?:[\w-]+\s+)?kit|supplies|meds|medications?|equipment|(?:medical|dot|vaccine|vaccination|immunization)\s+card(?:\s+from\s+[\w'’]+\s+[\w-]+)?)\s+(?:(?:and|&)\s+[^.!?]{0,40}?\s+)?(?:is|are)\s+(?:waiting|ready)\b|\b(?:your|the)\s+discharge\s+(?:sheet|folder|papers|paperwork|packet|instructions|summary)\s+from\s+(?:the|your)\b|\bstill\s+(?:asks|talks)\s+(?:about|how)\s+(?:you|your|that)\b|\bremembers?\s+your\s+(?:family|dad|mom|mother|father|son|daughter|husband|wife|kids?)\b|\bsee\s+(?:you|your\s+(?:family|kids?|little\s+ones?))\s+again\b|\bfeels\s+the\s+same\s+(?:way\s+)?about\s+you\b|\bwe\s+looked\s+(?:into\s+it|it\s+up)\b|^\s*looked\s+it\s+up\b|\byou['’]re\s+(?:now\s+|all\s+)?(?:moved|booked|scheduled|rescheduled|set)\s+(?:to|for)\b|^\s*(?:all\s+)?(?:sent|faxed|done)\s+(?:them\s+|it\s+|over\s+)?(?:this\s+morning|today|yesterday|just\s+now)\b|\b(?:one\s+of\s+)?our\s+(?:most\s+)?(?:loyal|favou?rite|longtime|long-time)\s+(?:[\w-]+\s+)?regulars?\b|\blooks\s+like\s+your\s+(?:last\s+|recent\s+)?(?:[\w-]+\s+){0,2}(?:visits?|claims?|bills?|appointments?|refills?|prescriptions?|results?|referrals?)\s+(?:is|are|was|were|has|have)\b|\bwe(?:['’]ve|\s+have)\s+(?:cancel(?:l)?ed|moved|rescheduled)\s+(?:your|tomorrow['’]s|today['’]s|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\s+(?:[\w-]+\s+)?(?:appointment|appt|visit)\b|\bha(?:s|ve)\s+your\s+(?:[\w-]+\s+){0,2}(?:details|information|info|records?|chart|history)\s+on\s+file\b|\b(?:great|nice|good|awesome)\s+(?:job|work)\s+(?:on|with)\s+(?:those|your)\s+(?:[\w-]+\s+){0,2}(?:numbers|results|readings|levels)\b|\b(?:glad|happy)\s+(?:that\s+)?your\s+(?:payment\s+plan|bill|balance|claim|refill|prescription|referral)\s+(?:is|was|got)\s+(?:all\s+)?(?:set(?:\s+up)?|sorted(?:\s+out)?|paid|resolved|fixed|taken\s+care\s+of|approved)\b/i,
    message: 'Speaks of this person\'s care with us as ongoing or just given, which confirms they are our patient.',
  },
  {
    id: 'confirmation.dated-care',
    keyWords: ['your', 'her', 'his', 'see', 'saw', 'noticed', 'will', 'll', 'going', 'forward'],
    pattern: new RegExp(
      String.raw`(?<!\b(?:thinking\s+of|praying\s+for|prayers\s+(?:for|to|with)|love\s+to|hugs\s+to|with)\s+(?:you\s+and\s+)?)\byour\s+(?!(?:kind\s+)?(?:note|message|comment|words|feedback|thanks|review|question)s?\b|(?:[\w-]+\s+){0,2}(?:love|warmth|prayers|hugs|strength|peace|comfort|thoughts|condolences|wishes)\b)(?:[\w$'’-]+\s+){1,3}(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week|month|${WEEKDAYS})|next\s+(?:week|month|${WEEKDAYS})|on\s+(?:${WEEKDAYS}|the\s+\d{1,2}(?:st|nd|rd|th)?))\b|\b(?:your|her|his)\s+(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)|(?:${MONTHS})[a-z]*\.?\s+\d{1,2}|(?:${WEEKDAYS})(?:['’]s)?)\s+[a-z-]+|(?<!\bso\s+(?:that\s+)?)\bwe\s+(?:can\s+)?(?:see|noticed|notice|saw)\s+(?:that\s+)?(?:your\s+[a-z-]+|you\s+(?:checked|booked|have|had|were|are|came|called|visited|scheduled))\b|\b(?:will|['’]ll|is\s+going\s+to|are\s+going\s+to)\s+(?:see|call|update|follow\s+up\s+with|keep\s+taking\s+(?:great\s+|good\s+)?care\s+of)\s+(?:you|him|her)\s+(?:at\s+\d|this\s+(?:morning|afternoon|evening)|tomorrow|today|tonight|on\s+(?:${WEEKDAYS})|${WEEKDAYS})|\b(?:will|['’]ll)\s+walk\s+(?:you|him|her)\s+through\s+(?:everything|it(?:\s+all)?|the\s+[\w-]+)\s+(?:on\s+)?(?:${WEEKDAYS}|tomorrow|today|tonight)\b|\b(?:looking\s+forward\s+to|can['’]t\s+wait\s+to)\s+(?:seeing|see)\s+(?:you|him|her)\s+(?:again|${WEEKDAYS}|on|next|at\s+your)\b|\bsee\s+you\s+(?:at|for)\s+your\b(?!\s+(?:(?:next|first|last)\s+)?(?:volunteer\s+)?(?:shift|orientation|training|interview|onboarding)s?\b)`,
      'i',
    ),
    message: 'Speaks of this person\'s own visit, stay or follow-up at a given time, which confirms they are our patient.',
    skipGeneric: true,
  },
  {
    id: 'confirmation.staff-speaks-of-you',
    notForOtherVisits: true,
    keyWords: ['says', 'said', 'adore', 'adores', 'remember', 'remembers', 'miss', 'misses', 'here', 'in', 'talk', 'ever', 'paid', 'paying', 'worked', 'helped', 'highlight', 'say', 'send', 'sends'],
    // "Please tell him everyone at our Family Medicine office says hi", "Our nurses say you always bring the best snacks", "tell him his therapists say he's doing great": our people know the
    // person the comment is about.
    pattern:
      /\b(?:our\s+)?(?:nurses|team|staff|crew|doctors)\s+(?:say|said)\s+you\s+(?:always|never|were|are|brought|bring)\b|\bour\s+(?:whole\s+|entire\s+)?(?:[\w&-]+\s+)?(?:team|nurses|staff|crew|doctors|unit)\s+(?:still\s+)?remembers?\s+you\b|\b(?:his|her|their)\s+(?:therapists?|nurses?|doctors?|care\s+team|team)\s+(?:say|says|said)\s+(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)\s+(?:doing|making)\b|\bthey\s+say\s+your\s+[\w-]+\s+(?:is|are|was|were)\s+the\s+highlight\b|\btell\s+(?:him|her|them|your\s+[\w-]+)\s+(?:that\s+)?(?:everyone|all\s+of\s+us|the\s+[\w-]+|our\s+[\w-]+)(?:\s+[\w&-]+){0,5}?\s+(?:says?|sends?)\s+(?:hi|hello|hey|(?:our\s+|their\s+)?(?:love|best|regards|hugs))\b|\b(?:working\s+with|caring\s+for|treating|seeing)\s+you\s+(?:was|has\s+been)\s+(?:a|the)\s+highlight\b|\b(?:dr\.?\s+[a-z]+|our\s+(?:[\w-]+\s+){0,2}(?:nurses?|team|crew|staff|therapists?|doctors?|midwives|technologists?|techs?|sonographers?|hygienists?)|the\s+(?:crew|team|nurses|staff))\s+(?:says|said)\s+(?:that\s+)?you(?:['’]re|['’]ve|\s+are|\s+were|\s+did|\s+have)\b|\b(?:nurses?|team|crew|staff|therapists?|doctors?)\s+(?:still\s+|all\s+)?(?:adore|adores|remember|remembers|miss|misses)\s+(?:her|him|you|them|your\s+(?:late\s+)?(?:mother|mom|mum|father|dad|son|daughter|child|husband|wife|partner|baby|little\s+one|grand\w+|sister|brother|aunt|uncle|loved\s+one))\b|\b(?:she|he|dr\.?\s+[a-z]+)\s+(?:still\s+)?(?:remembers|misses)\s+(?:you|your|both|all\s+(?:of\s+)?(?:your|those|the)|those|each\s+of)\b|\b(?:says|said)\s+(?:that\s+)?you(?:['’]ve|\s+have)\s+been\s+(?:doing|working|making)\b|\bremembers\s+(?:that|this)\s+(?:brave|little|sweet|tough|strong)\b|\b(?:nurses|team|staff|crew|doctors|midwives)\s+still\s+talk\s+about\s+(?:that\s+(?:night|day|delivery|birth)|you|your|him|her)\b|\b(?:he|she|they|you)\s+(?:was|were)\s+(?:just\s+|recently\s+)?(?:here|in)\s+(?:for\s+(?:a|an|her|his|their|your)|to\s+see)\b|\b(?:says|said)\s+(?:that\s+)?(?:she|he)\s+(?:was|is)\s+(?:one\s+of\s+the\s+[\w-]+|(?:such\s+)?an?\s+(?:champ|trooper|rock\s*star|superstar|star|joy|delight|pleasure|sweetheart|hard\s+worker))\b|\b(?:he|she|i|we)(?:['’]s|['’]ve|\s+has|\s+have)\s+ever\s+(?:had|treated|worked\s+with|cared\s+for)\b|\b(?:all\s+)?(?:those|your)\s+(?:[\w-]+\s+){0,2}(?:sessions|visits|appointments|treatments)\s+(?:really\s+)?(?:paid\s+off|are\s+paying\s+off|have\s+paid\s+off|worked|helped)\b|\b(?:says|said)\s+(?:that\s+)?your\s+(?:mom|mother|dad|father|son|daughter|husband|wife|grand\w+|kid|child|little\s+one)\s+(?:is|was)\s+(?:one\s+of\s+(?:his|her|their|our)\b|(?:such\s+)?an?\s+)/i,
    message: 'Tells what our staff say of this person, or that they were here for care — that confirms a patient relationship.',
  },
  {
    id: 'confirmation.among-our-patients',
    keyWords: ['including', 'patient', 'patients', 'part', 'families'],
    // "on our patient list", "all of Dr. Nowak's patients, including you", "everyone on the waitlist, including you", "honored to be part of your journey", "part of Dr. Alvarez's practice for so long".
    pattern:
      /\b(?:on|in)\s+our\s+patient\s+(?:list|roster|panel|registry)\b|\bhearing\s+from\s+(?:their|our|his|her)\s+(?:former\s+)?(?:patients|families)\b|\b(?:patients|wait\s?list|waiting\s+list)\b[^.!?]{0,40}\bincluding\s+(?:you|yours)\b|\b(?:honou?red|privileged|blessed|grateful|glad|proud)\s+to\s+(?:be|have\s+been)\s+(?:a\s+)?part\s+of\s+your\s+(?:journey|recovery|healing|care|treatment|story)\b|\bpart\s+of\s+(?:dr\.?\s+[a-z]+['’]s|her|his)\s+(?:practice|panel|patient\s+family)\b/i,
    message: 'Counts this person among our patients.',
  },
  {
    id: 'confirmation.here-with-us',
    keyWords: ['stable', 'resting', 'comfortable', 'comfortably', 'surgery', 'seen', 'treated', 'awake', 'condition', 'observation', 'monitored'],
    // "Your grandmother is stable and under observation": how the relative the comment asks after is doing here.
    pattern:
      /\b(?:(?<!\b(?:[Ii]f|[Ww]hen|[Oo]nce|[Uu]ntil|[Uu]nless)\s)(?:he|she|they)|(?!(?:You|We|It|There|That|What|Who|Everyone|Everybody)\b)\p{Lu}[\p{Ll}'’-]+)(?:\s+(?:is|are)|['’]s|['’]re)\s+(?:here\s+(?:and|&)\s+|now\s+|still\s+)?(?:stable|resting(?:\s+comfortably)?|comfortable|in\s+surgery|out\s+of\s+surgery|being\s+(?:seen|treated)|awake)\b|(?<!\b(?:[Ii]f|[Ww]hen|[Oo]nce|[Uu]ntil|[Uu]nless|[Ss]ure|[Tt]hat)\s)\b[Yy]our\s+(?:mom|mother|mum|dad|father|husband|wife|partner|son|daughter|child|baby|brother|sister|grandma|grandpa|grandmother|grandfather|grandson|granddaughter|aunt|uncle|loved\s+one)(?:\s+is|['’]s)\s+(?:now\s+|still\s+)?(?:stable|in\s+(?:stable|critical|serious|fair|good|guarded)\s+condition|under\s+observation|resting(?:\s+comfortably)?|in\s+surgery|out\s+of\s+surgery|awake|being\s+(?:seen|treated|monitored))\b/u,
    message: 'Says how someone is doing in our care — that confirms they are our patient.',
  },
  {
    id: 'confirmation.staff-knows-you',
    notForOtherVisits: true,
    keyWords: ['hear', 'meant', 'seeing', 'miss', 'noted', 'mentioned', 'said', 'says', 'told', 'reported', 'name', 'line', 'see', 'who', 'still', 'been', 'got', 'have', 'found', 'holding', 'keeping', 'think', 'thought', 'talk', 'had', 'years', 'year', 'asks', 'waiting', 'ready', 'knows', 'knew'],
    // Among them: "Kevin Osei says keep that visor down next time", "Dr. Petrova will be thrilled to hear her referral worked out so well", "how much her care has meant to you", "She always says the twins are the highlight of her Mondays", "she loves seeing your family every year", "Jordan Ellis, LCSW says they always knew you'd do it".
    pattern:
      /\b(?:team|nurses?|staff|crew|unit)\s+(?:always|often|still)\s+asks?\s+(?:about|after)\s+(?:you|him|her|them)\b|\b(?:says|said)\s+(?:(?:she|he|they)\s+)?(?:always\s+)?knew\s+you['’]d\s+(?:do\s+it|make\s+it|get\s+(?:there|through\s+it))\b|\b(?:says|said)\s+(?:she|he|they)\s+(?:was|were)\s+(?:so\s+much\s+|so\s+|such\s+a\s+|the\s+)?(?:brave|braver|bravest|a\s+(?:total\s+|real\s+|little\s+|true\s+)?(?:champ|trooper|rock\s*star|superstar))\b|\b(?:she|he|they|dr\.?\s+[a-z]+)\s+(?:was|were|is|are)\s+(?:so\s+)?(?:happy|glad|thrilled|delighted)\s+to\s+hear\s+(?:that\s+)?your\s+(?:son|daughter|baby|little\s+one|kids?|child|boy|girl|twins)\s+(?:is|are)\s+(?:thriving|doing\s+(?:so\s+)?(?:well|great))\b|\b(?:will|['’]ll)\s+be\s+(?:so\s+)?(?:thrilled|happy|glad|delighted)\s+to\s+hear\s+(?:that\s+)?(?:her|his|their|the)\s+(?:referral|surgery|treatment|procedure|care|therapy)\s+(?:worked\s+out|went\s+(?:so\s+)?(?:well|great)|helped)\b|\b(?:she|he|they|dr\.?\s+[a-z]+)\s+(?:always|often|still)\s+asks\s+(?:about|after)\s+(?:you|them|him|her|your|the\s+(?:twins|kids|boys|girls|baby))\b|\b(?:team|nurses?|staff|techs?|technicians?|therapists?|doctors?|surgeons?|crew|unit)\s+(?:will|['’]ll|is\s+going\s+to|are\s+going\s+to)\s+miss\s+(?:you|him|her|them)\b|\b(?:the|your|our)\s+(?:[\w&]+\s+){0,2}(?:techs?|technicians?|nurses?|doctors?|therapists?|surgeons?|providers?|sonographers?|hygienists?|team|staff)\s+(?:noted|mentioned|said|says|told\s+us|reported)\s+(?:that\s+)?(?:(?:you|he|she)(?!\s+(?:can|could|may|might|should|will|would|must)\b)|your|his|her|mom|dad|baby|mom\s+and\s+baby)\b|\b(?:he|she|they)\s+(?:said|says|mentioned)\s+(?:the\s+same\s+about\s+you|you\s+(?:were|are|did|picked|looked|have|had)\b|(?:what\s+an?\s+(?:[\w-]+\s+){0,2}(?:trooper|champ|champion|star|rock\s*star|sweetheart|warrior|delight)|how\s+(?:brave|sweet|strong|tough|calm|patient|well))\s+(?:you|she|he|they)\s+(?:was|were|is|are)\b)|\b(?:has|have|with|under)\s+your\s+name\b|\bthe\s+(?:nurse|doctor|provider|staff\s+member|tech|therapist|person)\s+who\s+(?:called|saw|treated|helped|spoke\s+(?:to|with)|vaccinated\s+you|gave\s+you\s+your|cared\s+for\s+you|stitched\s+you)\b|\byou['’]re\s+next\s+in\s+line\b|\b(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s+still\s+(?:smiling|talking|thinking|laughing|grinning|bragging)\s+about\s+(?:you|them|those|that|him|her|your)\b|\b(?:you|your\s+[\w-]+|he|she|they)(?:['’]s|['’]ve|\s+has|\s+have)\s+been\s+(?:with|seeing|coming\s+to|going\s+to)\s+(?:her|him|us|them|dr\.?\s+\w+)\s+(?:for\s+)?(?:a\s+long\s+time|(?:so\s+)?many\s+years|years|so\s+long|since|forever|\d+\s+years)\b|\b(?:we['’]ve\s+got|we\s+have|we\s+found|we['’]re\s+holding|we\s+are\s+holding|we['’]re\s+keeping)\s+(?:them|it|her\s+[\w-]+|his\s+[\w-]+|your\s+[\w-]+)\s+(?:safe\s+)?at\s+(?:the\s+)?(?:[\w.]+\s+){0,4}front\s+desk\b|\bsays\s+(?:to\s+)?keep\s+(?:up\s+)?(?:those|your)\s+(?:[\w-]+\s+){0,2}(?:exercises|stretches|walks|progress)\b|\b(?:she|he)\s+(?:loves|enjoys)\s+seeing\s+(?:you|your\s+(?:whole\s+)?family|your\s+(?:kids|children|twins))\s+(?:every|each)\s+(?:year|visit|time)\b|\b(?:she|he)\s+(?:always|often)\s+(?:says|tells\s+us)\s+(?:the|your)\s+(?:twins|triplets|kids|boys|girls|baby|little\s+ones?)\s+(?:are|is)\b|\bsays\s+(?:to\s+)?(?:keep|wear|bring)\s+(?:that|those|your)\s+[\w-]+\s+(?:(?:down|on|up|in)\s+)?next\s+time\b|\b(?:how\s+much\s+)?(?:her|his|their)\s+care\s+(?:has\s+)?meant\s+to\s+you\b|\b(?:we|they)\s+(?:still\s+)?(?:think|thought|talk)\s+(?:of|about)\s+(?:him|her|your\s+(?:wife|husband|mom|mother|dad|father|son|daughter|baby|partner|grand\w+))\s+(?:often|every\s+day|all\s+the\s+time|so\s+often|daily)\b|(?<!\b(?:watching|tuning\s+in|joining\s+us|listening)[^a-z0-9]{0,8})\bsee\s+(?:you|him|her)(?:\s+(?:both|two|all|guys)|\s+(?:and|&)\s+(?:your\s+)?[\w-]+)?\s+(?:on\s+|this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b(?!\s+(?:at|for)\s+(?:the|our)\b|[^.!?]{0,40}\bat\s+\d{2,5}\s+[a-z]|[^.!?]{0,40}\bat\s+(?:the\s+)?[a-z]+\s+(?:park|trail|field|track|library|church|gym|plaza|square|lake|beach|pool|ymca|fairgrounds)\b|[^.!?]{0,40}\b(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:community|conference|meeting|class|education|training|board|activity|multipurpose)\s+room\b)|\b(?:proud|glad|happy|honou?red|lucky|blessed)\s+to\s+have\s+had\s+you\b|\byour\s+(?:\d+|many|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)(?:-\w+)?)\s+years?\s+(?:with|of\s+(?:care|visits)\s+(?:with|at))\s+us\b|\bsee\s+your\s+(?:mom|dad|mother|father|son|daughter|husband|wife|partner|baby|kids?|little\s+one|grand\w+)\s+(?:on\s+|this\s+|next\s+|at\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|\d{1,2}(?::\d\d)?\s*(?:am|pm)?\b)|\b(?:waiting|ready)\s+for\s+(?:you|him|her|them)\s+(?:on\s+|this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\byour\s+(?:nurse|doctor|care\s+team|[\w-]+\s+team|therapist|provider)\s+(?:already\s+)?knows\s+you(?:['’]re|['’]ll|\s+(?:might|may|will|are|were|could)\b)/i,
    message: 'Says our staff know this person, expect them back or will miss them — that confirms they are our patient.',
  },
  {
    id: 'confirmation.has-their-orders',
    keyWords: ['room', 'orders', 'order', 'processed', 'received', 'end', 'file', 'faxed', 'forwarded', 'emailed', 'mailed'],
    // "Your sample has been processed", "as soon as Dr. Raman's order is in", "we've faxed your pelvic PT notes", "we can see the duplicate reminder on our end", "we have your dad's equipment order on file",
    // "our volunteers will bring them up to his room" (we know where he is staying).
    pattern:
      /\byour\s+(?:sample|specimen|sample\s+kit|bloodwork|labs?|biopsy|scan|swab)\s+(?:has|have|was|were)\s+(?:been\s+|already\s+been\s+)?(?:processed|received|resulted)\b|\bwe\s+(?:can\s+)?see\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}(?:reminders?|appointments?|bookings?|referrals?|orders?|records?|chart|account|texts?)\s+on\s+our\s+(?:end|side)\b|\bwe\s+have\s+(?:your|his|her|their)\s+(?:[\w'’-]+\s+){0,2}(?:order|orders|referral|prescription|records?)\s+on\s+file\b|\b(?:volunteers?|nurses?|staff|team|we)\s+(?:already\s+)?know\s+(?:her|his|their|your)\s+room\b|\b(?:bring|take|deliver|carry)\s+(?:them|it|those|these|the\s+\w+)\s+(?:up\s+|right\s+up\s+|straight\s+up\s+)?to\s+(?:his|her|their)\s+room\b|\borders?\s+(?:are|is)\s+already\s+in\b|\bdr\.?\s+[a-z][\w-]+['’]s\s+(?:orders?|referral)\s+(?:is|are|comes|goes)\s+(?:in|through)\b|\bwe(?:['’]ve|\s+have)?\s+(?:just\s+|already\s+)?(?:faxed|forwarded|emailed|mailed)\s+(?:your|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:notes|records?|results|referral|orders?|forms?|paperwork|prescriptions?)\b|\borders?\s+(?:are|is)\s+in\s+(?:the|our)\s+system\s+for\s+(?:you|her|him|them)\b/i,
    message: 'Says we hold this person\'s orders, sample or records, or know their room — that confirms they are our patient.',
  },
  {
    id: 'confirmation.told-them-you-asked',
    keyWords: ['let', 'told', 'tell', 'passed', 'mentioned', 'said'],
    // "We can't share information about patients, but we've let him know you're asking about him": we could reach him.
    // "Dr. Raman mentioned you might ask!": one of ours spoke with this person about their care.
    pattern:
      /\b(?:mentioned|said|told\s+us)\s+you\s+(?:might|would|may|were\s+going\s+to)\s+(?:ask|reach\s+out|call|write|message|stop\s+by)\b|\b(?:we|I)(?:['’]ve|['’]ll|\s+have|\s+will)?\s+(?:let\s+(?:him|her|them)\s+know|told\s+(?:him|her|them)|passed\s+(?:it|that|your\s+(?:message|note|question))\s+(?:along\s+|on\s+)?to\s+(?:him|her|them))\s+(?:that\s+)?you(?:['’]re|\s+are|\s+were)\s+(?:asking|wondering|thinking|praying)\s+(?:about|after|of|for)\s+(?:him|her|them)\b/i,
    message: 'Says we passed on to this person that you asked after them, which confirms they are here for care.',
  },
];

/** A commenter describing their own care here; used to read affirming replies in context. */
export const CONTEXT_OWN_CARE =
  /\b(?:which|what)\s+(?:location|office|clinic|doctor|provider|nurse)\s+did\s+i\b|\bi\s+have\s+(?:an?\s+)?(?:appt|appointment|visit|procedure)\b|\bi\s+(?:also\s+)?see\s+dr\b|\b(?:saw|seen)\s+(?:him|her|them)\s+for\b|\bmy\s+(?:old\s+|medical\s+)?records\b|\b(?:my|our)\s+(?:visit|appointment|appt|surgery|stay|nurse|doctor|surgeon|provider|results|delivery|baby\s+was\s+born|urgent\s+care\s+visit|care)\b|\bi\s+was\s+(?:seen|treated|admitted|discharged)\b|\bwe\s+had\s+our\s+baby\b|\byour\s+(?:urgent\s+care|er|team|nurses?|staff|doctors?)\s+(?:was|were)\s+(?:so\s+)?(?:fast|great|amazing|kind|wonderful)\b|\b(?:got|had|did|finished)\s+my\s+[a-z\-]+(?:\s+[a-z\-]+)?\s+(?:here|at\s+your|with\s+(?:you|dr)|today|yesterday|last\s+(?:week|month)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\b(?:dr\.?\s+[a-z]+|your\s+(?:doctor|surgeon|nurse|team|dermatologist))\s+(?:took|removed|did|ran|ordered|drew|sent|stitched|froze|biopsied)\b[^.!?]{0,40}\b(?:my|me)\b|\b(?:he|she)\s+(?:did|fixed|repaired|operated\s+on|delivered|treated|stitched\s+up|set)\s+my\b|\bthanks?\s+for\s+(?:getting|fitting|squeezing|seeing)\s+me\b|\b(?:coming|going|headed|heading)\s+in\s+for\s+my\b|\b(?:i['’]m|i\s+am)\s+(?:so\s+)?overdue\b|\breminder\s+(?:postcard|card|call|text|letter)\b|\bmy\s+(?:physical\s+therapist|therapist|pt|dentist|midwife|dermatologist|care\s+team)\b|\b(?:after|since|during|for)\s+my\s+(?:c-?section|labou?r|birth|stay|operation|chemo|infusion|scan|mri|biopsy|colonoscopy|rehab|tonsillectomy|physical\s+therapy)\b|\b(?:my|our)\s+(?:wife|husband|mom|mother|dad|father|son|daughter|baby|grandma|grandpa|grandmother|grandfather|partner|brother|sister)(?:['’]s|\s+(?:is|was|has))\s+(?:been\s+)?(?:in|at)\s+(?:your|the)\s+(?:icu|er|nicu|picu|hospital|unit|ward)\b|\b(?:for|took|taking)\s+(?:taking\s+)?(?:care\s+of|caring\s+for|delivering|treating|fixing|helping)\s+(?:me|my)\b/i;

/** "did my husband leave his glasses in urgent care room 3?", "is my mom still in the ICU?", "are my results back?": a question whether a relative was or is here, or the writer's results are in. */
export const ASKS_IF_HERE_OR_READY =
  /\bmy\s+(?:[\w'’-]+\s+){0,5}?(?:results?|labs?|lab\s+work|bloodwork|prescriptions?|refills?|records|paperwork|forms?|certificates?|letters?|notes?)\b[^?]{0,60}\b(?:back|ready|in|done|there|signed|sent|faxed|approved)\b[^?]{0,30}\?|\b(?:did|was|were|is|are)\s+my\s+(?:wife|husband|partner|mom|mother|dad|father|son|daughter|kid|child|baby|grandma|grandpa|grandmother|grandfather|brother|sister|aunt|uncle|friend|neighbou?r)\b(?!['’])[^?]{0,100}\b(?:urgent\s+care|er|icu|nicu|room\s+#?\d+|admitted|seen|here|there|today|visit|appointment|appt|clinic|hospital|unit|floor|office|check-?up|exam|pediatric\w*|dental|lab|imaging|x-?ray)\b[^?]{0,60}\?/i;
/** How a reply that answers yes opens: "Yes! …", "Yep, …", or straight in ("He did!"). */
const MAYBE_YES = String.raw`^\W*(?:(?:yes|yep|yup)\b[\s,!.—–-]*)?`;
const YES_THEN = String.raw`^\W*(?:yes|yep|yup)\b[\s,!.—–-]+`;
/** "He did!", "Yes, she was": a reply that answers such a question yes. */
export const ANSWERS_YES = new RegExp(
  String.raw`${MAYBE_YES}(?:he|she|they)\s+(?:did|was|were|is|are|has|had)\b(?!\s+not\b|n['’]t)|${YES_THEN}(?:they['’]re|it['’]s)\s+(?:here|at|with|in|signed|ready|done|approved|been\s+(?:signed|sent|faxed))\b`,
  'i',
);

/** "Is my intake still on??", "Is my membership paid through the end of the year?": whether the writer's own booking or membership stands. */
export const ASKS_IF_STILL_ON =
  /\b(?:is|are)\s+my\s+(?:[\w-]+\s+){0,2}?(?:(?:appointment|appt|intake|visit|surgery|procedure|scan|mri|consult|session|infusion|physical|check-?up|block|injection|ablation|biopsy|colonoscopy|slot)s?\s+(?:still\s+)?(?:on|happening|scheduled|confirmed|booked)|(?:membership|referral|prior\s+auth(?:ori[sz]ation)?)\s+(?:still\s+)?(?:paid|active|current|approved|good|valid))\b[^?]{0,40}\?/i;
/** "Yes, you're all set!": the reply says it stands. */
export const SAYS_ALL_SET = new RegExp(
  String.raw`${MAYBE_YES}(?:you['’]re|you\s+are)\s+(?:all\s+set|confirmed|booked|good\s+to\s+go|still\s+on)\b|${YES_THEN}(?:it['’]s|it\s+is|your\s+(?:[\w-]+\s+){1,3}?(?:is|are))\s+(?:still\s+on|(?:all\s+)?(?:confirmed|booked|set)\s+for)\b`,
  'i',
);

/** "Do you guys still have my file from the physical?", "do you still have my dad's pill bottles?": whether we hold the writer's records or what they left with us. */
export const ASKS_IF_WE_HOLD_THEIRS =
  /\b(?:do|does|did)\s+(?:you|y['’]?all|you\s+guys|u|your\s+(?:office|clinic|team))\s+(?:still\s+)?(?:have|keep|hold)\s+(?:my|our|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:file|records?|chart|results?|x-?rays?|scans?|images|photos?|pictures?|pics|films?|reports?|forms?|paperwork|tests?|(?:pill\s+)?bottles?|meds|medications?|pills|glasses|hearing\s+aids?|dentures|inhalers?|walker|cane)\b[^?]{0,80}\?/i;
/** "We do!", "Yes, we still do": the reply says we hold them. */
export const SAYS_WE_DO = new RegExp(String.raw`${MAYBE_YES}we\s+(?:sure\s+|still\s+|definitely\s+)?(?:do|have\s+(?:it|them))\b(?!\s+not\b|n['’]t)`, 'i');

/** "Can I pick up my husband's wedding ring? ER staff said they bagged it": whether we hold what a patient left with us. */
export const ASKS_TO_PICK_UP_THEIRS =
  /\b(?:can|could|may|where\s+do|how\s+do)\s+(?:i|we)\s+(?:pick\s+up|get|collect|come\s+(?:get|pick\s+up))\s+(?:my|our|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:ring|belongings|clothes|wallet|phone|purse|keys|glasses|dentures|hearing\s+aids?|jacket|shoes|bag|things|stuff)\b[^?]{0,120}\?/i;
/** "Yes! His belongings are with our security office": the reply says we hold them. */
export const SAYS_WE_HOLD_THEM = new RegExp(String.raw`${MAYBE_YES}(?:his|her|their|your)\s+(?:[\w'’-]+\s+)?(?:belongings|things|ring|clothes|wallet|phone|purse|keys|glasses)\s+(?:are|is)\s+(?:safe\s+)?(?:with|at|in)\s+(?:our|the)\b`, 'i');

/** "¿Ustedes tienen mi electrocardiograma del año pasado?": whether we hold the writer's own record, in Spanish. */
export const SPANISH_ASKS_IF_WE_HOLD_THEIRS = /\b(?:tienen|guardan|conservan)\s+(?:todav[ií]a\s+|a[uú]n\s+)?(?:mis?|nuestr[oa]s?)\s+(?:expediente|historial|registros?|resultados?|estudios?|an[aá]lisis|radiograf[ií]as?|electrocardiogramas?|ecocardiogramas?|placas?|papeles|recetas?|vacunas?|cartilla|formularios?)\b[^?]{0,80}\?/iu;
/** "Sí, lo tenemos": the reply says we hold it. */
export const SPANISH_SAYS_WE_DO = /^[\s¡]*s[ií](?![\p{L}])[\s,!.¡]*(?:ya\s+|aqu[ií]\s+|todav[ií]a\s+)?(?:lo|la|los|las)\s+(?:tenemos|guardamos|conservamos)(?![\p{L}])/iu;

/** "¿Pueden mandarme otra copia del plan de la escuela?": the writer asks us for a copy of a care document of theirs, in Spanish. */
export const SPANISH_ASKS_FOR_A_COPY =
  /(?<![\p{L}])(?:pueden|podr[ií]an|puede|podr[ií]a)\s+(?:mandarme|enviarme|darme|pasarme|imprimirme)\s+(?:otra\s+|una\s+)?copia\s+(?:de\s+(?:mi|mis|la|el|los|las)|del)\s+(?:plan|expediente|resultados?|receta|carta|constancia|formulario|orden|registros?|historial|cartilla|notas?|informe|reporte)(?![\p{L}])/iu;
/** "¡Claro! Se lo enviamos por este chat": the reply says we will send it. */
export const SPANISH_SENDS_IT = /^[\s¡]*(?:claro|s[ií]|con\s+(?:mucho\s+)?gusto|por\s+supuesto)(?![\p{L}])[\s,!.¡]*(?:ya\s+|ahorita\s+|ahora\s+)?(?:se\s+(?:lo|la|los|las)|te\s+(?:lo|la|los|las))\s+(?:enviamos|mandamos|enviaremos|mandaremos|pasamos|compartimos)(?![\p{L}])/iu;

/** "¿Ya llegaron mis resultados?": whether the writer's results or papers are in, in Spanish. */
export const SPANISH_ASKS_IF_READY = /\b(?:mis|sus)\s+(?:resultados|an[aá]lisis|estudios|recetas?|papeles)\b[^?]{0,60}\?|\bya\s+(?:llegaron|est[aá]n|salieron)\s+(?:mis|los)\s+(?:resultados|an[aá]lisis|estudios)\b/iu;
/** "¡Ya están listos!": the reply says they are in. */
export const SPANISH_ANSWERS_READY = /^\W*(?:s[ií]\W+)?ya\s+(?:est[aá]n?\s+list[oa]s?|llegaron|salieron)(?![\p{L}])/iu;

/** "Please tell Ms. Harriet Cole in room 305 that her church group is praying for her": a message for someone staying with us. */
export const MESSAGE_FOR_SOMEONE_STAYING =
  /\b(?:tell|give|pass|deliver|bring|read)\b(?:[^.!?]|(?<=\b(?:[Mm]s|[Mm]rs?|[Dd]r))\.){0,80}\b(?:(?:room|rm|bed)\s+#?\d+|in\s+(?:the\s+)?(?:icu|hospital|unit|er|rehab|nicu|picu)|(?:is|was)\s+(?:a\s+patient|staying|admitted))\b/i;
/** "We'll pass the message along to Ms. Cole", "Will do, we'll deliver it today": the reply takes the message to them. */
export const TAKES_THE_MESSAGE = /\b(?:we['’]ll|we\s+will|we['’]re\s+happy\s+to|will\s+do)\b[^.!?]{0,40}\b(?:pass|deliver|give|bring|share|read)\b/i;

/**
 * "Shoutout to the nurse who held my hand during stitches", "the nurse at urgent care was AMAZING, didn't catch her name":
 * the comment speaks of one of our people who cared for the writer.
 */
export const TELLS_OF_WHO_CARED =
  /\b(?:the|that|a|your)\s+(?:[\w'’-]+\s+){0,3}?(?:nurses?|doctors?|docs?|dr|techs?|technicians?|therapists?|surgeons?|providers?|phlebotomists?|midwives|midwife|medics?|paramedics?|person|lady|guy|woman|man)\s+who\b[^.!?]{0,80}(?:\b(?:me|my|i|us|our)\b|\b(?:did|took|drew|read|gave)\b[^.!?]{0,40}\b(?:yesterday|today|this\s+morning|last\s+night|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|\b(?:didn['’]?t|did\s+not|never|forgot\s+to)\s+(?:catch|get|ask)\s+(?:her|his|their)\s+name\b/i;
/** "That was Rachel Kim, RN!", "It must have been Dr. Raman", "That sounds like our lab team!": the reply names which of our people it was. */
export const NAMES_WHO_IT_WAS =
  /^\W*(?:(?:[Oo]h|[Aa]ww+|[Yy]es|[Yy]ay|[Hh]a(?:ha)*)\W+)?(?:[Tt]hat|[Ii]t)\s+(?:was|would\s+(?:be|have\s+been)|must\s+(?:be|have\s+been)|sounds\s+like)\s+(?:(?:probably|likely|most\s+likely|definitely|almost\s+certainly)\s+)?(?:(?:our\s+(?:own\s+)?)?(?:(?:[Dd]r|[Nn]urse)\.?\s+)?\p{Lu}\p{Ll}+|our\s+(?:[\p{L}-]+\s+){0,2}(?:team|nurses|crew|staff|techs|phlebotomists|folks)\b)/u;

export const AFFIRMING_REPLY =
  /\blooks\s+like\s+(?:it\s+was|you\s+(?:were|went|came|had|saw))\b|\bsee\s+you\s+(?:soon|then|at\s+\d|later\s+today|this\s+afternoon)\b|\b(?:love|glad|happy)\s+to\s+have\s+you\s+back\b|\bwe\s+(?:still\s+)?have\s+(?:them|yours)\b|\bpull\s+(?:yours|them)\s+(?:up|within|in)\b|\bsettling\s+in\s+at\s+home\b|\bcongrat(?:s|ulations)\s+on\s+(?:finishing|completing|graduating)\b|\b(?:glad|happy|so\s+glad|great\s+to\s+hear)\s+(?:it|everything|things|your\s+\w+)\s+went\s+(?:well|smoothly|great)\b|\b(?:thanks?|thank\s+you)\s+for\s+(?:trusting|choosing)\s+(?:us|our\s+(?:[\w-]+\s+)?(?:team|staff|nurses|pharmacists|doctors|providers))\s+(?:with|for|through|during)\b|\bhope\s+you['’]?re\s+(?:feeling|recovering|healing|resting)\b|\b(?:feel|get)\s+better\s+soon\b|\bfeel\s+better\b|\bspeedy\s+recovery\b|\bit\s+was\s+(?:our|my|truly\s+our)\s+(?:pleasure|privilege|honou?r)\b|\b(?:dr\.?\s+[a-z]+|our\s+(?:team|nurses?|staff))\s+(?:says|said)\b|\btake\s+(?:(?:good|great|such\s+good)\s+)?care\s+of\s+you\b|\b(?:team|nurses?|staff)\s+(?:is|are)\s+(?:cheering|rooting)\b|\bwe\s+(?:just\s+|all\s+|really\s+)?miss\s+(?:you|seeing\s+you)\b|\b(?:will|['’]ll|is\s+going\s+to)\s+(?:call|contact|message|text|reach\s+out\s+to)(?:\s+you)?\s+(?:as\s+soon\s+as|when|once)\s+(?:yours|it['’]s|it\s+is|they['’]re|they\s+are|your\s+[\w-]+|the\s+(?:results?|pathology|report|biopsy))\s*(?:(?:is|are|comes?|come)\s+)?(?:in|back|ready|available)\b/i;

/** "Thanks for squeezing in my concussion recheck!", "thank you for fitting me in today": the writer thanks us for their own visit. */
export const THANKS_FOR_OWN_VISIT =
  /\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?(?:for\s+)?(?:getting|fitting|squeezing|seeing|taking\s+care\s+of)\s+(?:me\b|(?:in\s+)?my\s)/i;

/** "Happy to help!", "Anytime!", "Our pleasure": the reply opens by taking the thanks for that visit. */
export const TAKES_THE_THANKS =
  /^\W*(?:(?:so\s+|very\s+)?(?:happy|glad)\s+(?:to\s+help|we\s+could\s+(?:help|fit\s+you\s+in|get\s+you\s+in|see\s+you))|any\s?time|(?:it\s+was\s+)?(?:our|my)\s+pleasure|you['’]re\s+(?:so\s+|very\s+|most\s+)?welcome)\b/i;
