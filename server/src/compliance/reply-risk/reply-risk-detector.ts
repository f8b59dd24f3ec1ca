import { mayHoldAdvice } from '../advice/advice-content';
import { OTHER_VISIT_CONTEXT } from '../confirmation/confirmation-rules';
import { indexDirectory, namesListedPerson } from '../directory/directory-index';
import { trimSpan, wordedSentenceSpans, wordedSentences, type Span } from '../text/sentences';
import { wordTokens } from '../text/word-tokens';
import { findHealthTerms } from '../vocab/health-term-index';
import type { DetectorContext, Finding } from '../types';
import { CARE_OR_VISIT_RE } from './care-or-visit-words';
import { onlyPassesOnPraise } from './praise-passed-on';
import { praisesOurPlaceOnly } from './praise-of-our-place';
import { replyRiskScorer, spanishReplyRiskScorer, type ReplyRiskScorer, type ReplyRiskScores } from './reply-risk-classifier';
import { isSpanishSentence, isSpanishText } from '../text/spanish-sentence';
import { REPLY_RISK_LABELS, type ReplyRiskLabel } from './reply-risk-model-format';
import { endsWithAnyTextsSignOff, signOffStart } from '../text/trailing-sign-off';
import { withoutNamedClosing } from '../text/courtesy-closing';
import { courtesyOpenerEnd, withoutGreeting } from '../text/courtesy-opener';
import { onlySpanishThanks } from './spanish-thanks-only';
import { isShareOfMany } from '../text/share-of-many';
import { ABOUT_SOMEONE_RE, SPANISH_ABOUT_SOMEONE_RE } from '../text/about-someone';

const WORDING: Record<ReplyRiskLabel, { type: string; message: string; suggestion: string }> = {
  'patient-confirmation': {
    type: 'confirms-patient',
    message:
      'This reply reads as confirming that the person is or was a patient here (a visit, a result, a stay, a "great to see you"). Confirming care on a public thread discloses PHI.',
    suggestion: 'Reply without saying or implying they were seen here, e.g. "Thank you for the kind words — we\'ll pass them on to the team."',
  },
  'medical-advice': {
    type: 'individual-advice',
    message:
      'This reply reads as individual medical advice (what to take, what it probably is, or that they need not be seen). Advice to one person belongs with a clinician who knows their history.',
    suggestion:
      'Route instead of advising, e.g. "Please call our 24/7 nurse line at … — a nurse can talk this through with you. If it is an emergency, call 911."',
  },
};


/**
 * "It has been a privilege to care for you", "glad you're feeling better", "the tent could patch you up": the reply itself
 * speaks of the person's care or health, so a comment about volunteering, donating or one of our public events no longer
 * shows that the care it confirms is none.
 */
const SPEAKS_OF_THEIR_CARE_RE =
  /\b(?:feel(?:s|ing)?\s+better|(?:care|cared|caring)\s+for\s+(?:you|her|him|them)|patch(?:ed)?\s+(?:you|her|him|them)\s+up|(?:your|her|his|their)\s+(?:follow-?up|recovery|visit|appointment|results?|treatment|surgery|stay|stitches)|bandages?|stitches)\b/i;

/** "For privacy reasons we can't share whether anyone is a patient", "We never comment on whether…": the reply refuses to confirm. */
const PRIVACY_REFUSAL_RE =
  /\b(?:can['’]?t|cannot|can\s+not|don['’]t|do\s+not|never|unable\s+to)\s+(?:share|confirm|discuss|say|comment\s+on|give\s+out)\s+(?:whether|if|who|any|information|details|anything)\b|\bfor\s+privacy\s+reasons\b/i;
/** Community events we run or join, named in a reply or in the comment it answers. */
const COMMUNITY_EVENTS = String.raw`fair|festival|5k|10k|fun\s+run|parade|expo|open\s+house|block\s+party|(?:the|charity|fundraising|memorial)\s+walk(?![-\s]?ins?\b)|gala|fundraiser`;
/** "Glad you stopped by our booth at the 5K": meeting someone at a public event confirms no care. */
const PUBLIC_EVENT_RE = new RegExp(String.raw`\b(?:booth|tent|${COMMUNITY_EVENTS}|farmers['’]?\s+market|registration\s+link)\b`, 'i');
/**
 * "Thanks for the candy at your trunk-or-treat!": a comment about a community event we ran or sponsored. Without "I",
 * "my" or "me" it tells nothing of the writer's care ("Dr. Whitfield is the reason I can run the Turkey Trot" does).
 */
const PUBLIC_EVENT_CONTEXT_RE = new RegExp(
  String.raw`\b(?:${COMMUNITY_EVENTS}|turkey\s+trot|trunk-or-treat|clean-?up|teddy\s+bear\s+clinic|panel|webinar|sponsor(?:ing|ed|s)?|tournament|(?:parent|info|family|game|trivia)\s+night|(?:facebook|fb|ig|instagram)\s+live|live\s*stream|q\s*&\s*a|seminar|workshop|lecture|(?:community|yoga|fitness|exercise|cooking|nutrition|tai\s+chi|zumba|dance|cpr|first\s+aid|babysitting)\s+class(?:es)?|walking\s+group)\b`,
  'i',
);

/** "love your page", "my nana watches all your videos": a comment about what we post, which tells nothing of anyone's care. */
const ABOUT_OUR_POSTS_CONTEXT_RE = /\b(?:love|loving|loved|enjoy(?:s|ing)?|follow(?:s|ing)?|watch(?:es|ing)?|read(?:s|ing)?)\s+(?:all\s+)?(?:your|ur)\s+(?:[\w-]+\s+){0,2}(?:page|posts?|videos?|content|account|feed|reels?|newsletters?)\b/i;
const CARE_WORDS_RE = /\b(?:patient|doctor|dr|nurse|visit|appointment|surgery|treat\w*|care|cared|saw|seen|delivered|stitch\w*|er|hospital|clinic)\b/i;
/**
 * "Voting for B!", "Voted for Saturday mornings!", "My guess: vitamin C", "Registered today!! 💚": a vote, guess or entry in
 * one of our polls, quizzes or giveaways, or a sign-up for a registry or drive.
 */
const ENGAGEMENT_CONTEXT_RE =
  /^\W*(?:(?:i\s+)?vot(?:ed|ing|e)\b|(?:my\s+)?(?:vote|guess|answer|pick)\s*(?:is\b|:)|(?:i\s+)?(?:just\s+)?(?:entered|registered|signed\s+up)\b|count\s+me\s+in\b|(?:team|option)\s+\w\b)/i;
/** "Gracias por el video de hoy", "me encantan sus publicaciones": the same, in Spanish. */
const SPANISH_ABOUT_OUR_POSTS_CONTEXT_RE =
  /(?<![\p{L}])(?:gracias\s+por|me\s+encant(?:a|an|[oó])|(?:siempre\s+)?(?:sigo|veo|leo|comparto))\s+(?:(?:el|la|los|las|su|sus|tu|tus|este|esta|estos|estas)\s+)?(?:\p{L}+\s+){0,2}?(?:videos?|publicaci[oó]n(?:es)?|p[aá]gina|contenido|posts?|reels?|transmisi[oó]n|en\s+vivo|infograf[ií]as?)(?![\p{L}])/iu;
const SPANISH_CARE_WORDS_RE =
  /(?<![\p{L}])(?:pacientes?|doctor\p{L}*|dra?|enfermer\p{L}*|citas?|consultas?|cirug[ií]as?|atend\p{L}*|cuid\p{L}*|hospital\p{L}*|cl[ií]nica|tratamientos?|terapias?|operaron|parto|naci\p{L}*|quimio\p{L}*|diagn[oó]stic\p{L}*)(?![\p{L}])/iu;
const aboutOurPostsOnly = (context: string | undefined): boolean =>
  !!context && (ABOUT_OUR_POSTS_CONTEXT_RE.test(context) || ENGAGEMENT_CONTEXT_RE.test(context)) && !CARE_WORDS_RE.test(context);
/** The Spanish model heard care in thanks for a video; a reply that speaks of a visit ("tu próxima cita") is still heard. */
const aboutOurSpanishPostsOnly = (ctx: DetectorContext): boolean =>
  !!ctx.context && SPANISH_ABOUT_OUR_POSTS_CONTEXT_RE.test(ctx.context) && !SPANISH_CARE_WORDS_RE.test(`${ctx.context} ${ctx.text}`) && !CARE_WORDS_RE.test(ctx.context);

/** "Is it true…?", "What's the difference between…", "How much sleep do teens need?", "Does a vasectomy lower testosterone?": a question about health in general. */
const GENERAL_QUESTION_RE = /^\s*(?:general\s+question[,:!.]?\s*|random\s+question[,:!.—-]?\s*|(?:good|quick|dumb)\s+question[,:!.]?\s*)?(?:is\s+it\s+true|what['’]?s\s+the\s+difference|what['’]?s\s+a\s+(?:healthy|normal|good)|how\s+(?:much|many|long|cold|hot|often)\s+(?:\w+\s+){0,3}(?:do|does|should|can|is|are)\s+(?!i\b|my\b|we\b)|why\s+does\s+everyone|does\s+(?!my\b)\w+\s+(?:\w+\s+)?actually|can\s+(?:the|a)\s+\w+\s+(?:shot|vaccine)|what\s+spf|how\s+old\s+do\s+you\s+have\s+to\s+be|(?:at\s+)?what\s+age\s+(?:is|are|should|do|does|can)\s+(?!i\b|my\b|we\b)|what['’]?s\s+(?:your|the)\s+policy|what\s+does\s+[\w-]+(?:\s+[\w-]+)?\s+(?:even\s+)?stand\s+for|is\s+(?:the|a|an)\s+(?:[\w-]+\s+){1,5}?(?:dangerous|safe|harmful|contagious)|does\s+(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:lower|raise|affect|change|cause|increase|decrease|reduce|hurt|damage)\b)\b/i;

/** "¿Es cierto que las vacunas causan autismo?", "¿Cuántos días de incapacidad dan normalmente por…?": a Spanish question about health in general. */
const SPANISH_GENERAL_QUESTION_RE =
  /^[\s¿]*(?:es\s+(?:cierto|verdad)\s+que|qu[eé]\s+diferencia\s+hay|qu[eé]\s+es\s+mejor|cu[aá]nt[oa]s?\s+(?:d[ií]as|semanas|meses|tiempo)\s+(?:[\p{L}]+\s+){0,4}?(?:normalmente|por\s+lo\s+general|en\s+general|suelen?))(?![\p{L}])/iu;

/** A question about health in general, with no one in it, has no one's advice to give and no one's care to confirm. */
const asksInGeneral = (context: string): boolean =>
  (GENERAL_QUESTION_RE.test(context) && !ABOUT_SOMEONE_RE.test(context)) || (SPANISH_GENERAL_QUESTION_RE.test(context) && !SPANISH_ABOUT_SOMEONE_RE.test(context));

/**
 * "Hi, it's Jenna!", "I'm Mateo", "Kayla here 👋", "Hi from Sheila!", "Love the new lobby. — Priscilla": the commenter gives their
 * own name, so a reply can greet them with it. (Only the name must be capitalised: the words before it are matched in either case.)
 */
const SELF_NAMED_RE =
  /\b(?:[Ii]t['’]?s|[Tt]his\s+is|[Hh]i\s+from|I['’]m|I\s+am|[Ii]m|[Mm]y\s+name\s+is)\s+\p{Lu}\p{Ll}+\b|(?:^|[.!]\s+)(?:hi!*\s+)?\p{Lu}\p{Ll}+\s+here\b|(?:^|\s)[-–—~]\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\W*$/u;
/** "I'm Rosalind Achebe, DOB 3/3/1990", "It's Yusuf Haroun, acct 7734-2291": a name given with a record to look up is no greeting. */
const GIVES_AN_IDENTIFIER = /\b(?:dob|date\s+of\s+birth)\b|\b(?:acct|account|mrn|member\s+id|policy|claim)\s*(?:#|no\.?|number)?\s*:?\s*\d|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;
const greetsTheNamedCommenter = (ctx: DetectorContext): boolean =>
  !!ctx.context && SELF_NAMED_RE.test(ctx.context) && !GIVES_AN_IDENTIFIER.test(ctx.context) && !CARE_OR_VISIT_RE.test(ctx.text) && !CARE_OR_VISIT_RE.test(ctx.context);

/**
 * "Congrats Dr. Siddiqui!", "Happy Nurses Week to my sister who works your night shift", "My dad is retiring from your
 * maintenance team": a comment celebrating one of our people, answered about them.
 */
const STAFF_CELEBRATION_CONTEXT_RE =
  /\b(?:congrats|congratulations|well\s+deserved|happy\s+(?:retirement|nurses?['’]?\s+(?:week|day)|doctors?['’]?\s+day|work\s+anniversary)|retir(?:ing|es|ed|ement)|promot(?:ed|ion)|welcome\s+(?:to\s+the\s+team|aboard)|(?:works?|worked|working)\s+(?:at|for|in|on)\s+(?:your|the)\b)/i;
/** …unless the comment tells of care: the writer's, their family's, or anyone's ("Dr. Bello delivered both of my kids", "one of her first patients"). */
const CARE_IN_CONTEXT_RE =
  /\b(?:delivered|delivery|treated|took\s+(?:such\s+)?(?:good\s+|great\s+)?care|cared\s+for|care|saved|stitched|operated|surgery|rehab|patients?|journey|(?:with|for|to)\s+(?:me|us)\b|(?:with|for)\s+my\b|helped\s+(?:me|my|us)\b|you\s+made\s+(?:my|me|the)\b|of\s+my\s+life|my\s+(?:\w+['’]?\s+)?(?:doctor|nurse|surgeon|provider|dentist|therapist|pediatrician|ob))/i;
const celebratesOurPeople = (context: string | undefined): boolean =>
  !!context && STAFF_CELEBRATION_CONTEXT_RE.test(context) && !CARE_IN_CONTEXT_RE.test(context) && findHealthTerms(wordTokens(context)).length === 0;

const WRITER = /\b(?:i|i['’]m|i['’]ve|my|me|mine)\b/i;
/** "…AND ended up in your urgent care the same week": the comment tells of care beside the event. */
const CARE_BESIDE_EVENT = /\b(?:urgent\s+care|ended\s+up\s+(?:in|at)|admitted|er|emergency\s+(?:room|department)|stitch\w*|treated|surgery|hospitali[sz]ed|patients?)\b/i;
const aboutOurEventOnly = (context: string | undefined): boolean =>
  !!context && PUBLIC_EVENT_CONTEXT_RE.test(context) && !WRITER.test(context) && !CARE_BESIDE_EVENT.test(context);

/** Words that speak to the commenter or of their care: without any, a reply can only be about someone else. */
const TO_THEM_OR_THEIR_CARE =
  /\b(?:you|your|yours|you['’](?:re|ve|ll|d)|u|ur|y['’]all|remembers?|miss(?:es)?|cared?|caring|treat\w*|saw|see|seeing|visit\w*|check-?ups?|exams?|feel\s+better|get\s+well|deliver\w*|patients?|stitch\w*|recover\w*|heal\w*|surgery|appointment|stay|discharg\w*|back|again)\b/i;

/**
 * "We agree! Dr. Hannah Brooks has been part of our Pediatrics team since 2019": a reply that only states facts about
 * one of our listed people, without a word to the commenter or of anyone's care, confirms no one's care — the
 * confirmation model's most common false block (it learned staff names from "Dr. X loved seeing you").
 */
const THANK_YOU = /\bthank\s+you\b/gi;
/** "We'll pass along your kind words", "the whole Urgent Care team": their comment, or a place, not their care. */
const THEIR_COMMENT_OR_OUR_PLACE = /\byour\s+(?:kind\s+|sweet\s+|lovely\s+)?(?:words|note|message|comment|shout-?out|post)\b|\b(?:urgent|primary|intensive|critical|family|patient)\s+care\b/gi;

function onlyAboutOurStaff(ctx: DetectorContext): boolean {
  // "Thank you!" thanks the commenter; it says nothing of them.
  return !TO_THEM_OR_THEIR_CARE.test(ctx.text.replace(THANK_YOU, '').replace(THEIR_COMMENT_OR_OUR_PLACE, '')) && namesListedPerson(indexDirectory(ctx.directory), ctx.text);
}

/**
 * "What time does the 5K health tent open?", "where's the grief group meeting", "How's the wait tonight?": a question
 * about our hours, places or waits, with no one's health in it, asks for no advice; the answer is logistics, however
 * much it reads like a tip.
 */
const LOGISTICS_QUESTION =
  /^\W*(?:@\w+\s+)?(?:what\s+time\b|how\s+(?:late|early|far\s+ahead|far\s+in\s+advance)\s+(?:can|do|should|does)\b|where\s+(?:do|can|should)\s+(?:i|we)\s+(?:return|drop\s+off|bring\s+back|park|sign\s+up|register)\b|when\s+(?:does|do|is|are)\s+(?:the|your)\b|where(?:['’]?s|\s+is|\s+are)\s+(?:the|your|part\s+\d+)\b|when(?:['’]?s|\s+is|\s+does)\s+part\s+\d+\b|how['’]?s\s+the\s+wait\b|what['’]?s\s+in\s+(?:that|the)\s+(?:recipe|soup|kit|bag)\b|what(?:['’]?s|\s+is)\s+(?:the|ur|your)\s+(?:[\w-]+\s+){0,2}turnaround\b)/i;
/**
 * "What should I bring to my first PT session?", "can i bring my 2 kids to my appt?", "Is the blood drive open to teens?":
 * how to use a service. The writer may be in it, and the service may be a procedure, but no complaint of theirs is.
 */
const SERVICE_USE_QUESTION =
  /^\W*(?:@\w+\s+)?(?:what\s+should\s+(?:i|we)\s+(?:bring|wear|pack|keep)\b|what\s+should\s+(?:be|go)\s+in\b|can\s+i\s+bring\b|is\s+the\s+(?:[\w-]+\s+){1,3}(?:open\s+to|for)\s+(?:kids|teens|adults|everyone|\d+\s*-?\s*year)|are\s+(?:flu\s+shots|vaccines|[\w-]+\s+shots)\s+available)/i;
/** "Do I need to fast for my blood test?", "¿Necesito ayuno para la densitometría?": how to get ready for a test or procedure. */
const TEST_PREP_QUESTION =
  /^\W*(?:(?:do|should|must)\s+i\s+(?:need\s+to\s+|have\s+to\s+)?fast\b|(?:necesito|tengo\s+que|debo|hay\s+que)\s+(?:estar\s+|ir\s+|venir\s+)?(?:en\s+)?ayun(?:o|as|ar)(?![\p{L}]))/iu;
/** "Do I need a prescription for Narcan?", "¿Necesito receta para el Narcan?": how to get a medicine, not whether to take it. */
const PRESCRIPTION_QUESTION =
  /^\W*(?:do\s+(?:i|you|we)\s+need\s+(?:a\s+)?(?:prescription|rx|script)\s+(?:for|to\s+(?:get|buy))\b|(?:necesito|necesita|se\s+necesita|hace\s+falta|piden)\s+(?:una\s+)?receta\s+(?:m[eé]dica\s+)?para(?![\p{L}]))/iu;
const asksOnlyLogistics = (ctx: DetectorContext): boolean => {
  if (!ctx.context) return false;
  if (PRESCRIPTION_QUESTION.test(ctx.context)) return findHealthTerms(wordTokens(ctx.context)).every((term) => term.kind === 'medication');
  if (TEST_PREP_QUESTION.test(ctx.context)) return findHealthTerms(wordTokens(ctx.context)).every((term) => term.kind === 'procedure' || term.kind === 'lab');
  if (SERVICE_USE_QUESTION.test(ctx.context)) return findHealthTerms(wordTokens(ctx.context)).every((term) => term.kind === 'procedure');
  return LOGISTICS_QUESTION.test(ctx.context) && findHealthTerms(wordTokens(ctx.context)).length === 0 && !ABOUT_SOMEONE_RE.test(ctx.context);
};

/**
 * Above this the advice model is heard even in a reply without any of the words advice needs: "butterfly strips and a
 * dab of superglue will do the job" or "a little sunshine each day can make a big difference" tell someone what to do
 * in words no list holds. Below it the word list keeps cheerful replies ("Stickers make everything better!") clear.
 */
const SURE_OF_ADVICE = 0.5;

/**
 * "Congratulations to your whole family! 💕", "So sorry for your loss.", "Happy birthday to your twins!": a reply made
 * only of good wishes, with no word of us, our people or anyone's care, confirms nothing the comment did not say itself.
 */
const GOOD_WISH =
  /^\W*(?:(?:aww+|oh|yay|wow)\W+)?(?:congratulations|congrats|happy\s+(?:early\s+|belated\s+)?(?:\d+\w*\s+)?(?:birthday|anniversary|graduation|wedding\s+day)|welcome\s+to\s+the\s+world|(?:we['’]re\s+)?so\s+sorry\s+for\s+your\s+loss|sending\s+(?:you\s+|your\s+family\s+|you\s+and\s+your\s+(?:whole\s+)?family\s+|(?:our\s+)?(?:deepest\s+|heartfelt\s+|sincere\s+)?)?(?:so\s+much\s+)?(?:love|hugs|strength|prayers|good\s+vibes|warm\s+wishes|warmth|sympathy|condolences|(?:(?:warm|good|positive|kind|happy)\s+)?thoughts|comfort|peace)|wishing\s+(?:you|your|the)\b|hope\s+(?:it['’]s|your\s+(?:day|week|weekend))|what\s+a\s+(?:beautiful|wonderful|sweet|lovely|special)|how\s+(?:wonderful|exciting|lovely|sweet)|you['’]ve\s+got\s+this|best\s+wishes)\b/i;
const OF_US_OR_CARE =
  /\b(?:we|we['’](?:re|ll|ve)|us|our|here|team|crew|staff|nurses?|doctors?|dr|again|back|see|seeing|remember\w*|miss\w*|visit\w*|appointment|care|cared|stay|unit|floor|nicu|recover\w*|heal\w*|better|surgery|treat\w*|deliver\w*|birth\s+story|part\s+of)\b/i;

/** "We're so sorry for your loss", "Sending our deepest sympathy": our sympathy speaks of us, not of anyone's care. */
const OUR_SYMPATHY = /\b(?:we['’]re|we\s+are)\s+(?=so\s+(?:very\s+)?sorry\s+for\s+your\s+loss\b)|\bour\s+(?=(?:deepest\s+|heartfelt\s+|sincere\s+)?(?:sympathy|condolences)\b)/gi;

function onlyWishesWell(ctx: DetectorContext): boolean {
  if (OF_US_OR_CARE.test(ctx.text.replace(OUR_SYMPATHY, '')) || namesListedPerson(indexDirectory(ctx.directory), ctx.text)) return false;
  const sentences = wordedSentences(ctx.text);
  return sentences.length > 0 && sentences.every((s) => GOOD_WISH.test(s));
}

/**
 * "About 38% of visits at our campus clinics were for behavioral health. The full breakdown is in our report.": figures
 * about many, and nothing to the commenter: no one's care confirmed, and no advice.
 */
function onlyStatistics(text: string): boolean {
  const sentences = wordedSentences(text);
  return sentences.some(isShareOfMany) && sentences.every((s) => isShareOfMany(s) || !TO_THEM_OR_THEIR_CARE.test(s));
}

/** The confirmation model's score is not heard: the reply or its comment shows the contact was no care. */
function confirmsNoCare(ctx: DetectorContext): boolean {
  const elsewhere = (PUBLIC_EVENT_RE.test(ctx.text) || (!!ctx.context && OTHER_VISIT_CONTEXT.test(ctx.context))) && !SPEAKS_OF_THEIR_CARE_RE.test(ctx.text);
  return (
    elsewhere ||
    aboutOurEventOnly(ctx.context) ||
    aboutOurPostsOnly(ctx.context) ||
    aboutOurSpanishPostsOnly(ctx) ||
    greetsTheNamedCommenter(ctx) ||
    PRIVACY_REFUSAL_RE.test(ctx.text) ||
    onlyAboutOurStaff(ctx) ||
    celebratesOurPeople(ctx.context) ||
    onlyWishesWell(ctx) ||
    onlyPassesOnPraise(ctx.text) ||
    praisesOurPlaceOnly(ctx.text, ctx.context) ||
    onlyStatistics(ctx.text) ||
    onlySpanishThanks(ctx.text)
  );
}

/** The reply without the contact line it ends with: "… We'll pass your kind words along. riverside.example" thanks all the same. */
function withoutContactLine(ctx: DetectorContext): DetectorContext {
  const cut = signOffStart(ctx.text);
  return cut === undefined ? ctx : { ...ctx, text: ctx.text.slice(0, cut) };
}

const NOT_SCORED: ReplyRiskScores = { 'patient-confirmation': 0, 'medical-advice': 0 };

interface ScoredSentence {
  span: Span;
  scores: ReplyRiskScores;
}

/** The reply's non-blank sentences, each scored once (both categories come from one pass). */
function scoredSentences(scorer: ReplyRiskScorer, ctx: DetectorContext, typedComment: string | undefined): ScoredSentence[] {
  // An emoji-only "sentence" says nothing on its own; with the context's features alone it can outscore the words.
  const spans = wordedSentenceSpans(ctx.text);
  // With one sentence (or none) there is nothing to compare, so nothing is scored again.
  if (spans.length <= 1) return [{ span: spans[0] ?? { start: 0, end: ctx.text.length }, scores: NOT_SCORED }];
  const scores = scorer.scoreSpans(ctx.text, spans, typedComment);
  return spans.map((span, i) => ({ span, scores: scores[i]! }));
}

/** The sentence that scores highest for `label` (the first on a tie), trimmed of surrounding space. */
function likeliestSentence(sentences: readonly ScoredSentence[], ctx: DetectorContext, label: ReplyRiskLabel): Span {
  let best = sentences[0]!;
  for (const s of sentences) if (s.scores[label] > best.scores[label]) best = s;
  return trimSpan(ctx.text, best.span);
}

const WORD_OF_TWO_LETTERS = /\p{L}{2,}/gu;
const ENOUGH_WORDS = 4;

/** "Noted! 🔥", "we try!!": with fewer than four words the model reads the comment, not the reply, so the rules alone judge it. */
function tooShortToJudge(text: string): boolean {
  // Counts only up to the fourth word: most replies are far longer, and listing every word cost ~1 µs a check.
  WORD_OF_TWO_LETTERS.lastIndex = 0;
  for (let words = 0; words < ENOUGH_WORDS; words++) if (WORD_OF_TWO_LETTERS.exec(text) === null) return true;
  return false;
}

/** "Please call Billing at … so they can review it": the reply's own answer is to route, not a line under it. */
const REQUEST_RE = /^please\b/i;
/**
 * How sure the model must be of the words before a sign-off ("… Questions? Call (555) 201-4000.") to block on them
 * alone. Above the model's own lines (0.30 and 0.25): a clean reply often routes in its last sentence, and without that
 * sentence its words can read as risky. On the labelled replies, before requests were left out, these bars added 7
 * false blocks and 0.6 / 0.5 added 22; with requests left out, 3. A line led by a question ("Questions? Call …") is one any
 * reply can end with, so the words before it meet the model's own lines, as a bare link's do: on the labelled replies
 * that kept 742 of the 749 catches the line used to lose (eval-robustness "trailing-sign-off") for 4 false blocks.
 */
const BEFORE_SIGN_OFF: Readonly<Record<ReplyRiskLabel, number>> = { 'patient-confirmation': 0.7, 'medical-advice': 0.6 };

/**
 * The scores of the reply, each raised to that of its words before the contact line it ends with where those are sure
 * of the category: a sign-off under a reply that confirms someone's care or advises them leaves that standing, but its
 * routing words pulled the whole reply's score under the line.
 */
function withoutSignOff(scorer: ReplyRiskScorer, text: string, typedComment: string | undefined, scores: ReplyRiskScores): ReplyRiskScores {
  if (REPLY_RISK_LABELS.every((label) => scores[label] >= scorer.thresholds[label])) return scores;
  const cut = signOffStart(text);
  if (cut === undefined || REQUEST_RE.test(text.slice(cut)) || tooShortToJudge(text.slice(0, cut))) return scores;
  return raisedTo(scores, scorer.score(text.slice(0, cut), typedComment), endsWithAnyTextsSignOff(text) ? scorer.thresholds : BEFORE_SIGN_OFF);
}

/** `scores`, each raised to the score of part of the reply where that part's score meets its bar. */
function raisedTo(scores: ReplyRiskScores, part: ReplyRiskScores, bars: Readonly<Record<ReplyRiskLabel, number>>): ReplyRiskScores {
  const out = { ...scores };
  for (const label of REPLY_RISK_LABELS) if (part[label] >= bars[label]) out[label] = Math.max(out[label], part[label]);
  return out;
}

/**
 * "Thanks for reaching out! Switching back to the old formula should clear it up": an opener any reply can start with
 * pulled the whole reply's score under the line, so the scores are raised to those of the words after it where these
 * meet the model's own lines (eval-robustness "reply-thanks-first").
 */
function withoutOpener(scorer: ReplyRiskScorer, text: string, typedComment: string | undefined, scores: ReplyRiskScores): ReplyRiskScores {
  if (REPLY_RISK_LABELS.every((label) => scores[label] >= scorer.thresholds[label])) return scores;
  const end = courtesyOpenerEnd(text);
  if (end === undefined || tooShortToJudge(text.slice(end))) return scores;
  return raisedTo(scores, scorer.score(text.slice(end), typedComment), scorer.thresholds);
}

/**
 * The trained reply-risk model, beside the phrase rules: for a reply the rules let through on a
 * category, a block when the model scores the reply at or above that category's threshold. The model
 * scores the comment as it was typed (`typedComment`), as it learnt; the gates around it read `ctx.context`.
 * A Spanish reply the English model lets through is scored again by the model of Spanish replies: the English one
 * learnt from a few dozen.
 */
export function detectReplyRisk(ctx: DetectorContext, ruleFindings: readonly Finding[], typedComment = ctx.context): Finding[] {
  if (!ctx.options.replyRiskModel || ctx.kind !== 'reply' || tooShortToJudge(ctx.text)) return [];
  if (ctx.context && asksInGeneral(ctx.context)) return [];
  const open = REPLY_RISK_LABELS.filter((label) => !ruleFindings.some((f) => f.category === label && f.severity === 'block'));
  if (open.length === 0) return [];
  // The model learnt "Hi Marisol!" and "Take care, Marisol!" from replies that confirmed Marisol's care, so it read any
  // greeting or named closing as a hint of that (eval-robustness "reply-greeting", "reply-take-care"); whom a reply
  // greets is the PHI rules' to judge.
  const text = withoutNamedClosing(withoutGreeting(ctx.text));
  // A reply written in Spanish is the Spanish model's to judge: the English one reads its words as noise.
  const findings = isSpanishText(text) ? [] : modelFindings(replyRiskScorer(), 'reply-risk-model', ctx, text, typedComment, open);
  const stillOpen = open.filter((label) => !findings.some((f) => f.category === label));
  if (stillOpen.length === 0 || !isSpanishSentence(text)) return findings;
  return [...findings, ...modelFindings(spanishReplyRiskScorer(), 'reply-risk-model-es', ctx, text, typedComment, stillOpen)];
}

/** The findings of one model on the categories still `open`, each on the sentence that scores highest. */
function modelFindings(scorer: ReplyRiskScorer, rulePrefix: string, ctx: DetectorContext, text: string, typedComment: string | undefined, open: readonly ReplyRiskLabel[]): Finding[] {
  const scores = withoutOpener(scorer, text, typedComment, withoutSignOff(scorer, text, typedComment, scorer.score(text, typedComment)));
  const findings: Finding[] = [];
  let sentences: ScoredSentence[] | undefined;
  for (const label of open) {
    if (scores[label] < scorer.thresholds[label]) continue;
    if (label === 'medical-advice' && ((scores[label] < SURE_OF_ADVICE && !mayHoldAdvice(text)) || asksOnlyLogistics(ctx) || onlyStatistics(text))) continue;
    if (label === 'patient-confirmation' && confirmsNoCare(withoutContactLine(text === ctx.text ? ctx : { ...ctx, text }))) continue;
    sentences ??= scoredSentences(scorer, ctx, typedComment);
    const { start, end } = likeliestSentence(sentences, ctx, label);
    const { type, message, suggestion } = WORDING[label];
    findings.push({
      category: label,
      type,
      start,
      end,
      text: ctx.text.slice(start, end),
      severity: 'block',
      message: `${message} (Reply-risk model: ${Math.round(scores[label] * 100)}% likely.)`,
      suggestion,
      rule: `${rulePrefix}.${label}`,
    });
  }
  return findings;
}
