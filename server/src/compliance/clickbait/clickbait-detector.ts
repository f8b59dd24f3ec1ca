import { wordTokens } from '../text/word-tokens';
import { findHealthTerms } from '../vocab/health-term-index';
import { indexDirectory } from '../directory/directory-index';
import { asciiWords, hasAnyOf } from '../text/ascii-words';
import { WordGatedRegExp } from '../text/word-gated-regexp';
import type { Detector, DetectorContext, Finding } from '../types';
import { clickbaitScorer } from './clickbait-classifier';
import { clickbaitModelText } from './clickbait-model-text';
import { findCapsFear, TEASER_RULES } from './health-teaser-rules';
import { splitSegments, wordCount, type Segment } from './post-segments';
import { postTeaserFindings } from './post-teaser-finding';
import { WITHHELD_PAYOFF_RULES } from './withheld-payoff-rules';

/** Longest single segment still treated as a headline the news-trained model can judge alone. */
const HEADLINE_MAX_WORDS = 22;
/**
 * A single-sentence post is judged like a headline, but the model learned from news: plain clinic
 * announcements ("The clinic will be closed on Thanksgiving Day.", "Volunteer orientation is on the
 * first Saturday of each month.") score 0.5–0.7. Blocking asks for more confidence than the model's
 * own threshold; between the two the editor gets a warning. Only a post written like a news headline
 * (Title Case) and off health topics is held to the model's own line.
 */
const POST_BLOCK_CONFIDENCE = 0.75;
const HEALTH_TOPIC_RE =
  /\b(?:clinics?|hospitals?|urgent\s+care|pharmac(?:y|ist|ists)|er|emergency|flu|vaccines?|vaccinations?|shots?|screenings?|appointments?|patients?|nurses?|doctors?|dr|providers?|medical|care|wellness|therapy|surgery|checkups?|walk-?ins?|portal|insurance|medicaid|medicare|dental|dentists?|health|healthy|season|symptoms?|oncology|cardiology|pediatrics|maternity|nicu|icu|floor|unit|ward|rehab|hospice|allerg(?:y|ies))\b/i;
/**
 * The organisation speaking about its own people and places ("Our NICU nurses…", "We're proud to welcome…")
 * is the clinic's voice, which the news model never saw and scores like a celebrity headline; there it must be surer.
 */
const CLINIC_VOICE_BLOCK_CONFIDENCE = 0.9;
const CLINIC_VOICE_RE =
  /\b(?:our|we|we['’](?:re|ve|ll))\b[^.!?]*\b(?:clinic|hospital|health|team|nurses?|doctors?|physicians?|staff|patients?|volunteers?|nicu|icu|er|unit|department|pharmacy|practice|providers?|care|center|wellness|studio|class|fellows|residents)\b/i;
/** In longer posts the model only speaks when it is this sure and the segment withholds something. */
const IN_POST_THRESHOLD = 0.98;

/** "Kids Try Coffee For The First Time": four in five longer words capitalised. */
function isTitleCase(text: string): boolean {
  let words = 0;
  let capitalised = 0;
  for (const m of text.matchAll(LONGER_WORD)) {
    words++;
    if (m[0].charCodeAt(0) <= 90) capitalised++;
  }
  return words >= 2 && capitalised * 5 >= words * 4;
}
const LONGER_WORD = /(?<![\p{L}'’])[A-Za-z][\p{L}'’-]{3,}/gu;

/**
 * "Warren Buffett just made a move that has investors talking": no closing punctuation, no emoji, hashtag
 * or link — written the way news sites write headlines, whatever its casing, unlike a clinic's sentence-case
 * announcement ("The clinic will be closed on Thanksgiving Day.").
 */
function readsLikeHeadline(text: string): boolean {
  return HEADLINE_END_RE.test(text) && !POST_FURNITURE_RE.test(text);
}
const HEADLINE_END_RE = /[\p{L}\p{N}'"’”)]\s*$/u;
const POST_FURNITURE_RE = /[#@]\w|https?:\/\/|www\.|\.(?:com|org|net|example)\b|\p{Extended_Pictographic}/u;

/**
 * "A popular coffee chain is making a big change", "One country has found a simple fix", "NASA spotted something
 * unusual", "…leaves fans stunned": news-site bait that withholds its subject or reports only the reaction.
 */
const VAGUE_HEADLINE_RE =
  /^(?:an?|one|this|these)\s+(?:(?:once-)?(?:popular|beloved|famous|well-known|major|big)|common|little-known|overlooked|mystery|mysterious)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:is|are|was|were|has|have|had|may|might|could|will|just|quietly|suddenly)\b|^one\s+(?:country|city|state|town|company|man|woman|family|school|airline|brand|chain|word|number|habit|food|thing)\b|\b(?:something|someone|somebody)\s+(?:unusual|strange|weird|surprising|unexpected|incredible|shocking|odd|bizarre)\b|\b(?:leaves?|left|has|had|have|sends?|sent|got)\s+(?:fans|viewers|investors|experts|doctors|scientists|everyone|people|the\s+internet|parents|shoppers|customers)\s+(?:stunned|talking|speechless|shocked|baffled|divided|furious|in\s+tears|(?:seriously\s+)?worried|scratching)\b|\bmaking\s+headlines\b|\bsends?\s+a\s+clear\s+message\b|\b(?:this|these)\s+(?:overlooked|little-known|one|simple|common|popular|surprising|unexpected|weird)\s+[\w'’-]+\s+(?:could|can|may|might|will|is|are)\b/i;

function isHealthTopic(text: string): boolean {
  return HEALTH_TOPIC_RE.test(text) || findHealthTerms(wordTokens(text)).length > 0;
}

function inClinicVoice(ctx: DetectorContext, text: string): boolean {
  if (CLINIC_VOICE_RE.test(text)) return true;
  const lower = text.toLowerCase();
  return indexDirectory(ctx.directory).phrases.some((phrase) => lower.includes(phrase));
}

// A colon followed by a comma list ("Bring 3 things: ID, card and meds") means the list is delivered.
const DELIVERED_LIST_RE = /:\s*[^,:]{2,60},[^,]{2,60}(?:,|\band\b|\bor\b)/i;
/**
 * "People recovering from surgery heal faster when they get up and walk the same day.": a full sentence,
 * closed with a full stop or an exclamation mark, that withholds nothing. News headlines (what the model
 * learned from) never end in either, so the model's score says little about it.
 */
function isPlainStatement(text: string): boolean {
  return /[.!]\s*(?:\p{Extended_Pictographic}[\s\uFE0F\u200D]*)*$/u.test(text) && !WITHHELD_RE.test(text) && !CLICK_CUE_RE.test(text);
}

/** "Lisa's tip for the holidays: fill half your plate with veggies first, …": what follows the colon is the payoff. */
function deliversAfterColon(text: string): boolean {
  const colon = text.indexOf(': ');
  if (colon < 0) return false;
  const after = text.slice(colon + 2);
  return (after.match(/\p{L}{2,}/gu)?.length ?? 0) >= 8 && !isTitleCase(after) && !WITHHELD_RE.test(after) && !CLICK_CUE_RE.test(after);
}

// Something is referred to but not named: the mark of a curiosity gap.
const WITHHELD_RE =
  /\b(?:this|these|the\s+one|one\s+(?:thing|food|habit|mistake|sign|symptom|drink|vitamin|reason)|here['’]s\s+(?:why|what|how)|what\s+happens|the\s+reason|the\s+answer|the\s+truth|the\s+secret|which\s+one)\b/i;
const CLICK_CUE_RE = /https?:\/\/|\blink\b|\bread\s+more\b|👀|👉|⬇️|…|\.\.\.|\bpart\s+(?:2|two)\b|\bmore\s+(?:soon|tomorrow)\b/i;
/** CLICK_CUE_RE's word cues are whole ASCII runs (answered by the text's word walk); its marks are one small scan. */
const CLICK_CUE_WORDS = ['link', 'read', 'part', 'more'];
const CLICK_CUE_MARK_RE = /:\/\/|👀|👉|⬇️|…|\.\.\./;

function hasClickCue(text: string): boolean {
  return (hasAnyOf(asciiWords(text), CLICK_CUE_WORDS) || CLICK_CUE_MARK_RE.test(text)) && CLICK_CUE_RE.test(text);
}
const EXPLAINER_TEASE_WORDS = ['why', 'what', 'how', 'reason'];
const EXPLAINER_TEASE_RE =
  /\b(?:here['’]s|here\s+is|find\s+out|learn|see)\s+(?:why|what|how|the\s+reason)\b[^.!?\n]{0,80}?(?:[:.]?\s*(?:👉|⬇️|👇|https?:\/\/\S+|\(link\)|link\s+(?:in|below)))/i;

/** "…an orange or a bell pepper? The pepper!", "Guess who's turning 10? Our fish, Bubbles!": the answer right after the question mark. */
const ANSWER_RIGHT_AFTER =
  /^\s*(?:\p{Extended_Pictographic}[\s\uFE0F]*)*(?:\d|(?:about|around|roughly|nearly|almost|over|under|up\s+to|more\s+than|less\s+than|just)\s+\d|it['’]s\b|it\s+is\b|it\s+was\b|they\s+(?:are|were)\b|answer:|the\s+answer\s+is\b|(?!(?:hint|clue|spoiler|teaser)s?\b)\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4}:\s|an?\s+[\p{L}'’-]+(?:\s+[\p{L}'’0-9-]+){0,8}\s*[,.!]|(?!(?:hint|clue|spoiler|find|click|tap|stay|comment|drop|tell|guess|you['’]ll|we['’]ll|check|see|watch|read|swipe|head|visit|answer|stop|come|join|tune|keep|scroll|hit|follow)\b)\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’0-9,-]+){4,20}[.!]|(?:the|our)\s+(?!(?:answer|results?|truth|winner|reason|reveal)\b)[\p{L}'’-]+(?:\s+[\p{L}'’0-9-]+){0,6}\s*[,.!])/iu;
/** "You'll never guess which season… Answer: late spring": an answer given further on. */
const ANSWER_LATER = /(?:^|[.!?]\s+|\n)(?:the\s+)?answer\s*(?::|is\b)\s*\S/i;

/** The post answers the question it teased, right after the question mark or further on. */
function answeredInPost(fromQuestion: string): boolean {
  const mark = fromQuestion.indexOf('?');
  return (mark >= 0 && ANSWER_RIGHT_AFTER.test(fromQuestion.slice(mark + 1))) || ANSWER_LATER.test(fromQuestion) || LIST_AFTER.test(fromQuestion);
}
/**
 * "Join us Saturday, 10am–1pm… find out which vaccines your trip needs", "Free lung cancer screening info night! Thursday, 6pm… Learn who
 * qualifies", "Free blood clot awareness talk… Thursday, 6pm… Learn who's at risk": the answer is given in person, at a set time.
 */
const INVITES = /\b(?:join\s+us|come\s+(?:by|meet|see\s+us)|stop\s+by|drop\s+(?:by|in)|info(?:rmation(?:al)?)?\s+(?:night|session|evening)|workshop|seminar|webinar|open\s+house|health\s+fair|town\s+hall|talk|class|lecture|register|rsvp)\b/i;
const AT_A_TIME = /\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const invitesToAnEvent = (text: string): boolean => INVITES.test(text) && AT_A_TIME.test(text);

/** "learn what BE FAST means 🧠 ⏎ B — Balance loss ⏎ E — Eyes…": three or more list lines spell the answer out. */
const LIST_AFTER = /(?:\n[ \t]*(?:[\p{L}\d]{1,3}[).:]|[\p{L}\d]{1,3}[ \t]*[—–-]|[•*-])[ \t]*[^\n]{2,}){3,}/u;

/** "Here's what they said 👇 1) Bring a comfort toy 2) …": the pointer leads to the answer in the post itself. */
function answeredAfter(rest: string): boolean {
  const words = rest.replace(/https?:\/\/\S+|[#@]\w+/g, ' ').match(/\p{L}{2,}/gu);
  return (words?.length ?? 0) >= 6;
}

function finding(ctx: DetectorContext, start: number, end: number, type: string, rule: string, message: string, suggestion?: string): Finding {
  return {
    category: 'clickbait',
    type,
    start,
    end,
    text: ctx.text.slice(start, end),
    severity: 'block',
    message,
    ...(suggestion ? { suggestion } : {}),
    rule,
  };
}

/** "Our team can help you learn which options may fit you": routing to people who will answer, not a withheld payoff. */
const HELP_YOU_BEFORE = /\b(?:can|will|could|would\s+love\s+to)\s+help\s+(?:you\s+)?$/i;

const ALL_TEASER_RULES = [...TEASER_RULES, ...WITHHELD_PAYOFF_RULES].map((rule) => ({ ...rule, gated: new WordGatedRegExp(rule.pattern) }));

/** "FALSO: circula un mensaje que dice «REENVÍA A 10 GRUPOS…»", "Myth: “Doctors hate this trick”": the post names a rumour to knock it down. */
const DEBUNKS = /(?<![\p{L}])(?:falso|mito|bulo|cadena|fake|false|hoax|myth|rumou?r|no\s+es\s+(?:cierto|verdad)|not\s+true)(?![\p{L}])/iu;

/** Whether `start` sits inside a «…» or “…” quotation that closes after `end`. */
function insideQuotation(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const open = Math.max(before.lastIndexOf('«'), before.lastIndexOf('“'));
  return open >= 0 && Math.max(before.lastIndexOf('»'), before.lastIndexOf('”')) < open && /[»”]/.test(text.slice(end));
}

/** A hook the post quotes from a rumour it debunks is not the post's own hook. */
const quotedToDebunk = (text: string, start: number, end: number): boolean => insideQuotation(text, start, end) && DEBUNKS.test(text);

function ruleFindings(ctx: DetectorContext): Finding[] {
  const out: Finding[] = [];
  const words = asciiWords(ctx.text);
  for (const rule of ALL_TEASER_RULES) {
    if (!hasAnyOf(words, rule.anyOf) && !rule.orIncludes?.some((s) => ctx.text.includes(s))) continue;
    const m = rule.gated.exec(ctx.text);
    if (m && rule.id === 'clickbait.withheld-which' && (answeredInPost(ctx.text.slice(m.index)) || invitesToAnEvent(ctx.text) || HELP_YOU_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 24), m.index)))) continue;
    if (m && !quotedToDebunk(ctx.text, m.index, m.index + m[0].length)) out.push(finding(ctx, m.index, m.index + m[0].length, rule.type, rule.id, rule.message, rule.suggestion));
  }
  const tease = hasAnyOf(words, EXPLAINER_TEASE_WORDS) ? EXPLAINER_TEASE_RE.exec(ctx.text) : null;
  if (tease && !answeredAfter(ctx.text.slice(tease.index + tease[0].length))) {
    out.push(
      finding(ctx, tease.index, tease.index + Math.max(1, tease[0].trimEnd().length), 'curiosity-gap', 'clickbait.withheld-explainer',
        'Promises an explanation but only links to it.', 'Give the explanation in one sentence, then link for more.'),
    );
  }
  const caps = findCapsFear(ctx.text);
  if (caps && !quotedToDebunk(ctx.text, caps.start, caps.end)) {
    out.push(
      finding(ctx, caps.start, caps.end, 'all-caps-fear', 'clickbait.all-caps-fear',
        'Shouting in capitals reads as alarm-bait, not health information.', 'Write it in sentence case and say plainly what the risk is.'),
    );
  }
  return out;
}

function headlineFinding(ctx: DetectorContext, seg: Segment, p: number, severity: Finding['severity'] = 'block'): Finding {
  return {
    ...finding(ctx, seg.start, seg.end, 'classifier', 'clickbait.classifier',
      severity === 'block'
        ? `Reads like a clickbait headline (model confidence ${Math.round(p * 100)}%).`
        : `May read like a clickbait headline (model confidence ${Math.round(p * 100)}%).`,
      'Lead with the actual information instead of a hook.'),
    severity,
  };
}

/**
 * A sentence end followed by more words: the post has more than one segment. Tried only where a run of
 * end marks begins (not after an abbreviation like "Dr.", unless the run is longer than one mark), so a
 * long run of dots is read once instead of once per dot.
 */
const INNER_SENTENCE_END_RE = /(?<![.!?…])(?:(?<!\b(?:[A-Z]|Dr|Mr|Mrs|Ms|St|vs|No|Jr|Sr))[.!?…]|[.!?…]{2})[.!?…]*\s+\S*[A-Za-z]{2}/;

function classifierFindings(ctx: DetectorContext): Finding[] {
  const scorer = clickbaitScorer();
  const multi = INNER_SENTENCE_END_RE.test(ctx.text);
  // Most multi-sentence posts carry no click cue; skip splitting them at all.
  if (multi && !hasClickCue(ctx.text)) return [];
  const segments = splitSegments(ctx.text);
  if (segments.length === 1 && wordCount(segments[0].text) <= HEADLINE_MAX_WORDS) {
    const seg = segments[0];
    if (DELIVERED_LIST_RE.test(seg.text) || deliversAfterColon(seg.text)) return [];
    const headlineForm = readsLikeHeadline(seg.text);
    if (headlineForm && VAGUE_HEADLINE_RE.test(seg.text)) {
      return [finding(ctx, seg.start, seg.end, 'curiosity-gap', 'clickbait.vague-referent',
        'A headline about "a popular chain", "one country" or "something unusual", or about how others reacted, keeps back who or what it is about.',
        'Name the company, place or finding in the headline itself.')];
    }
    const p = scorer.score(seg.text);
    const confidence = inClinicVoice(ctx, seg.text)
      ? CLINIC_VOICE_BLOCK_CONFIDENCE
      : p < POST_BLOCK_CONFIDENCE && (!(headlineForm || isTitleCase(seg.text)) || isHealthTopic(seg.text))
        ? POST_BLOCK_CONFIDENCE
        : scorer.threshold;
    if (p >= Math.max(scorer.threshold, confidence) && !isPlainStatement(seg.text)) return [headlineFinding(ctx, seg, p)];
    return p >= scorer.threshold ? [headlineFinding(ctx, seg, p, 'warn')] : [];
  }
  if (!hasClickCue(ctx.text)) return [];
  for (const seg of segments) {
    if (!WITHHELD_RE.test(seg.text) || DELIVERED_LIST_RE.test(seg.text)) continue;
    const p = scorer.score(seg.text);
    if (p >= IN_POST_THRESHOLD) return [headlineFinding(ctx, seg, p)];
  }
  return [];
}

/** Teasers, hype, all-caps fear and engagement bait in posts. Replies, alt text and templates are not judged. */
export const detectClickbait: Detector = (ctx) => {
  if (ctx.kind !== 'post' || ctx.text.trim() === '') return [];
  const findings = ruleFindings(ctx);
  if (findings.length > 0) return findings;
  const modelText = clickbaitModelText(ctx.text);
  const modelCtx = modelText === ctx.text ? ctx : { ...ctx, text: modelText };
  const headline = classifierFindings(modelCtx);
  if (headline.some((f) => f.severity === 'block')) return headline;
  // Marketing teasers ("Moms, you NEED to see this") don't look like news headlines: a model trained on posts.
  const post = postTeaserFindings(modelCtx);
  return post.length > 0 ? post : headline;
};
