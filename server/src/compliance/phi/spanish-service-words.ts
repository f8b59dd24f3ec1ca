/* What a Spanish reply names as a service of ours, read before a health term. */
/** "¿Dónde hay clases de rehabilitación?", "información sobre la mamografía", "opciones de manejo del dolor y tipos de parto", "la educadora en diabetes": a Spanish comment naming a service it wants, or the kinds of it we offer. */
export const SPANISH_SERVICE_BEFORE = /(?<!\p{L})(?:clases?|tipos|opciones|programas?|grupos?|talleres?|charlas?|cursos?|pruebas|educaci[oó]n|servicios?|salas?|citas?|información|informes|horarios?|costo|precio|unidad|centro|departamento|clínica|clinica|equipo|(?<!(?:su|tu)\s)(?:evaluaci[oó]n|lista))\s+(?:de|del|sobre|para)\s+(?:la\s+|el\s+|los\s+|las\s+)?$|(?<!\p{L})educador(?:a|es|as)?\s+(?:en|de)\s+$/iu;
/** "Nuestro Urgent Care atiende infecciones de oído, de garganta…", "aplicamos la vacuna Tdap", "Pediatría coordina terapia de lenguaje", "Tenemos terapia física en la clínica": what a Spanish reply says we treat or give, nobody's own. */
export const SPANISH_OFFERED_BEFORE = /(?<!\p{L})(?:medimos|checamos|atiende|atienden|atendemos|tratamos|trata|tratan|ofrecemos|ofrece|ofrecen|aplicamos|aplica|aplican|surtimos|vendemos|colocamos|coloca|colocan|realizamos|realiza|realizan|hacemos|coordinamos|coordina|coordinan|atendiendo|tratando|eval[uú]an|eval[uú]a|evaluamos|contamos\s+con)\s+(?:\p{L}+(?:,\s*|\s+)){0,6}$|(?<!\p{L})tenemos\s+$/iu;
/**
 * "se recomienda un análisis cada año a toda persona con diabetes", "cómo apoyar a estudiantes con diabetes": anyone with the condition, nobody
 * in particular (not "clases para personas con prediabetes" or "para niños con asma", offered to the commenter, nor "muchos estudiantes con
 * ansiedad social", people like them).
 */
export const SPANISH_ANYONE_WITH_BEFORE =
  /(?<!\p{L})(?:tod[oa]s?\s+(?:l[oa]s\s+)?(?:personas?|pacientes)|toda\s+persona|cualquier\s+persona|quienes\s+(?:tienen|viven)|(?<=(?<![\p{L}])(?:a|de)\s+)(?:estudiantes|niñ[oa]s|adult[oa]s|familias|j[oó]venes|adolescentes|mujeres|hombres|beb[eé]s))\s+con\s+$/iu;
/** "…a niños con TDAH como tu hija", "…como Valeria", "…como el tuyo": what we offer, said of the person the reply answers. */
export const SAID_AS_THEIRS_AFTER = /^\s+como\s+(?:(?:el|la|los|las)\s+(?:tuy|suy)[oa]s?|(?:tu|su)\s+\p{L}+|\p{Lu}\p{Ll}+)(?![\p{L}])/u;

/** "¿Es cierto que las vacunas causan autismo?": a condition named as what something causes, prevents or cures, nobody's own. */
export const SPANISH_CAUSED_BY_BEFORE = /(?<![\p{L}])(?:causan?|provocan?|producen?|previenen?|evitan?|curan?)\s+(?:el\s+|la\s+|los\s+|las\s+)?$/iu;
