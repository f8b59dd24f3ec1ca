import type { Detector } from '../types';

/**
 * "not wanting to be here anymore", "hurt myself", "suicidal": a comment that speaks of suicide or self-harm (not of a programme
 * against it: "the Zero Suicide training", "suicide prevention month").
 */
const CRISIS =
  /\b(?:(?<!\bzero\s)suicid\w*(?!\s+(?:prevention|awareness|training|walk|program(?:me)?|month|week|summit|coalition|task\s+force)\b)|kill(?:ing)?\s+myself|end(?:ing)?\s+(?:it\s+all|my\s+life)|(?:don['’]?t|do\s+not|not)\s+want(?:ing)?\s+to\s+(?:be\s+here|live|exist|wake\s+up)|no\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going\s+on)|better\s+off\s+(?:without\s+me|dead)|hurt(?:ing)?\s+myself|self[-\s]?harm\w*|cutting\s+myself|want\s+to\s+die|wish\s+i\s+(?:was|were)\s+dead|can['’]?t\s+go\s+on)\b/i;
/** 988, 911, a crisis line, a phone number or someone to call: the reply gets the person to help. */
const ROUTED = /\b(?:988|911|crisis|lifeline|emergency|hotline|helpline|call|text|dm|message|reach\s+out|nurse\s+line|behavioral\s+health|counselou?r|therapist)\b|\(\d{3}\)|\d{3}[-.\s]\d{4}/i;

/**
 * A reply to someone who speaks of suicide or self-harm must route them to 988, 911 or a counsellor; anything else
 * ("journaling and getting outside can help") stands in for care they need now.
 */
export const detectUnroutedCrisis: Detector = (ctx) => {
  if (ctx.kind !== 'reply' || !ctx.context || !CRISIS.test(ctx.context) || ROUTED.test(ctx.text)) return [];
  const start = ctx.text.length - ctx.text.trimStart().length;
  const end = ctx.text.trimEnd().length;
  if (end <= start) return [];
  return [
    {
      category: 'medical-advice',
      type: 'discourages-care',
      start,
      end,
      text: ctx.text.slice(start, end),
      severity: 'block',
      message: 'The comment speaks of suicide or self-harm, and this reply does not route the person to 988, 911 or a counsellor.',
      suggestion: 'Route right away, e.g. "Please call or text 988 (Suicide & Crisis Lifeline) now, or 911 if you are in danger. Our Behavioral Health team is at …"',
      rule: 'advice.crisis-not-routed',
    },
  ];
};
