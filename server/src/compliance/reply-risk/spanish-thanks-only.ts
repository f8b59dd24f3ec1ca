/** A Spanish reply that opens with thanks: "¡Gracias, Rocío!", "Muchas gracias a ustedes por venir". */
const OPENS_WITH_THANKS = /^[\s¡!]*(?:muchas\s+|mil\s+)?gracias(?![\p{L}])/iu;
/**
 * "por su comentario", "por compartir", "Compartiremos su mensaje con todo el equipo", "Le haremos llegar sus felicitaciones a la
 * Dra. Brooks": what the thanks are for, when it is only their words, and their words passed on to our team or one of our doctors.
 */
const FOR_THEIR_WORDS =
  /(?<![\p{L}])(?:por\s+(?:(?:su|tu|sus|tus)\s+(?:lindo\s+|bonito\s+|amable\s+)?(?:comentario|mensaje|apoyo|cariño|palabras|bendiciones)|compartir)|(?:compartiremos|compartimos|pasaremos|le\s+pasamos|haremos\s+llegar)\s+(?:su|tu|sus|tus)\s+(?:lindo\s+|bonito\s+|amable\s+)?(?:mensaje|comentario|palabras|felicitaciones)\s+(?:a|con)\s+(?:(?:todo\s+)?(?:el|nuestro)\s+equipo|(?:la|el)\s+(?:dra?\.?|doctora?)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?))(?![\p{L}])/giu;
/** Words of a visit, of care, of our people or of the commenter's family (or English words for them): with any, the thanks may be for their care. */
const OF_THEIR_CARE =
  /(?<![\p{L}])(?:atend\p{L}*|cuid\p{L}*|visit\p{L}*|citas?|consultas?|regres\p{L}*|volver|vuelv\p{L}*|de\s+nuevo|otra\s+vez|estancia|alta|recuper\p{L}*|mejor\p{L}*|pacientes?|tratamientos?|terapias?|cirug[ií]as?|operaci[oó]n|parto|naci\p{L}*|ver(?:te|le|los|las)|vemos|extrañ\p{L}*|recorda\p{L}*|recuerd\p{L}*|equipo|enfermer\p{L}*|doctor\p{L}*|dra?|resultados?|expediente|seguimiento|promotor\p{L}*|llam\p{L}*|te|tu|tus|ti|contigo|you|your|yours|she|her|his|him|they|them|(?:su|sus)\s+(?:mam|pap|hij|beb|espos|abuel|nieto|nieta|salud)\p{L}*)(?![\p{L}])/iu;

/**
 * "¡Gracias, Rocío! 💗 Compartir salva vidas.", "¡Gracias, Ernesto! Nos alegra mucho que siga nuestra página": Spanish thanks
 * with nothing of the commenter's care. The model of Spanish replies learnt "¡Gracias, Name!" from replies that went on to
 * speak of that person's visit.
 */
export const onlySpanishThanks = (text: string): boolean => OPENS_WITH_THANKS.test(text) && !OF_THEIR_CARE.test(text.replace(FOR_THEIR_WORDS, ' '));
