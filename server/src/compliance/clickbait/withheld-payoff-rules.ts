import type { TeaserRule } from './health-teaser-rules';

/**
 * Teasers found by probing with fresh posts (issue #3): each names or numbers something, then keeps
 * it back ("Number 4 surprised everyone", "it's not what you think", "Until now.").
 */

const HOLDS_BACK = 'Holds the point back to make people click. Say the answer in the post itself.';

export const WITHHELD_PAYOFF_RULES: readonly TeaserRule[] = [
  {
    id: 'clickbait.numbered-reveal',
    type: 'curiosity-gap',
    pattern:
      /(?:\bnumber\s+|\bno\.\s*|#)\d+\s+(?:hits\s+(?:different|differently|hard|home)\b|is\s+(?:(?:so|totally|absolutely|kind\s+of|kinda|pretty|honestly)\s+)?(?:insane|crazy|wild|unbelievable|shocking|surprising|genius|terrifying|scary|gross|horrifying|a\s+shock|a\s+game[- ]changer|the\s+(?:scariest|worst|craziest|wildest|weirdest|most\s+surprising|one\s+(?:everyone|most\s+people)\s+(?:misses|forgets|ignores)))|(?:surprised|shocked|stunned|floored|amazed)\s+(?:everyone|us|me|them|our\s+\w+)|is\s+(?:probably\s+|likely\s+)?(?:on|in)\s+(?:(?:almost|nearly)\s+)?(?:every|your)\s+\w+|(?:might|may|will|could)\s+(?:surprise|shock|scare)\s+you)\b/i,
    anyOf: ['number', 'no'],
    orIncludes: ['#'],
    message: 'Points at one item of a list and calls it shocking without saying what it is.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.not-what-you-think',
    type: 'curiosity-gap',
    pattern: /\b(?:it['’]s|it\s+is|they['’]re|they\s+are|and\s+it['’]s)\s+not\s+what\s+you(?:['’]d|\s+would|\s+might)?\s+(?:think|expect)\b/i,
    anyOf: ['think', 'expect'],
    message: '"It\'s not what you think" teases an answer the post never gives.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.not-even-the-part',
    type: 'curiosity-gap',
    pattern: /\b(?:and\s+)?(?:that['’]?s|that\s+is|this\s+is|it['’]?s|that\s+wasn['’]?t|it\s+wasn['’]?t)\s+not\s+even\s+the\s+(?:wild|wildest|crazy|craziest|best|worst|weird|weirdest|scary|scariest|funny|funniest|strangest|crazier|wilder|interesting|surprising)\s+part\b/i,
    anyOf: ['part'],
    message: '"That\'s not even the wild part" teases a story the post holds back.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.come-back-later',
    type: 'curiosity-gap',
    pattern: /\bcome\s+back\s+(?:tomorrow|tonight|later|next\s+week|on\s+\w+day)\s+(?:to|for)\s+(?:read|see|find\s+out|hear|learn|the\s+(?:answer|rest|reveal))\b/i,
    anyOf: ['come'],
    message: '"Come back tomorrow to read it" holds the post\'s point for later.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.find-out-in-next-post',
    type: 'curiosity-gap',
    // "It's not an ice pack. 🧊 Find out in Friday's Reel.", "The real reason? Our dermatologist explains in next week's video.": the answer kept for a later post.
    pattern:
      /\b(?:find\s+out|see\s+(?:it|which|what|why|how)|learn\s+(?:which|what|why|how)|(?:the\s+)?answer(?:['’]s|\s+is)?|reveal(?:ed)?|explains?(?:\s+(?:it|why|how))?)\s+(?:in|on)\s+(?:our\s+|the\s+)?(?:next|tomorrow['’]s|tonight['’]s|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|(?:this|next)\s+week['’]s)\s+(?:reel|post|video|story|stories|live|episode|newsletter|carousel|thread|tiktok|short)s?\b/i,
    anyOf: ['find', 'see', 'learn', 'answer', 'answers', 'reveal', 'revealed', 'explain', 'explains'],
    message: '"Find out in Friday\'s Reel" holds the post\'s point for a later one.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.one-thing-quietly',
    type: 'curiosity-gap',
    pattern: /\b(?:one|this|a\s+single)\s+(?:[\p{L}-]+\s+){1,3}(?:quietly|secretly|silently)\s+(?:predicts|causes|raises|doubles|harms|damages|ages|triggers|drains|ruins)\b/iu,
    anyOf: ['quietly', 'secretly', 'silently'],
    message: 'Says one thing quietly does harm without naming it.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.story-coming',
    type: 'curiosity-gap',
    pattern: /\b(?:story|part\s+(?:2|two))\s+(?:is\s+)?coming\s+(?:on\s+)?(?:tomorrow|tonight|soon|next\s+week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bpart\s+(?:2|two)\s*(?:[:—–-]\s*)?(?:on\s+)?(?:tomorrow|tonight|next\s+week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*(?:[.!…]|$)/i,
    anyOf: ['story', 'part'],
    message: '"Story coming Thursday…", "Part 2 Friday." holds the post\'s point for a later one.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.spanish-teaser',
    type: 'curiosity-gap',
    // "¡La #7 te va a impactar!", "no es lo que crees", "Like si te cuidas, comparte si…", "¿Adivinas cuál? Comenta abajo",
    // "es más común de lo que piensas", "te lo explicamos en nuestras historias", "hay una fruta que nunca…", "¿quieres saber qué es?",
    // "véalo antes de que lo borren", "tienen que ver esto", "desliza y descúbrelo", "espera la parte 2", "¿Qué crees que era?", "¿Qué es? Toque el
    // enlace", "el truco de 10 segundos que usa… Link en la bio", "No te lo vas a perder", "Te leemos en los comentarios", "odian este
    // truco", "¿Sabes cuál es?", "Haz clic y entérate", "Escribe 'AGUA' en los comentarios", "Spoiler: no te va a gustar", "Video completo en el
    // link", "Parte 2 si llegamos a 1,000 likes", "Hilo mañana", "el snack que los fisioterapeutas jamás comerían", "¿eres una de ellas?",
    // "¿Tu hijo hace esto mientras duerme?", "Esto cambió por completo…", "No es el que te imaginas", "Comenta 💙 si…", "está dejando
    // sin trabajo a los dermatólogos", "NADIE se lo está diciendo", "antes de que sea demasiado tarde", "Solo el 1 % puede…", "Dijimos que
    // no lo íbamos a publicar", "podrían estar causando ESTO…", "No te contamos más… por ahora", "han guardado un
    // secreto. Mañana por fin lo contamos", "el número 4 te dejará helado", "¡El número 3 nos hizo llamar al médico!", "Nuestro podólogo tiene una teoría…", "Lo explicamos en el hilo de mañana", "Nuestra dietista lo explica en el hilo 🧵👇", "Entérate aquí",
    // "Lo descubres en nuestra próxima publicación", "No podemos decir más… todavía", "sin leer esto", "Doble tap ❤️ si…", "si llegamos a
    // 500 likes", "pero solo si este post llega a 500 comentarios", "para algo que va a cambiar…", "¿Cómo lo lograron? Link en la bio", "Nuestra dietista tiene algo que decir al respecto…", "Lo que debes hacer AHORA MISMO 👇", "Solo UNO pasó su prueba. ¿Cuál crees? 👇", "No creerás el caso número 3", "lo que le pasa a tu hígado si comes…", "Los resultados completos, solo en nuestro siguiente reel", "¿Alguien adivina? Pista: 🚐 Anuncio el lunes" (not "etiquétalos siempre con la fecha", said of milk containers; not "Video completo en nuestro canal" after a list it has given, "1) … 2) …"): Spanish hooks.
    pattern:
      /¿\s*(?:cu[aá]l|qui[eé]n)\s+(?:crees|creen|cree|adivinas|adivinan|adivina)\s*\?(?=[^\p{L}\d]*$)|\blo\s+que\s+le\s+pasa\s+a\s+(?:tu|su)\s+\p{L}+\s+si(?![\p{L}])(?![^.!?\n]{0,80}:\s*\p{L})|\bno\s+(?:creer[aá]s|vas\s+a\s+creer)\s+(?:el|la|lo|los|las|c[oó]mo|qué|cu[aá]l)(?![\p{L}])|\blo\s+que\s+(?:debes|debe|tienes\s+que|tiene\s+que)\s+hacer\s+ahora(?:\s+mismo)?\s*(?:👇|⬇️|…|\.{3}|:)|\bent[eé]rate\s+aqu[ií](?![\p{L}])|\b(?:tiene|tienen|tenemos)\s+algo\s+que\s+decir(?:\s+al\s+respecto)?\s*(?:…|\.{3})|\bc[oó]mo\s+lo\s+(?:lograron|logr[oó]|hicieron|hizo|consiguieron|consigui[oó])\s*\?\s*(?:\S+\s+)?(?:link|enlace)\s+en\s+(?:la\s+)?bio\b|\bno\s+has\s+hecho\s+esto\b|\blo\s+descubr(?:es|ir[aá]s)\s+en\s+(?:nuestra|la)\s+pr[oó]xima\s+publicaci[oó]n\b|\bno\s+podemos\s+decir\s+m[aá]s\b|\bsin\s+(?:antes\s+)?(?:leer|ver)\s+esto\b|\bclic\s+aqu[ií](?![\p{L}])|\bdoble\s+tap\b|\bescrib[ae]n?\s+su\s+nombre\s+en\s+los\s+comentarios\b|\bsi\s+llegamos\s+a\s+\d[\d.,]*\s+(?:likes|me\s+gusta|compartidos|comentarios|seguidores)\b|\bsi\s+(?:este|esta)\s+(?:post|publicaci[oó]n|video|reel)\s+(?:llega|alcanza)\s+(?:a\s+|los\s+)?\d[\d.,]*\s+(?:likes|me\s+gusta|compartidos|comentarios|reacciones)\b|\bpara\s+algo\s+que\s+va\s+a\s+cambiar\b|\b(?:te|le|les|lo|la|los|las)\s+dejar[aá]n?\s+(?:helad[oa]s?|sin\s+palabras|con\s+la\s+boca\s+abierta)\b|\b(?:el|la)\s+(?:n[uú]mero\s+|#\s?)\d{1,2}\s+(?:te|nos|les|me)\s+(?:hizo|har[aá]|va\s+a\s+hacer)\s+\p{L}+|\b(?:tiene|tenemos)\s+una\s+teor[ií]a\s*(?:…|\.{3})|\b(?:lo|te\s+lo|se\s+lo|les)\s+(?:explicamos|contamos|decimos|explica|cuenta)\s+en\s+el\s+(?:hilo|video|post|live|en\s+vivo)\s+de\s+mañana\b|\blo\s+(?:explica|explicamos|cuenta|contamos)\s+en\s+el\s+hilo\s*(?:🧵|👇)|\bno\s+(?:te|les|se\s+lo)\s+(?:contamos|decimos)\s+m[aá]s\b|\bpor\s+fin\s+(?:lo|te\s+lo|se\s+lo|les)\s+(?:contamos|decimos|revelamos)\b|\bhan\s+guardado\s+un\s+secreto\b|\b(?:te|le|les|lo|la|los|las)\s+van?\s+a\s+(?:impactar|sorprender|encantar|impresionar|indignar|dejar\s+(?:sin\s+palabras|con\s+la\s+boca\s+abierta|helad[oa]s?|en\s+shock)|doler|asustar)\b|\bpens[aá]bamos\s+que\s+ya\s+lo\s+hab[ií]amos\s+visto\s+todo\b|\by\s+nadie\s+(?:te|se|les)\s+lo\s+hab[ií]a\s+dicho\b|\bcontinuar[aá]\s*(?:[.…!]+\s*)?(?:\p{Extended_Pictographic}\s*)*$|\bno\s+(?:es|son|sea|sean)\s+lo\s+que\s+(?:usted\s+)?(?:crees?|creen|piensas?|piensan|imaginas?|imaginan|esperas?|esperan)\b|\b(?:dale\s+)?like\s+si\b|\bcomparte\s+si\b|\betiquet(?:a|e|en)\s+a\s+(?:alguien|tu|tus|su|sus|un|una|quien|esa|ese|esos|esas|la|el|los|las|\d+|dos|tres|cinco)\b|\b(?:comenta|comente|comenten)\s+(?:abajo|aqu[ií]|(?:el\s+)?\d)(?![\p{L}])|\badivinas\s+(?:cu[aá]l|qu[eé]|qui[eé]n)(?![\p{L}])|\bno\s+(?:es|son)\s+(?:lo|el|la|los|las)\s+que\s+usted\s+(?:piensa|cree|imagina)\b|\bno\s+(?:es|son)\s+(?:el|la|los|las)\s+que\s+(?:te\s+)?(?:crees|piensas|imaginas|esperas|esperan)\b|¿(?:eres|es\s+usted|usted\s+es)\s+(?:una|uno)\s+de\s+(?:ellas|ellos)\?|\b(?:reenv[ií](?:a|e|en)(?:lo|la)?\s+(?:esto\s+|este\s+(?:mensaje|video|post)\s+)?|(?:env[ií]|mand)[ae]\s+(?:esto|este\s+(?:mensaje|video|post))\s+)a\s+(?:\d+|todos|tus|sus|toda\s+(?:su|tu)\s+familia)\b|\brevela(?:n)?\s+el\s+truco\b|\bno\s+vuelvas?\s+a\s+\p{L}+(?:\s+\p{L}+)?\s+(?:as[ií]|esto)(?![\p{L}])|¿\s*(?:usted|t[uú])\s+tambi[eé]n\s+lo\s+haces?\s*\?|\balgo\s+que\s+(?:muchos|muchas|la\s+mayor[ií]a\s+de\s+los)\s+\p{L}+\s+pasan?\s+por\s+alto\b|\ble[ae]\s+m[aá]s\s*[👇👉]|\bcomp[aá]rt(?:e|a|ela|ala|elo|alo)\s+con\s+alguien\s+que\b|\bcasi\s+nadie\s+l[oa]s?\s+(?:sabe|hace|nota|conoce)\b|\bvideo\s+completo\s+en\s+(?:nuestro\s+)?(?:perfil|canal|bio|link|enlace)\b(?<!\b2\)[\s\S]*)|\bsolo\s+en\s+(?:nuestro|el)\s+(?:siguiente|pr[oó]ximo)\s+(?:reel|video|post|live|en\s+vivo)\b|¿\s*alguien\s+adivina\s*\?|\bpista\s*:\s*[^.!?\n]{0,12}\banuncio\s+(?:el|este|ma[ñn]ana)\b|\bla\s+(?:respuesta|raz[oó]n)\s+est[aá]\s+en\s+(?:el|nuestro|la|nuestra)\s+(?:video|link|enlace|bio|perfil|historia)\b|\brt\s+si\b|\b(?:debes|necesitas|necesita)\s+ver\s+esto\b|\bsolo\s+(?:lo|la|se\s+lo)\s+(?:contamos|decimos|revelamos|compartimos)\s+en\b|\bdescubr[ea]\s+su\s+secreto\b|\bl[eé]el[oa]\s+t[uú]\s+mism[oa]\b|\bdej[oó]\s+callad[oa]s?\s+a\b|\bnadie\s+(?:se\s+lo|se\s+la|te\s+lo|te\s+la|le|les|te)\s+(?:est[aá]\s+)?(?:dice|diciendo|cuenta|contando)\b|\bantes\s+de\s+que\s+sea\s+(?:demasiado\s+)?tarde\b|\bdando\s+(?:mucho\s+)?de\s+qu[eé]\s+hablar\b|\bsolo\s+(?:el\s+)?\d+\s*%\s+(?:de\s+(?:las\s+personas|la\s+gente|los\s+\p{L}+|las\s+\p{L}+)\s+)?(?:(?:lo|la)\s+)?(?:puede|pueden|logra|logran|acierta|aciertan|sabe|saben|conoce|conocen|nota|notan)\b|\bte\s+decimos\s+si\s+acertaste\b|\bque\s+casi\s+nadie\s+(?:conoce|sabe|nota|comenta)\b|\bs[ií]gue(?:nos)?\s+para\s+(?:la\s+parte\s+(?:2|dos)|saber\s+(?:qu[eé]|cu[aá]l|c[oó]mo|por\s+qu[eé]))(?![\p{L}])|\bno\s+lo\s+[ií]bamos\s+a\s+(?:publicar|decir|contar|compartir)\b|\besto\s+es\s+lo\s+que\s+(?:le\s+)?pasa\b(?![^.!?\n]{0,60}:\s*\p{L})|\b(?:causa|causan|causando|provoca|provocan|provocando)\s+esto\b|\ben\s+el\s+video\s+de\s+(?:esta\s+noche|mañana)\b|\best[aá]\s+dejando\s+sin\s+trabajo\s+a\b|\b(?:comenta|comente|comenten)\s+[^\p{L}\s]{1,8}\s+si\b|¿[^?\n]{0,40}\b(?:hace|hacen|haces|come|comes|toma|tomas|usa|usas)\s+esto\b[^?\n]{0,40}\?|(?:^|[.!?…]\s*)esto\s+cambi[oó]\s+(?:por\s+completo|para\s+siempre|todo)\b|\badivin(?:a|en)\s+en\s+(?:los\s+)?comentarios\b|\bno\s+(?:lo\s+)?(?:van?|vas)\s+a\s+creer\b|\bno\s+quieren\s+que\s+(?:lo\s+)?(?:sep(?:as|a|an)|conozcas?|conozcan)\b|\bma[ñn]ana\s+(?:te|le|les|se\s+lo)\s+(?:contamos|decimos)\b|\blo\s+que\s+nadie\s+(?:le|te|les)\s+(?:dice|cuenta)\b|\b(?:deslice|desliza)\s+para\b(?!\s+(?:ver|conocer|leer)\s+(?:los|las|el|la|todos\s+los|todas\s+las)\s+(?:ingredientes|pasos|receta|recetas|horarios?|fotos|detalles|consejos|instrucciones|requisitos|fechas|ejercicios))|\b(?:comente|comenten|comenta)\s+[«"“'‘]?s[ií](?![\p{L}])|\b(?:comente|comenten|comenta)\s+[«"“'‘]\p{L}{1,12}(?:\s\p{L}{1,12})?[»"”'’]|\bcomp[aá]rt(?:e|elo|ela|alo|ala)\s+(?:con|a)\s+(?:\d+|dos|tres|cinco|tus|todas?\s+tus)\s+amig|\b(?:lo|la)\s+(?:ignoran|cometen|hacen|pasan\s+por\s+alto)\s+\d+\s+de\s+cada\s+10\b|\blo\s+que\s+(?:tu|su)\s+[\p{L}]+\s+(?:[^.!?\n]{0,30}?\s)?(?:no|nunca|jam[aá]s)\s+(?:te|le)\s+(?:dice|cuenta)\b|\bla\s+parte\s+\d+\s+es\s+la\s+m[aá]s\b|¿\s*(?:tu|su)\s+[\p{L}]+\s+(?:te|le)\s+ha\s+dicho\s+esto\s*\?|\bentra\s+al\s+(?:link|enlace)\s+ya\b|\b(?:pas[oó]|hizo)\s+algo\s+(?:[^.!?\n]{0,40}?\s)?que\s+nadie\s+(?:se\s+)?(?:esperaba|imaginaba)\b|\bmira\s+el\s+video\s+(?:completo\s+)?para\s+(?:saber|ver|descubrir|entender)\b|\bsolo\s+(?:lo|la|se\s+lo)\s+(?:contar[aá]|contaremos|diremos|dir[aá]|revelar[aá]|revelaremos)\s+a\s+quienes\b|\bdale\s+[^\p{L}\s]{1,8}\s+si\b|\bcu[aá]ntos\s+aciertan\b|\b(?:la|el)\s+(?:#\s?|n[uú]mero\s+)\d+\s+(?:(?:la|lo|te|le|les)\s+)?(?:ignora|ignoran|olvida|olvidan|asusta|comete|cometen|tiene|tienen|hace|hacen|sorprende|pasan?\s+por\s+alto)\b|\bhay\s+(?:un|una)\s+[\p{L}]+\s+que\b[^.!?\n]{0,50}\b(?:nunca|jam[aá]s)\b|\bsegur(?:o|amente)\s+(?:la|lo|las|los)\s+tienes?\s+en\s+(?:su|tu)\s+(?:cocina|casa|baño|refri(?:gerador)?|alacena|botiqu[ií]n)\b|\bque\s+nadie\s+(?:te|le|les)\s+(?:cuenta|dice)\b|(?:¿|\b)(?:quieres|quiere|quieren)\s+saber\s+(?:qu[eé]|cu[aá]l|c[oó]mo|por\s+qu[eé])(?![\p{L}])|\b(?:puedes|puede|pueden)\s+adivinar\b|\bhasta\s+(?:leer|ver)\s+(?:esto|este\s+(?:video|post|hilo))\b|\brevela\s+(?:el|los)\s+secretos?\b|\bantes\s+de\s+que\s+l[oa]s?\s+(?:borren|quiten|eliminen|quitemos|borremos)\b|\blike\s*(?:[^\p{L}\s]+\s*)?si\b|\bcomparte\s+para\s+que\b|\bvamos\s+por\s+[\d.,]+\s+(?:compartidos|likes|me\s+gusta)\b|\b(?:tienen|tiene|tienes)\s+que\s+ver\s+esto\b|\b(?:tienes|tienen)\s+que\s+ver(?:lo|la)\s*[.!…]*\s*(?:link|enlace|video)\b|\bnadie\s+nos\s+cre(?:y[oó]|er[aá])(?![\p{L}])|\bactiv(?:a|e|en)\s+(?:(?:las\s+)?notificaciones|la\s+campanita)\b|\bv[eé]a(?:la|lo|las|los)\s+en\s+(?:los\s+)?comentarios\b|\b(?:lo|la|los|las|te|le|les)\s+dejar[aá]n?\s+sin\s+palabras\b|\bdesintoxica\w*\b[^.!?\n]{0,40}?\ben\s+(?:\d+|dos|tres|siete)\s+d[ií]as\b|\bm[aá]s\s+(?:com[uú]n|peligros[oa]|frecuente|grave|seri[oa])\s+de\s+lo\s+que\s+(?:piensas|crees|imaginas|usted\s+(?:piensa|cree))\b|\b(?:te|se|les)\s+lo\s+(?:explicamos|contamos|decimos|mostramos)\s+en\s+(?:nuestras\s+|las\s+|los\s+|el\s+|la\s+)?(?:historias|stories|comentarios|enlace|bio)\b|\bno\s+vuelva\s+a\s+(?:comer|tomar|beber|usar|hacer)\s+esto\b|\bel\s+(?:#\s?|n[uú]mero\s+)\d+\s+est[aá]\s+en\s+(?:su|tu)\b|\bcomparta\s+(?:esta|este)\s+(?:publicaci[oó]n|post)\b|\b(?:la|lo|los|las|me|nos)\s+(?:dej[oó]|dejaron)\s+(?:sin\s+palabras|sin\s+aliento|helad[oa]s?|con\s+la\s+boca\s+abierta)(?![\p{L}])|\b(?:nadie|ning[uú]n\s+\w+)\s+(?:lo\s+)?(?:conoce|espera|esperaba|sabe)\b[^.!?]{0,20}[!.]|\b(?:se\s+la|se\s+lo|se\s+los)\s+contamos\b|\bhistoria\s+completa,?\s+(?:en\s+(?:el\s+)?(?:link|enlace)|en\s+la\s+bio|esta\s+noche|mañana|(?:muy\s+)?pronto|(?:el|este|esta)\s+\p{L}+)(?![\p{L}])|\bparte\s+2\s+mañana\b|\best[aá]n?\s+enloqueciendo\b|\bresponda\s+en\s+los\s+comentarios\b|\bdesc[uú]br(?:elo|ela|elos|elas|alo|ala)\b|\bdescubr[ea]\s+(?:cu[aá]l|qu[eé]|por\s+qu[eé]|c[oó]mo)(?![\p{L}])|\bespera(?:n)?\s+la\s+parte\s+(?:2|dos)\b|¿\s*qu[eé]\s+crees\s+que\s+(?:era|es|fue|pas[oó]|ten[ií]a)(?![\p{L}])|¿\s*qu[eé]\s+es\s*\?\s*(?:toque|toca|toquen|entra|entre|haz\s+clic|dale\s+clic|mira|descubre)\b|\bel\s+truco\s+(?:de\s+[^.!?]{1,20}?\s+)?que\b[^.!?]{0,80}?(?:link|enlace)\b|\bno\s+te\s+lo\s+(?:vas|puedes)\s+(?:a\s+)?perder\b|\bte\s+leemos\s+en\s+(?:los\s+)?comentarios\b|\b(?:odian|odia)\s+este\s+truco\b|¿\s*(?:sabes|sabe|saben)\s+(?:usted\s+)?(?:cu[aá]l|qu[eé])\s+es\s*\?|\bhaz\s+clic\s+y\s+(?:ent[eé]rate|descubre)\b|\bcontin[uú]a\s*[^\p{L}\s]{0,3}\s*en\s+los\s+comentarios\b|\blos\s+\p{L}+\s+lo\s+odian\b|\bcomp[aá]rtelo\s+ya\b|\ben\s+nuestro\s+pr[oó]ximo\s+video,?\s+[^.!?\n]{0,40}?\brevela\b|\bescrib(?:e|an?)\s+[«"“'‘]\p{L}{1,12}[»"”'’]\s+en\s+(?:los\s+)?comentarios\b|\bno\s+te\s+va\s+a\s+gustar\b|\btruco\s+de\s+\d+\s+(?:segundos|minutos)\b|\b(?:lo|la|los|las)\s+elimina\s+para\s+siempre\b|\bdemu[eé]stra(?:lo)?\s+en\s+(?:los\s+)?comentarios\b|\b(?:lo|la)\s+revela(?:mos)?\s+en\s+(?:el\s+)?(?:link|enlace)\b|\b(?:video|historia|art[ií]culo)\s+complet[oa]\s+en\s+(?:el\s+)?(?:link|enlace|bio)\b|\bparte\s+(?:2|dos)\s+(?:si\s+llegamos|cuando\s+lleguemos)\b|\bno\s+te\s+lo\s+vas\s+a\s+creer\b|\bhilo\s+(?:mañana|esta\s+noche|pronto)\b|\b(?:lo|la)\s+comparte\s+solo\s+en\b|\bhay\s+algo\s+que\s+(?:debe|debes|deben)\s+saber\b|\bdescubr[ea]\s+cu[aá]les\b|\bparte\s+1\s+de\s+\d\b|\b(?:la\s+)?parte\s+(?:2|dos)\s+sale\s+(?:mañana|pronto|el)\b|\b(?:nunca|jam[aá]s)\s+(?:comer[ií]an|har[ií]an|usar[ií]an|tomar[ií]an|beber[ií]an)\b(?![^\n]{0,120}:\s*\p{L})|¿\s*cu[aá]l\s+(?:crees|cree|creen)\s+que\s+(?:es|sea|fue|gan[oó]|sobrevivi[oó]|funcion[oó])\s*\?|\bpodr[ií]a\s+perderlo\s+todo\b|\bcomp[aá]rt(?:e|a|an|elo|ela|alo|ala)\s+(?:esta\s+publicaci[oó]n\s+|este\s+(?:post|video|mensaje)\s+)?con\s+\d+\b|\bcomparte\s+(?:este|esta)\s+(?:video|publicaci[oó]n|post)\s+si\b|\b(?:video|historia|art[ií]culo)\s+complet[oa],?\s+(?:el|este|esta|mañana)\b|\b(?:est[eé]|estate|mantente)\s+pendiente\s+de\s+(?:nuestra|la)\s+(?:pr[oó]xima\s+)?publicaci[oó]n\b|\bescrib(?:e|an?)\s+[«"“'‘]\p{L}{1,12}[»"”'’]\s+(?:\S+\s+)?si\b|\betiqu[eé]tal[oa]s?\b(?!\s+(?:siempre\s+)?con\b)|\bva\s+a\s+(?:partir|romper)\s+el\s+coraz[oó]n\b|¿\s*lo\s+tienes\s+en\s+(?:tu\s+)?(?:cocina|casa|refri|baño)\s*\?|\bmira\s+hasta\s+el\s+final\b|\bnadie\s+te\s+dice\s+esto\b|\bsi\s+llegamos\s+a\s+[\d.,]+\s*(?:mil|k)?\s+(?:revelamos|publicamos|contamos)\b|\bno\s+(?:vas|van|va)\s+a\s+adivinar\b|\bnunca\s+adivinar[aá]s\b|\breaccion(?:a|e|en|an)\s+con\s+\S{1,8}\s+si\b|\bcomparte\s+para\s+salvar\b|\buno\s+de\s+(?:ellos|ellas)\s+(?:seguro|seguramente|probablemente)\s+(?:est[aá]|lo\s+tienes?|la\s+tienes?)\s+en\s+(?:su|tu)\b|\bqueremos\s+ver\s+cu[aá]ntos\s+somos\b|\bcon\s+[\d.,]+\s+(?:reacciones|likes|me\s+gusta|comentarios|compartidos)\s+(?:la|lo|las|los)\s+(?:compartimos|publicamos|revelamos|subimos|contamos)(?![\p{L}])/iu,
    anyOf: ['crees', 'creen', 'cree', 'adivinas', 'adivinan', 'adivina', 'teor', 'hizo', 'har', 'hara', 'alguien', 'pista', 'debes', 'debe', 'tienes', 'bio', 'aqu', 'hecho', 'descubres', 'descubrir', 'podemos', 'leer', 'clic', 'tap', 'nombre', 'llegamos', 'llega', 'alcanza', 'algo', 'dejara', 'dejar', 'hilo', 'guardado', 'revelamos', 'va', 'van', 'vas', 'piensas', 'piensan', 'imaginas', 'imaginan', 'like', 'comparte', 'compartan', 'etiqueta', 'comenta', 'piensa', 'imagina', 'creer', 'nadie', 'deslice', 'desliza', 'comente', 'comenten', 'comparta', 'palabras', 'ning', 'contamos', 'completa', 'parte', 'enloqueciendo', 'responda', 'vuelva', 'el', 'la', 'explicamos', 'decimos', 'mostramos', 'quieren', 'desintoxica', 'desintoxicar', 'desintoxicante', 'hay', 'seguro', 'quieres', 'quiere', 'puedes', 'puede', 'pueden', 'hasta', 'revela', 'antes', 'vamos', 'tienen', 'tiene', 'dale', 'aciertan', 'dice', 'cuenta', 'etiquete', 'etiqueten', 'desc', 'descubre', 'descubra', 'espera', 'esperan', 'toque', 'toca', 'toquen', 'entra', 'entre', 'haz', 'mira', 'truco', 'perder', 'leemos', 'odian', 'odia', 'sabes', 'escribe', 'escriba', 'escriban', 'gustar', 'elimina', 'demu', 'demuestra', 'demuestralo', 'video', 'historia', 'art', 'articulo', 'nunca', 'jam', 'jamas', 'cu', 'cuales', 'sale', 'quitemos', 'borremos', 'esperaba', 'conozcas', 'conozca', 'conozcan', 'perderlo', 'complet', 'completo', 'pendiente', 'etiqu', 'etiquetala', 'tala', 'partir', 'romper', 'final', 'si', 'esperas', 'adivinen', 'ellas', 'ellos', 'esto', 'dejando', 'sea', 'hablar', 'solo', 'bamos', 'dejaron', 'reenvia', 'reenv', 'manda', 'mande', 'env', 'vuelvas', 'tambi', 'alto', 'lea', 'lee', 'compartela', 'compartala', 'sabe', 'respuesta', 'raz', 'rt', 'seguramente', 'continuara', 'continuar', 'adivinar', 'adivinaras', 'reacciona', 'reaccionan', 'reaccione', 'reaccionen', 'reacciones', 'sean', 'salvar', 'somos', 'dicho', 'contin', 'continua', 'compartelo', 'rtelo', 'campanita', 'necesitas', 'necesita', 'eelo', 'eela', 'leelo', 'leela', 'dej', 'dejo', 'activa', 'active', 'activen', 'ala', 'alo', 'alas', 'alos', 'veala', 'vealo', 'vealas', 'vealos', 'pas', 'paso', 'sigue', 'siguenos', 'nos', 'contar', 'contara', 'contaremos', 'diremos', 'dir', 'dira', 'revelar', 'revelara', 'revelaremos', 'ver'],
    message: 'A Spanish hook ("te va a sorprender", "no es lo que crees", "like si…") withholds the point or bargains for engagement.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.spanish-withheld-warning',
    type: 'curiosity-gap',
    // "¡NUNCA hagas esto si te quemas!", "Este error lo comete casi TODO el mundo… ¿Lo está haciendo usted?", "¡No tire sus
    // medicamentos antes de ver esto!", "el efecto secundario del que casi nadie habla", "El paso #3 podría costarte la piel",
    // "cambiará tu forma de ver…", "todavía no podemos contarlo", "tiene sentido… cuando la escuchas", "¿Te atreves a adivinar?", "Los pediatras no lo pueden creer", "Vota en los comentarios", "¡No rompas la cadena!", "(el #3 es aterrador)", "Detalles por inbox", "solo en el video completo",
    // "¡DEJA de hacer ESTO!", "podrían estar arruinando tu espalda", "¿De qué lado estás tú?", "¿Eres del 1 %? Comenta tu resultado", "Haz el quiz y presume tu resultado en los comentarios", "no se ponen de acuerdo en nada… excepto en esto. 🧵👇", "Los médicos están en shock", "La respuesta número 3 nos dejó pensando", "¿Se imaginan cuál es?",
    // "Este error con el protector solar puede ARRUINAR tu piel", "hasta que veas esto", "Escríbenos «SÍ» y te decimos cómo", "Síguenos para no perderte la respuesta", "Responde SÍ o NO en los comentarios",
    // "Los doctores están FURIOSOS", "Hay un error que cometen 7 de cada 10 padres…", "NO comas esto después de…", "¡RESULTADOS GARANTIZADOS!… ¡no te quedes fuera!", "te va a cambiar la vida",
    // "Comenta QUIERO y te lo mandamos", "Spoiler: mañana.", "ESTO es lo que… 👉 link en bio", "Escribe AMÉN si…", "¡Queremos llegar a 10,000 comentarios!", "Dale clic para descubrir la causa", "no te la vamos a decir aquí", "La larga la tendrás solo si nos sigues": a warning or a result that names neither the harm nor the fix.
    pattern:
      /\bs[oó]lo\s+(?:\p{L}+\s+){0,4}?si\s+nos\s+(?:sigues|sigue|siguen|das\s+like|dan\s+like|compartes|comparte|comparten)(?![\p{L}])|\b(?:nunca|jam[aá]s)\s+(?:le\s+|les\s+)?(?:hagas|haga|hagan|des|d[eé]|den|comas|coma|tomes|tome|uses|use|pongas|ponga)\s+esto\b|\blo\s+hacen?\s+sin\s+saber(?:lo)?\b|¿\s*(?:te\s+atreves|se\s+atreven?|te\s+animas|se\s+animan?)\s+a\s+(?:adivinar(?:la|lo|las|los)?|descubrir)\b|\bno\s+rompa[sn]?\s+la\s+cadena\b|\b(?:el|la)\s+(?:tercer[oa]|cuart[oa]|quint[oa]|[uú]ltim[oa])\s+(?:nos|te|los|les)\s+(?:sorprendi[oó]|sorprender[aá]|dej[oó]\s+(?:sin\s+palabras|en\s+shock))(?![\p{L}])|\b(?:el|la)\s+(?:#\s?|d[ií]a\s+|paso\s+)\d+\s+es\s+(?:aterrador|impactante|incre[ií]ble|sorprendente|el\s+peor)\b|\bdale\s+(?:rt|like|me\s+gusta|compartir)\s+y\s+(?:te|se|les)\s+(?:lo|la)\s+(?:decimos|contamos|revelamos|mostramos)\b|\b(?:las|los)\s+primer[oa]s\s+\d+\s+(?:personas\s+)?que\s+(?:compartan|comenten|etiqueten)\b|\b(?:necesitas|necesita|tienes\s+que|tiene\s+que)\s+leer\s+esto\b|\bpara\s+(?:contarte|decirte|contarle|decirle|contarles|decirles)\s+(?:cu[aá]l|qu[eé])\s+es\b|\bla\s+respuesta\s+(?:te\s+|le\s+|les\s+)?(?:sorprende|sorprender[aá]|sorprendi[oó]|(?:podr[ií]a|puede|va\s+a)\s+sorprender(?:te|le|les)?)(?![\p{L}])|\b(?:dos|tres|cuatro|cinco|\d)\s+palabras\s+que\s+(?:pueden|podr[ií]an|van\s+a)\s+cambiar\b|\bno\s+lo\s+(?:pueden|podr[aá]n|pod[ií]an)\s+creer\b|\bhizo\s+una\s+sola\s+cosa\b|\bvot(?:a|e|en)\s+en\s+los\s+comentarios\b|¿\s*(?:(?:usted|t[uú])\s+)?(?:lo|la)\s+est[aá]s?\s+(?:haciendo|cometiendo)(?:\s+(?:usted|t[uú]))?\s*\?|\b(?:lo|la)\s+(?:comete|cometen|hace|hacen)\s+casi\s+todo\s+el\s+mundo\b|\bcasi\s+tod[oa]s\s+(?:lo|la)\s+(?:cometen|hacen)\b|\bcasi\s+ning[uú]n\s+\p{L}+\s+(?:lo\s+|la\s+)?(?:nota|sabe|conoce|ve)(?![\p{L}])|\bm[ií]ral[ao]s?\s+en\s+(?:nuestro|el)\s+pr[oó]ximo\s+(?:video|post|reel|live)\b|\bantes\s+de\s+(?:ver|leer)\s+esto\b|\b(?:del|de\s+la|de\s+lo)\s+que\s+(?:casi\s+)?nadie\s+habla\b|\bel\s+paso\s+(?:#\s?|n[uú]mero\s+)?\d+\s+(?:podr[ií]a|puede|te|le|lo)\b|\bcambiar[aá]\s+(?:tu|su)\s+(?:forma|manera)\s+de\s+(?:ver|pensar)\b|\b(?:todav[ií]a|a[uú]n)\s+no\s+(?:(?:te|le|les)\s+)?(?:podemos|se\s+puede)\s+(?:contarlo|decirlo|revelarlo|decir(?:te|le|les)?\s+(?:m[aá]s|qu[eé]\s+es|cu[aá]l\s+es)|contar(?:te|le|les)?\s+(?:m[aá]s|qu[eé]\s+es))\b|\b(?:el|la|los|las)\s+\p{L}+\s+#\s?1\s+que\s+(?:debes|debe|deben|nunca|jam[aá]s|tod[oa]s)\b|\bdetalles\s+(?:por|en|al)\s+(?:inbox|dm|privado|mensaje\s+privado)\b|\b(?:explica|explicamos|cuenta|contamos|revela|revelamos)\s+(?:por\s+qu[eé]|c[oó]mo|cu[aá]l)\s+(?:\p{L}+\s+){0,2}?en\s+la\s+parte\s+(?:2|dos)\b|\blo\s+que\s+(?:encontr[oó]|vio|descubri[oó]|hall[oó])(?![\p{L}])[^.!?]{0,80}?\b(?:te|le|les)\s+har[aá]n?\s+\p{L}+|\bsolo\s+en\s+el\s+(?:video|art[ií]culo|episodio|en\s+vivo)\s+completo\b|(?:…|\.\.\.)\s*cuando\s+(?:la|lo|las|los)\s+(?:escuchas|escuches|escuche|oyes|lees|leas|lea|ves|veas|vea)\b|\bdej(?:a|e|en)\s+de\s+(?:hacer|comer|tomar|beber|usar)\s+esto\b(?!\s*:)|\beste\s+(?:h[aá]bito|error|alimento|truco)\s+que\s+[^.!?\n]{0,40}?est[aá]\s+(?:arruinando|dañando|destruyendo)\b|\bpodr[ií]an?\s+estar\s+(?:arruinando|dañando|destruyendo|lastimando)\s+(?:tu|su|sus|tus)\b(?![^.!?\n]*:)|¿\s*de\s+qu[eé]\s+lado\s+est[aá](?:s|n)?(?:\s+(?:t[uú]|usted|ustedes))?\s*\?|\bcomenta\s+tu\s+resultado\b|\b(?:excepto|salvo|menos)\s+(?:en\s+)?esto\s*[.!…]*\s*(?:🧵|👇|⬇️|$)|\b(?:presume|comparte|deja|pon)\s+tu\s+(?:resultado|puntaje|puntuaci[oó]n|calificaci[oó]n)\s+en\s+(?:los\s+)?comentarios\b|¿\s*eres\s+del\s+\d+\s*%\s*\?|\blos\s+(?:m[eé]dicos|doctores|expertos|pediatras|dentistas|\p{L}+[oó]logos)\s+est[aá]n\s+(?:en\s+shock|furiosos|alarmados|impactados)(?![\p{L}])|\bhay\s+un\s+error\s+que\s+(?:comete|cometen|hace|hacen)\b(?![^.!?\n]*:)|\bno\s+(?:comas|coma|tomes|tome|uses|use|hagas|haga)\s+(?:nunca\s+)?esto\b(?!\s*:)|\bresultados\s+garantizados\b|\bno\s+te\s+quedes\s+fuera\b|\b(?:te|le|les)\s+va\s+a\s+cambiar\s+(?:la\s+vida|la\s+rutina|todo)\b|\b(?:comenta|responde|responda|escribe|escriba)\s+\S{2,12}\s+y\s+te\s+(?:lo|la|los|las)\s+(?:mandamos|enviamos)\b|\bspoiler\s*:\s*(?:mañana|pronto|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))(?![\p{L}])|\besto\s+es\s+lo\s+que\s+[^.!?\n]{0,60}?(?:link|enlace)\s+en\s+(?:la\s+)?bio\b|\bescrib(?:e|an?)\s+\p{Lu}{2,12}\s+si\b|\bqueremos\s+llegar\s+a\s+[\d.,]+\s+(?:comentarios|likes|compartidos|seguidores|me\s+gusta)(?![\p{L}])|\b(?:dale|haga|haz|den)\s+clic\s+para\s+(?:descubrir(?:lo|la|los|las)?|saber|ver|conocer)\b|\b(?:mensaje|video|historia)\s+complet[oa]\s+solo\s+para\s+quienes\b|\bno\s+(?:(?:te|se|les)\s+)?(?:lo|la|los|las)\s+vamos\s+a\s+(?:decir|contar|revelar)\s+aqu[ií](?![\p{L}])|\bla\s+respuesta\s+(?:n[uú]mero\s+|#\s?)\d+\s+(?:nos|te|les|me)\s+(?:dej[oó]|hizo\s+(?:llorar|re[ií]r|pensar))(?![\p{L}])|¿\s*(?:se\s+imaginan|te\s+imaginas|se\s+imagina)\s+(?:cu[aá]l|qu[eé])\s+es\s*\?|\beste\s+error\s+(?:con\s+[^.!?\n]{1,30}?\s+)?(?:puede|podr[ií]a)\s+(?:arruinar|dañar|destruir)\b|\bhasta\s+que\s+(?:veas|vea|lea|leas)\s+esto\b|\bescr[ií]be(?:nos)?\s+[«"“'‘]\p{L}{1,12}[»"”'’]\s+y\s+te\s+(?:decimos|contamos|enviamos|mandamos)\b|\bs[ií]gue(?:nos)?\s+para\s+no\s+perderte\s+(?:la\s+respuesta|la\s+parte\s+(?:2|dos)|la\s+segunda\s+parte)\b|\brespond(?:e|a|an)\s+[«"“'‘]?s[ií][»"”'’]?\s+o\s+[«"“'‘]?no[»"”'’]?\s+en\s+(?:los\s+)?comentarios\b/iu,
    anyOf: ['presume', 'comparte', 'pon', 'este', 'comenta', 'spoiler', 'esto', 'escribe', 'escriba', 'escriban', 'queremos', 'dale', 'vamos', 'furiosos', 'hay', 'no', 'resultados', 'quedes', 'cambiar', 'error', 'hasta', 'escr', 'escribenos', 'sigue', 'siguenos', 'nos', 'responde', 'responda', 'respondan', 'deja', 'deje', 'dejen', 'arruinando', 'da', 'ando', 'destruyendo', 'lastimando', 'lado', 'resultado', 'eres', 'shock', 'alarmados', 'impactados', 'casi', 'cometiendo', 'clic', 'completa', 'ral', 'rala', 'ralo', 'mirala', 'miralo', 'imaginan', 'imaginas', 'imagina', 'nunca', 'jam', 'jamas', 'haciendo', 'comete', 'cometen', 'hace', 'hacen', 'antes', 'habla', 'paso', 'todav', 'todavia', 'aun', 'podemos', 'puede', 'cuando', 'sin', 'atreves', 'atreve', 'atreven', 'respuesta', 'palabras', 'creer', 'hizo', 'vota', 'vote', 'voten', 'animas', 'anima', 'animan', 'cadena', 'detalles', 'parte', 'encontr', 'vio', 'descubri', 'hall', 'completo', 'que', 'es', 'leer', 'contarte', 'decirte', 'contarle', 'decirle', 'contarles', 'decirles', 'primeros', 'primeras', 'sorprendi', 'sorprendio', 'sorprender', 'sorprendera', 'dej'],
    message: 'A Spanish warning or result ("nunca hagas esto", "el error que casi todos cometen") that keeps back what it is.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.spanish-held-for-later',
    type: 'curiosity-gap',
    // "Nuestra endocrinóloga responde mañana", "Parte 2 el viernes", "Lo que encontramos lo cambió todo", "Lo revelamos el viernes", "Le
    // decimos qué es en nuestro próximo live", "Sus respuestas, en nuestra historia", "Lo explicamos en el próximo mensaje", "te
    // hará pensarlo dos veces… desliza 👉", "Segunda parte mañana", "Lo compartimos el domingo…", "Les contamos todo en nuestro próximo video", "Lo contamos mañana", "Resultados el lunes 🗳️": the answer or the rest of the story comes later.
    pattern: /(?:^|[.!?…]\s*)resultados,?\s+(?:el|este|esta|mañana|pronto)(?![\p{L}])|\brespuestas?(?:\s+correctas?)?,?\s+(?:el|este|esta|mañana|pronto|en\s+(?:los\s+)?comentarios|en\s+(?:nuestras\s+|las\s+)?(?:historias|stories)|a\s+las)\b|\blo\s+sabr[aá]n?s?\s+(?:el|este|esta|mañana|pronto)(?![\p{L}])|\ben\s+(?:un|el|nuestro)\s+(?:video|live|en\s+vivo|reel)\s+que\s+(?:subiremos|publicaremos|compartiremos|subimos)\s+(?:el|este|esta|mañana|pronto)(?![\p{L}])|\brespuestas?,?\s+en\s+la\s+(?:segunda|pr[oó]xima|siguiente)\s+parte\b|\bel\s+video,?\s+en\s+nuestr[ao]s\s+(?:historias|stories|perfil|bio)\b|\b(?:respuestas?|resultados?),?\s+en\s+(?:el|nuestro|la|nuestra)\s+(?:pr[oó]xim[oa]|siguiente)\s+(?:video|post|publicaci[oó]n|reel|live|historia)\b|\ben\s+(?:el|nuestro|la|nuestra)\s+(?:pr[oó]xim[oa]|siguiente)\s+(?:post|publicaci[oó]n|video|historia)\s+(?:te|le|les)\s+(?:decimos|diremos|contamos|mostramos)\b|\b(?:dice|dir[aá]|cuenta|contar[aá]|revela)\s+(?:cu[aá]l|qu[eé])\s+es\s*(?:…|\.\.\.)?\s*(?:mañana|pronto|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))(?![\p{L}])|\b(?:el|los)\s+resultados?\s*(?:,|:|\s+se\s+(?:revela|revelan|conoce|sabr[aá]))\s*(?:(?:este|esta|el)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|fin\s+de\s+semana)|mañana|esta\s+noche|pronto)(?![\p{L}])|\b(?:responde|contesta|explica|revela)\s+(?:mañana|pronto|esta\s+noche|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))\b|\b(?:parte\s+(?:2|dos)|segunda\s+parte)\s+(?:pronto|mañana|esta\s+noche|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))\b|\blo\s+que\s+(?:encontramos|descubrimos|vimos|hallamos)\s+(?:lo\s+)?cambi[oó]\s+todo\b|\badivin(?:a|en|an)\s+(?:cu[aá]l|qu[eé]|qui[eé]n)(?![\p{L}])|\b(?:mañana|pronto|esta\s+noche)\s+(?:la|lo|las|los)\s+compartimos(?![\p{L}])|\b(?:(?:se|te)\s+(?:lo|la|los|las)|les)\s+(?:decimos|diremos|contamos|contaremos|revelamos|revelaremos|mostramos|mostraremos)\s+(?:todo\s+)?(?:mañana|pronto|esta\s+noche|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|en\s+(?:el|nuestro)\s+próximo)|\b(?:mañana|pronto|esta\s+noche|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))\s+(?:(?:lo|la|los|las|(?:se|te)\s+l[oa]s?|les|le|te)\s+)?(?:revelamos|decimos|contamos|publicamos|(?:damos|compartimos)\s+la\s+respuesta)\b|\b(?:lo|la|los|las)\s+(?:revelamos|publicamos|compartimos)\s+(?:el|en|a\s+las|mañana|esta|pronto)\b|\bpregunta\s+que\s+(?:casi\s+)?nadie\s+se\s+atreve\s+a\s+hacer\b[^.!?\n]{0,40}[.!?…]+\s*(?:la|lo)\s+(?:respondemos|contestamos|contestaremos|responderemos)\b|\b(?:lo|la|los|las|se\s+lo|te\s+lo)\s+(?:contamos|decimos)\s+(?:mañana|pronto|esta\s+noche|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))(?![\p{L}])|\b(?:le|te|les)\s+(?:decimos|diremos|contamos)\s+(?:qu[eé]|cu[aá]l)(?:\s+es)?\s+en\b|\b(?:lo|la)\s+revela\s+(?:este|esta|el|mañana)\b|\b(?:te|se|les)\s+l[oa]s?\s+(?:cuenta|dice|explica|revela)\s+(?:mañana|pronto|esta\s+noche|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))(?![\p{L}])|\b(?:responde|contesta)\s+en\s+\d+\s+horas\b|\brespuestas?,?\s+en\s+(?:el|la|nuestr[oa]s?)\s+(?:historias?|stories|video|art[ií]culo|enlace|link|blog|pr[oó]xim[oa])\b|\bparte\s+(?:2|dos)\s+en\s+(?:\d+\s+horas|nuestr[ao]s\s+(?:historias|stories))\b|\b(?:lo|la|los|las|se\s+lo|te\s+lo)\s+(?:explicamos|contamos|revelamos|decimos|mostramos)\s+en\s+(?:el|la|nuestr[oa])\s+(?:pr[oó]xim[oa]|siguiente)\b|\b(?:te|le|les)\s+(?:har[aá]n?|van?\s+a\s+hacer)\s+(?:pensarlo|pens[aá]rtelo|dudar|pensar\s+dos\s+veces)\b|\bma[ñn]ana\s+(?:a\s+las\s+\d{1,2}(?::\d\d)?\s+)?(?:(?:le|te|les)\s+)?(?:decimos|contamos|revelamos)\s+(?:cu[aá]l|qu[eé])(?![\p{L}])|\b(?:desliza|deslice)(?=\s*(?:[👉➡→]|$))|\b(?:te|se|les)\s+l[oa]s?\s+(?:contamos|explicamos|decimos|mostramos)\s*(?:…|\.\.\.)?\s*en\s+la\s+parte\s+(?:2|dos)\b|(?:…|\.\.\.)\s*en\s+nuestr[ao]s?\s+(?:historias?|stories|bio)\b|\blo\s+que\s+pas[oó]\s+despu[eé]s\b|\b(?:te|se|les)\s+l[oa]s?\s+(?:contamos|explicamos|decimos|mostramos|enseñamos)\s+en\s+(?:la|el|nuestr[oa])\s+(?:historia|video|live|post|reel|publicaci[oó]n)\s+(?:de|del)\s+(?:mañana|esta\s+noche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?![\p{L}])|\bma[ñn]ana\s+(?:a\s+las\s+[\d:.]+\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)?\s+)?(?:compartimos|publicamos|revelamos|contamos)\s+(?:en\s+(?:este|nuestro)\s+(?:canal|perfil|grupo)\s+)?el\s+(?:dato|secreto|truco|consejo|error)\s+que\b|\b(?:mañana|pronto|esta\s+noche|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))\s*[,:]\s*la\s+respuesta\s*(?:[.!…]|$)|\b(?:le|te|les)\s+(?:dice|dir[aá]|cuenta|contar[aá])\s+(?:qu[eé]|cu[aá]l)(?:\s+es)?\s+en\s+(?:el|la|nuestr[oa])\s+(?:pr[oó]xim[oa]|siguiente)\s+(?:video|post|publicaci[oó]n|reel|live|historia)\b|\b(?:publicaremos|compartiremos|subiremos|revelaremos)\s+algo\s+que\b|\bes\s+el\s+m[aá]s\s+(?:sorprendente|impactante|incre[ií]ble)\s*(?:…|\.\.\.)/iu,
    anyOf: ['dice', 'dir', 'dira', 'cuenta', 'contar', 'contara', 'pr', 'proximo', 'proxima', 'siguiente', 'segunda', 'compartimos', 'respuesta', 'respuestas', 'resultado', 'resultados', 'sabr', 'sabras', 'sabra', 'sabran', 'subiremos', 'publicaremos', 'compartiremos', 'subimos', 'adivina', 'adivinen', 'adivinan', 'decimos', 'diremos', 'contamos', 'contaremos', 'revelamos', 'revelaremos', 'publicamos', 'responde', 'contesta', 'explica', 'revela', 'parte', 'encontramos', 'descubrimos', 'vimos', 'hallamos', 'explicamos', 'mostramos', 'mostraremos', 'har', 'hara', 'haran', 'pensarlo', 'veces', 'ense', 'respondemos', 'contestamos', 'pensartelo', 'rtelo', 'dudar', 'desliza', 'deslice', 'historia', 'historias', 'stories', 'bio', 'pas', 'paso', 'sorprendente', 'impactante', 'incre', 'increible'],
    message: '"Adivina cuál… ¡Respuesta el lunes!" keeps the answer for later to make people come back.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.held-for-later',
    type: 'curiosity-gap',
    // Every wording opens with c, a, h, t, k, w or "(": the lookahead lets the regex skip other positions fast, which with `iu` matters (8 µs a post without it).
    pattern: /(?=[cahtkw(])(?:\bcome\s+(?:find\s+out|see\s+(?:which|what|why|who))\b|\banswer\s+at\s+(?:\d|noon)|\banswer\s+(?:\([^)]{0,60}\)\s+)?(?:comes|drops|is\s+coming|will\s+be\s+(?:posted|revealed|shared))\s+(?:tomorrow|later|tonight|next\s+week|on\s+\w+day)\b|\bthe\s+reason(?:\s+why)?\s+is\s+(?:kind\s+of\s+|honestly\s+|so\s+|pretty\s+|really\s+|a\s+(?:little|bit)\s+)?(?:infuriating|shocking|surprising|wild|maddening|frustrating|heartbreaking|scary|eye-?opening)\b(?=[^\p{L}\d]*$)|\b(?:his|her|their|the)\s+(?:[\p{L}'’-]+\s+)?reaction\s+(?:is|was)\s+(?:still\s+)?(?:the\s+talk|priceless|everything|unforgettable|gold)\b|\bknows?\s+the\s+real\s+reason\b|\bwe['’]ll\s+(?:post|share|reveal|tell\s+you)\s+(?:it|them|the\s+[\p{L}-]+)\s+(?:once|when|after|as\s+soon\s+as)\b|\bcontinues\s+in\s+(?:the\s+)?(?:comments|first\s+comment)\b|\((?:more|the\s+rest|(?:the\s+)?(?:full\s+)?story)\s+in\s+(?:the\s+)?comments\.?\))/iu,
    // "we'll" gives the run "ll"; "(More in the comments.)" keeps a story for the comments; "Vote now — the answer (and a twist) comes tomorrow" keeps a poll's answer; "The reason why is kind of infuriating. 🧵👇" ends the post on the reason it keeps.
    anyOf: ['come', 'answer', 'reaction', 'know', 'knows', 'll', 'comments', 'reason'],
    message: 'Keeps the answer or the story for later, or for those who click.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.want-to-know',
    type: 'curiosity-gap',
    pattern: /\b(?:want|wanna|dying)\s+to\s+know\s+(?:what|which|why|how|who)(?:\s+(?:it\s+is|they\s+are|it\s+was))?\s*\?/i,
    anyOf: ['want', 'wanna', 'dying'],
    message: 'Asks whether readers want to know instead of telling them.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.read-this',
    type: 'curiosity-gap',
    pattern:
      /\byou['’]ll\s+(?:want|need)\s+to\s+(?:read|see|hear)\s+(?:this|these|it)\b|\breveal(?:s|ed)?\s+(?:the|their|our)\s+(?:#\s*1\s+|number\s+one\s+|biggest\s+|top\s+)?(?:mistakes?|secrets?|reasons?|signs?|habits?|foods?)\b(?![^.!?\n]*:)/i,
    anyOf: ['want', 'need', 'reveal', 'reveals', 'revealed'],
    message: 'Promises a reveal and leaves it behind a click.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.nobody-talks-about',
    type: 'curiosity-gap',
    // "I've never said this publicly. Until today. (1/7)": the thread opener stops where its point would be.
    pattern:
      /\b(?:nobody|no\s+one)\s+(?:talks|is\s+talking|tells\s+you|mentions|warns\s+you)\s+about\s+(?:this|these|it|that)\b|\buntil\s+(?:now|today)\s*[.!…]*\s*(?:\(\s*1\s*\/\s*\d+\s*\)|1\s*\/\s*\d+|🧵)?\s*(?=\s*(?:\n\s*[-—–]\s*[^\n]{1,40})?\s*$)/iu,
    anyOf: ['nobody', 'one', 'now', 'today'],
    message: 'Frames a fact as hidden knowledge to pull readers in.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.serial-teaser',
    type: 'curiosity-gap',
    // "Last night taught me something nursing school never did. Part 1 of 3 ⬇️": the lesson is held back for the next parts.
    pattern:
      /\b(?:taught|showed)\s+me\s+(?:something|one\s+thing|a\s+lesson)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}?(?:never|didn['’]t|couldn['’]t|can['’]t)(?:\s+(?:did|could|will|can|teach|have))?\s*[.!…]|\bpart\s+(?:1|one)\s+of\s+(?:[2-9]|two|three|four|five)\b\s*(?:⬇️|⬇|👇|🧵|↓|[.!:…])*\s*$/iu,
    anyOf: ['taught', 'showed', 'part'],
    message: 'Holds the story\'s point back for later posts.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.trailing-reveal',
    type: 'curiosity-gap',
    pattern: /\b(?:weighs?\s+in|explains?|reveals?|has\s+the\s+answer|answers?|finds?\s+out|investigates?)\s*(?:\.{3}|…)/i,
    anyOf: ['weigh', 'weighs', 'explain', 'explains', 'reveal', 'reveals', 'answer', 'answers', 'find', 'finds', 'investigate', 'investigates'],
    message: 'Trails off right where the expert\'s answer should be.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.secretly-harming',
    type: 'curiosity-gap',
    pattern:
      /\b(?:this|that|the|one)\s+(?:[\w'’-]+\s+){0,4}?(?:secretly|quietly|silently)\s+(?:ruin|wreck|damag|harm|kill|sabotag|hurt|destroy|poison)\w*/i,
    anyOf: ['secretly', 'quietly', 'silently'],
    message: 'Warns of an unnamed thing doing hidden harm, so readers must click to learn what.',
    suggestion: 'Name the food, habit or product and what the evidence says about it.',
  },
  {
    id: 'clickbait.cliffhanger',
    type: 'curiosity-gap',
    pattern:
      /\bone\s+(?:number|thing|result|finding|stat|detail|answer)\s+(?:surprised|shocked|stunned|floored)\s+(?:all\s+of\s+us|us\s+all|us|everyone|our\s+(?:whole\s+)?team)\s*[.!…]*(?:\s|🧵|👇|⬇️)*$|[.!?]\s+(?:it|things|that)\s+(?:didn['’]t|did\s+not)\s+go\s+(?:well|as\s+planned|the\s+way\s+\w+\s+planned)\s*[.!…]*\s*$|\bwhat\s+(?:he|she|they|we|i|(?:our|the|one|a)\s+[\w'’-]+)\s+(?:found|saw|discovered|learned|heard)(?:\s+[\w#'’-]+){0,6}?\s+(?:changed|shocked|stunned|surprised|amazed|floored|will|stopped\s+(?:us|me|them|everyone)\s+in\s+(?:our|my|their)\s+tracks|(?:still\s+)?(?:has|had|have|left)\s+(?:them|everyone|us|(?:our|the)\s+[\w'’-]+)\s+(?:talking|speechless|stunned|shocked|baffled))\b|\bwhat\s+(?:one|this|a)\s+(?:[\w'’-]+\s+){0,3}(?:did|does|tried)\s+(?:instead\s+)?(?:saved|changed|shocked|will\s+(?:save|surprise|shock))\b|[.!?]\s+here['’]s\s+(?:why|how|what\s+happened)\s*[.!…]*\s*$|\bis\s+yours\s+(?:on\s+the\s+list|one\s+of\s+them|among\s+them|affected|next)\s*\?/i,
    anyOf: ['surprised', 'shocked', 'stunned', 'floored', 'didn', 'did', 'does', 'tried', 'found', 'saw', 'discovered', 'learned', 'heard', 'here', 'yours'],
    message: 'Ends on a cliffhanger ("It didn\'t go well", "One number surprised all of us", "What she found changed everything", "What our pharmacists found still has them talking", "Here\'s why") instead of the story\'s point.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.emotion-promise',
    type: 'hype',
    pattern: /\b(?:will|is\s+going\s+to|gonna)\s+make\s+you\s+(?:cry|sob|tear\s+up|gasp|ugly[- ]cry)\b|\bwatch\s+(?:till|until|til|to|through)\s+the\s+(?:very\s+)?end\b/i,
    anyOf: ['make', 'watch'],
    message: 'Promises readers an emotion or a payoff at the end to keep them watching, instead of telling the story.',
    suggestion: 'Tell the story plainly; let readers decide how it makes them feel.',
  },
  {
    id: 'clickbait.cant-say-who',
    type: 'curiosity-gap',
    pattern: /\b(?:we|i)\s+(?:can['’]?t|cannot|won['’]t)\s+(?:tell|say|reveal)\s+(?:you\s+)?(?:who|which\s+one)\b\s*(?:…|\.{3}|[,—–-]*\s*but\b)/i,
    anyOf: ['tell', 'say', 'reveal'],
    message: '"A famous face walked in… we can\'t tell you who" teases who was here, which both baits a click and invites guesses about a patient.',
    suggestion: 'Leave out who may have visited; post what you can say in full.',
  },
  {
    id: 'clickbait.wants-you-to-instead',
    type: 'curiosity-gap',
    pattern: /\bwhat\s+(?:[\p{L}.’'-]+\s+){1,5}wants?\s+you\s+to\s+(?:do|know|try|eat|stop|avoid)\s+instead\b/iu,
    anyOf: ['wants', 'want'],
    message: '"What our physical therapist wants you to do instead" holds the advice back for a click.',
    suggestion: HOLDS_BACK,
  },
  {
    id: 'clickbait.one-question-forgotten',
    type: 'curiosity-gap',
    // "The difference comes down to one question most people forget to ask.": the question itself is never given.
    pattern: /\b(?:comes?\s+down\s+to|depends\s+on)\s+(?:one|a\s+single)\s+(?:question|thing|detail|word|step)\s+(?:most|many)\s+(?:people|patients|parents|families)\s+(?:forget|never\s+think|don['’]t\s+think)\s+to\s+(?:ask|check|mention)\b(?![^.!?\n]*[:"“])/i,
    anyOf: ['down', 'depends'],
    message: '"It comes down to one question most people forget to ask" keeps the question back for a click.',
    suggestion: HOLDS_BACK,
  },
];
