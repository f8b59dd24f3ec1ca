/* Statistics: a sentence that tells of many people at once, and so of no one. */
/** "94% of our heart attack patients", "a readmission rate of 14.2%": a share of many people, told of no one. */
const SHARE_OF_MANY = /\b\d+(?:\.\d+)?\s*(?:%|percent\b)/i;
const SOMEONE_SINGLE = /\b(?:he|she|him|her|his|hers|you|your|my|mom|dad|son|daughter|husband|wife)\b/i;
const MANY =
  /\b(?:patients|people|adults|children|kids|teens|teenagers|members|women|men|residents|neighbou?rs|families|babies|infants|seniors|employees|units|visits|admissions|falls|cases|[\w-]+-olds|rates?)\b/i;
/** "214 babies graduated home from our NICU", "47 positive flu tests at our urgent cares last week": a count of many. */
const COUNT_OF_MANY =
  /\b\d{2,}(?:,\d{3})*\s+(?:[\w-]+\s+){0,2}(?:patients|people|babies|visits|tests|surgeries|operations|procedures|shots|vaccines|vaccinations|screenings|admissions|cases|deliveries|births)\b/i;
/** "…41 people yesterday, including a mail carrier with frostbite": the count opens the story of one of them. */
const ONE_OF_THEM = /\bincluding\s+(?:a|an|one|the|twins|triplets)\b|\bamong\s+them\b|\bone\s+of\s+them\b/i;
export const isShareOfMany = (sentence: string): boolean =>
  ((SHARE_OF_MANY.test(sentence) && MANY.test(sentence)) || (COUNT_OF_MANY.test(sentence) && !ONE_OF_THEM.test(sentence))) &&
  !SOMEONE_SINGLE.test(sentence);
