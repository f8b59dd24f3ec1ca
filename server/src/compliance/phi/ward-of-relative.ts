import { personCandidate, type PhiCandidate } from './phi-candidate';
import { answeredComment, type PhiScan } from './phi-scan';

/** "my daughter is in your psych unit", "Dad's been on your cardiac floor since Monday": someone the commenter knows is staying with us. */
const STAYING_WITH_US =
  /\b(?:is|was|are|were|['’]s|been|got\s+(?:admitted|moved))\s+(?:still\s+)?(?:in|on|at|to)\s+(?:your|the)\s+(?:[\p{L}-]+\s+){0,2}(?:unit|ward|floor|icu|nicu|picu|hospital|wing)\b|\badmitted\b/iu;
/** "4 West", "6 North", "Unit 3B": the name of one ward. */
const WARD = /\b\d{1,2}\s?(?:East|West|North|South)\b|\b(?:[Uu]nit|[Ww]ard|[Ff]loor)\s+\d{1,2}[A-Z]?\b/g;

/**
 * "Visiting hours on 4 West are 6–8pm" to someone whose daughter is in our psych unit: the reply names the ward where
 * the commenter's relative stays, which confirms the stay and says where to find them.
 */
export function findWardsOfStayingRelatives(scan: PhiScan): PhiCandidate[] {
  const context = answeredComment(scan);
  if (!context || !scan.hasDigit || !STAYING_WITH_US.test(context)) return [];
  return [...scan.text.matchAll(WARD)].map((m) =>
    personCandidate(m, 'location', 'phi.location.ward-of-relative', "The ward where the commenter's relative is staying, named in public"),
  );
}
