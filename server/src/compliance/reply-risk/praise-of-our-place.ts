import { CARE_OR_VISIT_RE } from './care-or-visit-words';

/** "Love the new mural in the lobby!!", "the new pediatric waiting room is SO cute": praise of a place or thing of ours. */
const PRAISES_OUR_PLACE =
  /\b(?:love|loved|loving|adore|obsessed\s+with)\s+(?:the|your|ur)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}(?:lobby|lobbies|murals?|waiting\s+rooms?|decorations|decor|artwork|aquarium|garden|fireplace|building|space|signage|design|look)\b|\b(?:the\s+)?new\s+(?:[\w-]+\s+){0,2}(?:lobby|mural|waiting\s+room|building|space)\s+(?:is|looks)\b/i;
/** The writer, or anyone's care, in the comment: "my kids didn't want to leave", "the nurses were lovely". */
const WRITER_OR_CARE =
  /\b(?:patient|doctor|dr|nurse|visit|appointment|appt|surgery|treat\w*|care|cared|saw|seen|delivered|stitch\w*|er|my|me|i|i['’]m|we)\b/i;
/** "hope the wait was short for u this time": the reply speaks of the commenter's visit. */
const THEIR_VISIT = /\b(?:wait|this\s+time|next\s+time|stay)\b/i;

/**
 * "Love the new lobby!! 😍" answered "Thank you! The mural was painted by students from Springfield Arts Academy 🎨": a
 * comment that only praises our building, answered about it, confirms no one's care.
 */
export const praisesOurPlaceOnly = (text: string, context: string | undefined): boolean =>
  !!context &&
  PRAISES_OUR_PLACE.test(context) &&
  !WRITER_OR_CARE.test(context) &&
  !CARE_OR_VISIT_RE.test(text) &&
  !THEIR_VISIT.test(text);
