/**
 * Hand-written rules for health-marketing teasers that a news-trained model misses or that are
 * certain enough to block on their own. Each rule matches against the original text so offsets are
 * exact.
 */
import { cachedRegExp } from '../text/cached-regexp';

export interface TeaserRule {
  id: string;
  type: string;
  pattern: RegExp;
  /**
   * Every match of `pattern` contains one of these as a whole ASCII word (see text/ascii-words.ts),
   * or one of `orIncludes` as a substring; a text with none of them skips the regex.
   */
  anyOf: readonly string[];
  orIncludes?: readonly string[];
  message: string;
  suggestion?: string;
}

const CURIOSITY =
  'This withholds the point to make people click. Say the answer in the post itself.';

export const TEASER_RULES: readonly TeaserRule[] = [
  {
    id: 'clickbait.secret-knowledge',
    type: 'secret-knowledge',
    pattern:
      /\b(?:doctors?|dentists?|pharmac(?:ists?|ies)|big pharma|experts?|nurses?|they)\s+(?:don['’]t|do not|won['’]t|never)\s+want\s+you\s+to\s+know\b|\b(?:secret|trick)\s+(?:doctors?|experts?)\s+(?:use|don['’]t)\b/i,
    anyOf: ['want', 'secret', 'trick'],
    message: 'Claims a hidden truth that professionals keep from people — a classic clickbait hook.',
    suggestion: 'State the fact plainly and cite where it comes from.',
  },
  {
    id: 'clickbait.one-trick',
    type: 'hype',
    pattern: /(?<!\b(?:forget|no|not|skip)\s+(?:the\s+|a\s+|any\s+)?['"‘“]?)(?:\b(?:this|one)\s+(?:[\w-]+\s+){0,2}(?:trick|hack)\b|\bone\s+weird\b|\b(?:trick|hack)\s+(?:our|that)\s+(?:[\w-]+\s+){1,2}swear\s+by\b)/i,
    anyOf: ['trick', 'hack', 'weird'],
    message: '"One trick" framing oversells a health tip.',
    suggestion: 'Describe the tip and what evidence supports it.',
  },
  {
    id: 'clickbait.wont-believe',
    type: 'curiosity-gap',
    pattern:
      /\byou(?:['’]ll|\s+will)\s+want\s+to\s+read\s+(?:(?:all\s+the\s+way|right)\s+)?(?:to|till|until)\s+the\s+end\b|\byou\s+(?:won['’]t|will\s+not|wouldn['’]t|can['’]t|cannot)\s+(?:believe|guess)\b|\bwill\s+(?:blow|shock)\s+your\s+mind\b|\bblow\s+your\s+mind\b|\bwhat\s+happen(?:s|ed)\s+next\b|\bhere['’]s\s+what\s+happen(?:s|ed)\b|\b(?:may|might|will|could|is\s+going\s+to)\s+(?:surprise|shock|amaze|scare)\s+you\b|\beveryone\s+is\s+talking\s+about\b|\b(?:the\s+last\s+one|number\s+\d+|no\.\s*\d+)\s+(?:will|might|may|could|is\s+going\s+to)\b|\bnobody\s+saw\s+(?:it|this|that)?\s*coming\b|\bweren['’]t\s+what\s+we\s+expected\b|\bno\s+spoilers\b|\bmade\s+(?:our|the|my|his|her)\s+(?:[\w-]+\s+)?gasp\b|\bstopped\s+(?:us|our\s+(?:[\w-]+\s+)?team|me)\s+in\s+(?:our|its|my|their)\s+tracks\b(?!\s*[:—–-])/i,
    // "the last one" is gated on "one" and "no. 4" on "no." in any case: "last" and "no" alone are common words.
    anyOf: ['believe', 'guess', 'mind', 'next', 'happens', 'happened', 'surprise', 'shock', 'amaze', 'scare', 'talking', 'one', 'number', 'nobody', 'expected', 'spoilers', 'gasp', 'tracks', 'read'],
    orIncludes: ['no.', 'No.', 'NO.', 'nO.'],
    message: 'Teases a surprise instead of telling readers the point.',
    suggestion: CURIOSITY,
  },
  {
    id: 'clickbait.deferred-reveal',
    type: 'curiosity-gap',
    pattern:
      /\b(?:shares?|reveals?|explains?)\s+what\s+(?:it|they|that)\s+(?:was|were)\b[^.!?\n]{0,40}\b(?:next\s+(?:week|month)|tomorrow|tonight|at\s+(?:our|the|next|this)\b|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\b(?:we['’]ll|we\s+will|will)\s+(?:reveal|share|tell\s+you|announce)\s+(?:it|them|which|what|the\s+(?:answer|winner|results?))?\b[^.!?\n]{0,30}\b(?:tomorrow|tonight|friday|monday|tuesday|wednesday|thursday|saturday|sunday|next\s+week|later|soon|at\s+\d|at\s+noon)|\b(?:we['’]ll|we\s+will)\s+(?:name|post|drop|unveil|spill|reveal|share|tell\s+you)\s+(?:it|them|which|what|the\s+answer)\b[^.!?\n]{0,30}\b(?:next\s+(?:week|month)|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|at\s+(?:our|the|next|this)\b)|\b(?:full|complete|the)\s+(?:results|answers?|list|details|story)\s+(?:go|goes|are|is)\s+(?:out\s+)?(?:only\s+)?(?:to|for)\s+(?:our\s+)?(?:newsletter\s+|email\s+)?(?:subscribers|members)\b|\b(?:subscribers|members)[-\s]only\b(?!\s+(?:[\w-]+\s+){0,2}(?:class|classes|session|sessions|hours|events?|line|lounge|gym|pool|program|perks?|discounts?|parking|entrance))|\bdetails\s+drops?\b|(?<=^|[.!?]\s+)(?:his|her|their)\s+(?:full\s+)?story[,:]?\s+(?:on\s+)?(?:tomorrow|tonight|next\s+week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*[.!]?\s*$|\b(?:reveal|answer|results?)\s+(?:drops?|coming|in\s+the\s+comments|tomorrow|tonight|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b(?:big\s+)?reveal\s+(?:happens|is\s+happening|comes|will\s+(?:happen|be))\s+(?:at|on|next|tomorrow|tonight|this|later)\b|\bpart\s+(?:2|two|ii)\s+(?:drops|tomorrow|tonight|next|coming|on)\b|\bpart\s+(?:1|one|i)\s+(?:drops\s+)?(?:tonight|tomorrow|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bpart\s+(?:2|two)\s+(?:tomorrow|tonight)|\bstay\s+tuned\b|\b(?:is|['’]s)\s+a\s+story\s+for\s+(?:tomorrow|tonight|next\s+week|another\s+(?:day|post)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bthread\s+(?:drops\s+)?(?:tomorrow|tonight|coming\s+(?:tomorrow|tonight|soon)|at\s+(?:noon|\d))\b|\bfull\s+(?:story|announcement|details|reveal|list|breakdown)\s+(?:tomorrow|tonight|next\s+week|soon|on\s+\w+day|\w+day)\b|\btune\s+in\s+(?:on\s+)?(?:\w+day|tomorrow|tonight|next\s+week)\s+for\s+the\s+(?:big\s+)?(?:reveal|answer|results?|winner)\b|\b(?:full|whole)\s+story\s+(?:is\s+)?(?:in|below\s+in)\s+(?:the\s+)?(?:first\s+)?comments?\b|\bmore\s+(?:next\s+week|on\s+\w+day)\b|\bmore\s+in\s+(?:my|our|the)\s+next\s+(?:post|video|episode|update|thread)\b|\b(?:the\s+answer|the\s+list|the\s+winner|which\s+one)\s+(?:drops\s+|comes\s+|coming\s+)?(?:tomorrow|tonight)\b|\b(?:names|reveals|unveils|spills|explains|shares)\s+(?:it|them|which(?:\s+one)?|what|the\s+(?:answer|winner|culprit))\b[^.!?\n]{0,30}\b(?:tomorrow|tonight|next\s+week|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\s+week['’]s\s+(?:podcast|episode|video|show|newsletter))\b|\b(?:we['’]ll|we\s+will)\s+(?:tell|show)\s+you\b[^.!?\n]{0,30}\b(?:after|once|when)\s+you\s+(?:hit\s+|smash\s+|tap\s+)?(?:follow|like|share|subscribe|comment|click|sign\s+up|join)\b|\b(?:answer|winner|results?)\s+(?:revealed|announced|posted|drops)\s+(?:at|on|tomorrow|tonight|later|this)\b|\b(?:will|['’]ll)\s+(?:explain|reveal|share|name)\s+(?:what|which)\s+(?:it\s+is|they\s+are|one)\b[^.!?\n]{0,40}\b(?:webinar|class|workshop|talk|event|tomorrow|tonight|next\s+week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\bfull\s+story\s*(?:↓|⬇️|👇|below\b|at\s+the\s+link\b|in\s+(?:the\s+)?(?:link|bio|comments)\b)|\byou['’]ll\s+only\s+(?:hear|learn|find\s+out|get|see)\s+(?:it|them|the\s+\w+|what|which)\b[^.!?\n]{0,30}\b(?:webinar|class|workshop|talk|event|tomorrow|tonight|next\s+week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)/i,
    anyOf: ['reveal', 'share', 'tell', 'announce', 'answer', 'result', 'results', 'part', 'tuned', 'thread', 'announcement', 'details', 'list', 'breakdown', 'tune', 'tomorrow', 'tonight', 'story', 'more', 'name', 'post', 'drop', 'unveil', 'spill', 'subscribers', 'members', 'names', 'reveals', 'unveils', 'spills', 'show', 'explains', 'shares', 'revealed', 'announced', 'posted', 'drops', 'explain', 'full', 'hear', 'learn'],
    message: 'Holds the answer back for a later post — readers get a cliffhanger instead of information.',
    suggestion: CURIOSITY,
  },
  {
    id: 'clickbait.next-post-reveal',
    type: 'curiosity-gap',
    pattern:
      /(?:(?:\bthe\s+)?(?:\banswers?|\breveal|\bresults?|\bchange|\bsecret|\bwinner|#\d+|\bnumber\s+\d+|\bfull\s+(?:breakdown|list|story|answer))\s+(?:is\s+|are\s+|comes?\s+|drops?\s+)?|\b(?:you['’]ll\s+(?:find\s+out|learn|see|hear)|(?:he|she|they|we)['’]ll\s+(?:explain|share|reveal|tell\s+you))\s+(?:which|what|how|why|it|them|more)?\s*)(?:in|on)\s+(?:tomorrow['’]s|next\s+(?:week|month)['’]s|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|our\s+next|our)\s+(?:post|newsletter|video|episode|email|issue|story|stories|reel|live)\b(?!\s+(?:archive|page|section))/i,
    anyOf: ['post', 'newsletter', 'video', 'episode', 'email', 'issue', 'story', 'stories', 'reel', 'live'],
    message: 'Holds the answer back for a later post — readers get a cliffhanger instead of information.',
    suggestion: CURIOSITY,
  },
  {
    id: 'clickbait.withheld-which',
    type: 'curiosity-gap',
    pattern:
      /\b(?:find\s+out|(?<!\b(?:can|could|will|never|not|n['’]t)\s|\b(?:can['’]t|cannot)\s+wait\s+to\s)see|guess|learn|discover|you['’]ll\s+want\s+to\s+see|want\s+to\s+know)\s+(?:which|what|who|why|how\s+(?:many|much))\b(?!\s*[?!,]|\s+(?:to|you\s+can|our|is\s+right\s+for\s+you)|['’]s\s+(?:included|covered|offered)\b)|\bguess\s+(?:which|what)\b(?!\s*[?!,])|\bcan\s+you\s+guess\b|\bthink\s+you\s+can\s+(?:beat|pass|ace|top)\s+(?:it|them|this|that|us)\b|\b(?:almost\s+)?everyone\s+(?:misses|gets\s+stuck\s+on|fails)\s+(?:question|number|#)\s*\d+\b|\bonly\s+(?:\d+|one)\s+(?:in|out\s+of)\s+\d+\s+[^.!?\n]{0,40}\bcan\s+(?:pass|spot|solve|name|guess|find|answer|do)\b|\b(?:most|many)\s+(?:parents|people|adults)\s+(?:have\s+no\s+idea|don['’]t\s+know)\s+(?:what|which|why|how)\b[^.!?]*[.!?]\s*(?:do|did|can)\s+you\b|\bany\s+guesses\b[^.!?\n]{0,30}\?|\b(?:reply|comment|answer)\s+with\s+your\s+guess\b|\b(?:drop|leave|post)\s+your\s+guess(?:es)?\s+(?:below|in\s+the\s+comments|first)\b|\b(?:told|tells|shared|revealed|explained)\s+(?:us|me)\s+(?:why|what|how)\s*(?:…|\.\.\.)|\bto\s+find\s+out\s*(?:[.!…]|$|→|➡|👉|👀|⬇|👇)/i,
    anyOf: ['which', 'what', 'who', 'why', 'how', 'guess', 'guesses', 'find', 'only', 'think', 'everyone'],
    message: 'Asks readers to find out something the post could simply say.',
    suggestion: CURIOSITY,
  },
  {
    id: 'clickbait.click-push',
    type: 'curiosity-gap',
    pattern:
      /\b(?:tap|click|swipe)\s+(?:the\s+)?(?:link|here|through|to\s+(?:see|find|learn|read|discover))\b|\blink\s+in\s+bio\s+to\s+(?:find|see|discover)\b|\blink\s+in\s+bio\s+to\s+(?:hear|watch|read|get)\s+(?:it|them|which|what|why|who|the\s+(?:joke|answer|punchline|reveal|rest))\b|\b(?:they['’]re|they\s+are|it['’]s|it\s+is|(?:the\s+)?answers?\s+(?:is|are))\s+(?:all\s+)?(?:in\s+the\s+link|at\s+the\s+link|in\s+(?:our|the)\s+bio)\b|\b(?:full\s+)?(?:story|answer|details|reveal|rest)\s+(?:is\s+)?(?:in\s+(?:our\s+|the\s+)?bio|at\s+the\s+link|in\s+the\s+link)\b|\b(?:watch|see|check\s+out|read)\s+(?:the|our)\s+(?:reel|video|story|stories|blog|post|link|carousel)\s+to\s+(?:see|find\s+out|learn|discover|get)\b|\bit['’]s\s+not\s+[\w\s'’-]{1,30}[.!]\s+(?:read|watch|see|find\s+out|learn|click|tap|listen)\b/i,
    anyOf: ['tap', 'click', 'swipe', 'bio', 'link', 'reel', 'video', 'blog', 'carousel', 'stories', 'not'],
    message: 'Pushes a click to get the payoff.',
    suggestion: 'Give the key point in the post, then link for detail ("Read more: …").',
  },
  {
    id: 'clickbait.engagement-bait',
    type: 'engagement-bait',
    pattern:
      /\b(?:like|share|repost|retweet|rt|comment|react)\s+(?:this\s+|\S{1,4}\s+)?if\s+(?:you|your|u)\b|\blike\s+(?:\S{1,4}\s+)?for\s+(?:a|an)\s+[\w-]+,?\s+(?:share|comment|repost)\s+(?:\S{1,4}\s+)?(?:for|to)\b|\breact\s+\S{1,4}\s+for\b|\b(?:pick|choose|draw)\s+(?:one|a|two|three)\s+(?:lucky\s+)?(?:commenter|winner)s?\b|\btag\s+(?:a|your|someone|\d+|three|two)\s*(?:friends?|mom|mum|dad|partner|someone|people|bestie|who)\b|\bcomment\s+["“']?(?:yes|yes!|amen|below\s+if|\d)\b|\bcomment\s+["“']?[A-Z]{3,}["”']?\s+(?:and|&)\s+(?:we['’]ll|we\s+will|i['’]ll)\s+(?:dm|send|message)\b|\btype\s+["“']?(?:yes|amen)\b|\bguess\s+\w*\s*in\s+the\s+(?:replies|comments)\b|\bdrop\s+an?\s+\S+\s+(?:if|in\s+the\s+comments)\b|\bshare\s+(?:this\s+)?(?:with|to)\s+(?:\d+|everyone|every)\b|\bcaption\s+this\b|\b(?:best|funniest|first|top|highest|lowest)\s+(?:answer|caption|comment|reply|guess|number|score|rating)\s+wins\b|\b(?:like|comment|share|tag)\s+(?:and|&|\+)\s+(?:share|tag|follow|comment)\s+(?:to|for\s+a\s+chance\s+to)\s+win\b|\b(?:share|retweet|repost|rt)\s+(?:this\s+)?(?:to|and)\s+(?:warn|alert|save|protect)\s+(?:others|everyone|your|a\s+friend|someone|people)\b|\b(?:most|best)\s+(?:comments|likes|votes|shares|reactions)\s+wins?\b|\bcomment\s+["“']?[\w-]+["”']?\s+(?:for|to\s+get)\s+(?:part\s+(?:2|two)|the\s+(?:list|answer|rest|full)|our\s+(?:list|guide))\b|\bfirst\s+(?:\d+|ten|five|three)\s+(?:correct\s+)?(?:replies|comments|answers|guesses)\s+(?:get|win)\b|\bsmash\s+(?:that|the)\s+(?:like|share|follow|subscribe)\s+button\b|\b\d+\s+followers\s+away\s+from\b|\b(?:forward|send|text)\s+this\s+to\s+(?:\d+|two|three|five|ten)\s+(?:\w+\s+)?(?:friends?|parents|people|moms|dads|contacts|neighbou?rs)\b|\bevery\s+(?:share|like|tag|comment|retweet|repost)\s+(?:enters|gets|earns|counts)\b/i,
    anyOf: ['if', 'react', 'tag', 'comment', 'type', 'replies', 'comments', 'drop', 'share', 'caption', 'wins', 'win', 'pick', 'choose', 'draw', 'retweet', 'repost', 'rt', 'first', 'smash', 'followers', 'forward', 'send', 'text', 'every'],
    message: 'Asks for likes, shares, tags or comments in exchange for nothing — platforms and readers treat this as engagement bait.',
    suggestion: 'Invite a real question or point to a resource instead.',
  },
  {
    id: 'clickbait.hype-question',
    type: 'hype',
    pattern:
      /\b(?:are|is)\s+you\s+(?:one\s+of\s+them|doing\s+(?:it|this|them)|making\s+(?:this|these)\s+mistakes?)\b[^.\n]{0,3}[?!]|\bare\s+you\s+one\s+of\s+them\b|[?][!](?!['"’”])|[!][?](?!['"’”])/i,
    anyOf: ['you'],
    orIncludes: ['?!', '!?'],
    message: 'A fear question aimed at the reader hypes the post instead of informing.',
    suggestion: 'Name the habit or mistake and what to do instead.',
  },
  {
    id: 'clickbait.too-late-fear',
    type: 'hype',
    pattern: /\b(?:before|until)\s+it['’]s\s+too\s+late\b|\bdon['’]t\s+be\s+the\s+(?:one|last\s+one|person|parent|mom|dad|family)\s+who\b/i,
    anyOf: ['late', 'who'],
    message: 'Fear of being too late pressures readers instead of informing them.',
    suggestion: 'Say plainly when and why to act.',
  },
  {
    id: 'clickbait.miracle-claim',
    type: 'hype',
    pattern:
      /\b(?:wake\s+up|lose|drop|melt)\s+(?:up\s+to\s+)?(?:\d+|ten|five)\s*(?:lbs?|pounds|kg|kilos)\b[^.\n]{0,20}(?:overnight|lighter|in\s+(?:a|one|\d+)\s+(?:night|day|week))|(?<!\b(?:no|any|not\s+(?:a|one)|(?:won['’]t|will\s+not|can['’]t|cannot|don['’]t)\s+(?:find|get|buy)\s+(?:a|any)|isn['’]t\s+a|is\s+not\s+a|never\s+a)\s+)\bmiracle\s+(?:cure|food|drink|pill)s?\b|\b(?:melts?|burns?)\s+(?:belly\s+)?fat\s+(?:fast|overnight)\b|\b(?:insane|unbelievable|mind-?blowing|jaw-?dropping|miracle)\s+results\b/i,
    anyOf: ['wake', 'lose', 'drop', 'melt', 'miracle', 'fat', 'results'],
    message: 'A miracle-result claim is hype that health audiences and platforms distrust.',
    suggestion: 'Describe realistic, evidence-based results.',
  },
  {
    id: 'clickbait.scarcity-pressure',
    type: 'hype',
    pattern: /\bdon['’]?t\s+miss\s+out\b|\b(?:are|is)\s+(?:filling|going)\s+(?:up\s+)?fast\b[^.\n]{0,12}!|\bonly\s+(?:\d+|a\s+few|two|three)\s+(?:spots?|seats?|slots?|places?)\s+left\s*!/i,
    anyOf: ['miss', 'filling', 'going', 'left'],
    message: 'Scarcity pressure ("don\'t miss out", "only 3 spots left!") hypes the post instead of informing.',
    suggestion: 'Say how many places there are and how to book, without the pressure.',
  },
];

/**
 * Words in capitals that are ordinary in health writing (acronyms, mnemonics). "BE FAST" and
 * "FAST" are stroke mnemonics; SAD is seasonal affective disorder.
 */
const ACRONYMS = new Set(
  (
    'BE FAST SAD COPD ADHD HIV AIDS MRI CT PET EKG ECG ER ICU NICU UTI STI STD BMI BP RSV MMR HPV COVID CPR AED ' +
    'ACL PT OT RN NP MD DO RD LCSW PA OB GYN OBGYN ENT CDC WHO FDA NIH USA US UK PSA A1C LDL HDL CBD PTSD OCD ' +
    'IBS GERD DVT CHF CKD TB HCV HBV UV SPF ABC ABCS ABCDE DNA AM PM FAQ ASL AI IV RICE PRICE FYI TIP TIPS NEW ' +
    'OK QA Q A I II III IV 5K 10K BPA ALS MS CF ASD EMS EMT ED DIY DM DMS SSN PIN ID IDS IVF IUI FET PGT ICSI HSG AMH PCOS PrEP PEP'
  ).split(' '),
);

// Spanish ones too; CAPS_WORD_RE reads ASCII capitals only, so "ATENCIÓN" reaches this test cut at the accent, as "ATENCI".
const FEAR_WORDS =
  /\b(?:STOP|NOW|WARNING|ALERT|DANGER|DANGEROUS|DEADLY|KILLS?|KILLER|KILLING|NEVER|URGENT|SHOCKING|TOXIC|POISON|CANCER|DIE|DEATH|DON['’]T|AVOID|IMMEDIATELY|MISTAKE|WRONG|YA|AHORA|URGENTE|ALERTA|ATENCI|PELIGRO|PELIGROSO|MORTAL|MATA|NUNCA|MILAGRO|MILAGROSO|MILAGROSA)\b/;

const CAPS_WORD_RE = /\b[A-Z][A-Z'’]{1,}\b/g;
/** Capitalised openers of fact posts ("DID YOU KNOW?", "FUN FACT:") label the post; they don't shout. */
const FACT_OPENER_RE = /\b(?:DID YOU KNOW|FUN FACT|FAST FACT|QUICK TIP|MYTH (?:VS\.?|OR) FACT|TRUE OR FALSE|STOP THE BLEED)\b/g;
/** Thanks and cheers in capitals ("THANK YOU, NURSES!", "HAPPY NURSES WEEK") celebrate; they don't frighten. */
/** Notice headings in capitals ("URGENT CARE HOLIDAY HOURS", "FLU CLINIC UPDATE", "PARKING ALERT") label the post; they don't shout. */
const HEADING_RE = /\b(?:[A-Z][A-Z'’&]*\s+){0,4}(?:HOURS|SCHEDULE|UPDATE|REMINDER|NOTICE|CLOSURE|CLOSINGS?)\b|\b(?:PARKING|WEATHER|TRAFFIC|ROAD|CONSTRUCTION|SNOW|STORM|ICE|POWER|PHONE|PORTAL|SYSTEM|OUTAGE|LOT|ELEVATOR|ENTRANCE)\s+(?:ALERT|ADVISORY|CHANGE|CHANGES)\b/g;
const CHEER_RE = /\b(?:THANK YOU|THANKS|HAPPY(?: [A-Z'’]+){1,2}|CONGRAT(?:ULATION)?S|WELCOME(?: (?:BACK|HOME))?|WE LOVE(?: OUR)?|WE DID IT|GO TEAM)\b/g;

function spelledOutAgain(text: string, capitals: string): boolean {
  const lower = capitals.toLowerCase();
  const written = `${capitals[0]}${lower.slice(1)}`;
  return cachedRegExp(`\\b(?:${lower}|${written})\\b`).test(text);
}

/** Whether `word` stands as a whole word in `text` at or after `from`. */
function standsAfter(text: string, word: string, from: number): boolean {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1))
    if (!/[A-Za-z0-9]/.test(text.charAt(at - 1)) && !/[A-Za-z0-9]/.test(text.charAt(at + word.length))) return true;
  return false;
}

/**
 * "STAY, SAFE, SIDE 💜 STAY with the person… Keep them SAFE… on their SIDE": a short run of different words in capitals,
 * each said again after the run, where the post explains it. Not "STOP STOP STOP", one word shouted over and over.
 */
function isMnemonic(text: string, run: ReadonlyArray<{ word: string; end: number }>): boolean {
  const distinct = new Set(run.map((w) => w.word));
  if (run.length > 12 || distinct.size !== run.length) return false;
  const runEnd = (run[run.length - 1] as { end: number }).end;
  return [...distinct].every((word) => word.length >= 3 && standsAfter(text, word, runEnd));
}

/** "AEP, OEP, SEP? … AEP = Annual Enrollment Period": an acronym the post defines, each a term, not shouting. */
function definedInPost(text: string, capitals: string): boolean {
  return /^[A-Z]+$/.test(capitals) && cachedRegExp(`\\b${capitals}\\s*(?:=|:|\\(|stands\\s+for|means|is\\s+short\\s+for)\\s*[A-Z]`).test(text);
}

export interface CapsRun {
  start: number;
  end: number;
}

// Cheap gate: shouting needs two capitals, then later a word that starts with two capitals.
const TWO_CAPS_RE = /[A-Z]{2}/;
const CAPS_WORD_START_RE = /\b[A-Z]{2}/g;

/** Same as /[A-Z]{2}[\s\S]*?\b[A-Z]{2}/.test(text), which re-read the rest of the text from every pair of capitals. */
function hasTwoCapsWords(text: string): boolean {
  const first = TWO_CAPS_RE.exec(text);
  if (!first) return false;
  CAPS_WORD_START_RE.lastIndex = first.index + 2;
  return CAPS_WORD_START_RE.test(text);
}
const SENTENCE_RE = /[^.!?\n]+[.!?\n]*/g;

/**
 * Finds shouting inside one sentence: three or more consecutive all-caps words that are not known
 * acronyms, or two or more such words when one of them is a fear word ("STOP eating this NOW").
 */
const EVENT_TITLE_END = /^(?:FAIR|EXPO|FESTIVAL|CLASS|CLASSES|WORKSHOP|WALK|RUN|5K|DAY|NIGHT|WEEK|CLINIC|DRIVE|SCREENINGS?|SHOTS?|VACCINES?|CHECKS?|EXAMS?|PHYSICALS?|TESTING|OPEN HOUSE|CELEBRATION|PARTY|PICNIC|GALA)$/;

const DEFINED_AFTER = /^\s+(?:means|stands\s+for)\b/;

export function findCapsFear(text: string): CapsRun | undefined {
  if (!hasTwoCapsWords(text)) return undefined;
  SENTENCE_RE.lastIndex = 0;
  let s: RegExpExecArray | null;
  while ((s = SENTENCE_RE.exec(text)) !== null) {
    const words: Array<{ word: string; start: number; end: number }> = [];
    CAPS_WORD_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    const openers = [...s[0].matchAll(FACT_OPENER_RE), ...s[0].matchAll(CHEER_RE), ...s[0].matchAll(HEADING_RE)].map((o) => [o.index, o.index + o[0].length] as const);
    while ((m = CAPS_WORD_RE.exec(s[0])) !== null) {
      if (ACRONYMS.has(m[0].replace(/['’]/g, ''))) continue;
      // "a tornado WATCH means…": a term in capitals that the sentence defines.
      if (DEFINED_AFTER.test(s[0].slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      const at = m.index;
      if (openers.some(([from, to]) => at >= from && at < to)) continue;
      words.push({ word: m[0], start: s.index + m.index, end: s.index + m.index + m[0].length });
    }
    if (words.length < 2) continue;
    // "the STOP-BANG questionnaire": one hyphenated name in capitals is a term, not shouting.
    if (words.length === 2 && text.slice(words[0]!.end, words[1]!.start) === '-') continue;
    // "SLIP, SLOP, SLAP … Slip on a shirt, slop on sunscreen": a mnemonic whose every word the post spells out again.
    // Asked once per distinct word: a long text can repeat one word thousands of times.
    if ([...new Set(words.map((w) => w.word))].every((word) => spelledOutAgain(text, word) || definedInPost(text, word))) continue;
    let consecutive = 1;
    let longest = 1;
    let longestEnd = 0;
    for (let i = 1; i < words.length; i++) {
      // "ONLY 3 DAYS LEFT": a number inside the shouting does not break it.
      consecutive = /^[\s,:;—–\-\d]*$/.test(text.slice(words[i - 1].end, words[i].start)) ? consecutive + 1 : 1;
      if (consecutive > longest) [longest, longestEnd] = [consecutive, i];
    }
    if (longest >= 3 && isMnemonic(text, words.slice(longestEnd - longest + 1, longestEnd + 1))) continue;
    const fear = words.some((w) => FEAR_WORDS.test(w.word));
    // "HEART HEALTH FAIR 💓 Free screenings Saturday": an event's name set as a title, not alarm.
    if (!fear && EVENT_TITLE_END.test((words[words.length - 1] as { word: string }).word)) continue;
    if (longest >= 3 || fear) return { start: words[0].start, end: words[words.length - 1].end };
  }
  return undefined;
}
