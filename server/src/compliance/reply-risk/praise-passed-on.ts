import { wordedSentences } from '../text/sentences';

/** The rest of a sentence, "Dr." and all. */
const REST = String.raw`(?:[^.!?]|\b(?:dr|mr|mrs|ms|st)\.)*(?:[.!?]+\W*)?$`;

/** "We'll pass your kind words along to Dr. Whitfield", "We've shared it with the team", "Dr. Bello will be so happy to see this". */
const PASSES_ON = new RegExp(
  String.raw`^\W*(?:(?:aww+|oh)\W+)?(?:thank\s+you\W+|thanks\W+)?(?:(?:we['’]ll|we\s+will|we['’]ve|we\s+have)\s+(?:make\s+sure\s+(?:to\s+)?|be\s+sure\s+(?:to\s+)?|gladly\s+|happily\s+)?(?:pass(?:ed)?|shar(?:e|ed)|(?:[\w.]+\s+){0,3}(?:sees?|hears?|gets?)\b)|(?:she|he|they|the\s+(?:\w+\s+)?(?:team|crew|staff)|(?:dr\.?\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})\s+(?:will|['’]ll)\s+be\s+(?:so\s+)?(?:happy|thrilled|glad|touched|delighted)\s+to\s+(?:see|hear|read)\s+(?:this|that|it))\b${REST}`,
  'iu'
);
/** "Thank you!", "We agree!", "This made our morning!": thanks that say nothing of the commenter. */
const THANKS = new RegExp(
  String.raw`^\W*(?:(?:aww+|oh|yay|wow|ha+|lol)\W+)?(?:thank\s+you|thanks|we\s+(?:agree|think\s+so\s+too|love\s+(?:her|him|them|that|this)(?:\s+too)?)|this\s+made\s+our\s+(?:day|morning|week)|(?:that['’]?s|how)\s+(?:so\s+)?(?:kind|sweet|lovely)|appreciate\s+you)\b${REST}`,
  'iu'
);
/** "Hi Grace!": a greeting by name, and nothing more. */
const GREETING = /^\W*(?:[Hh]i|[Hh]ello|[Hh]ey)\s+\p{Lu}\p{Ll}+\W*$/u;
const CARE =
  /\b(?:cared?|caring|treat\w*|saw|see(?:ing)?\s+you|visit\w*|deliver\w*|patients?|stitch\w*|recover\w*|heal\w*|surgery|appointment|stay|discharg\w*|back|again|feel\w*\s+better|remember\w*|miss\w*|meeting\s+you|with\s+you)\b/i;
/** What of the commenter's a reply may pass on: their words, not their care. */
const THEIR_WORDS =
  /\byour\s+(?:(?:kind|sweet|lovely|warm)\s+)?(?:words|note|message|congratulations|compliments?|hello|shout-?out|thanks|love)\b|\bthank\s+you\b|\b(?:kind|sweet)\s+of\s+you\b/gi;
const TO_THEM = /\b(?:you|your|yours|you['’](?:re|ve|ll|d)|u|ur)\b/i;

/**
 * "We agree! 😊 We'll share your kind words with Dr. Whitfield and the Orthopedics team.": a reply made only of thanks and
 * of passing the comment's words on to our people, with nothing else said to the commenter or of anyone's care, confirms
 * no care, whatever the comment told ("Dr. Bello delivered both my babies!!"). "We'll pass this along — she loves
 * watching your kids grow up" says more, and stays the model's to judge.
 */
export function onlyPassesOnPraise(text: string): boolean {
  if (CARE.test(text) || TO_THEM.test(text.replace(THEIR_WORDS, ''))) return false;
  const sentences = wordedSentences(text);
  return (
    sentences.some((s) => PASSES_ON.test(s)) && sentences.every((s) => PASSES_ON.test(s) || THANKS.test(s) || GREETING.test(s))
  );
}
