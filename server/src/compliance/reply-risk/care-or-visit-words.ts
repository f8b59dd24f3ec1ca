/** Words of a visit or of care, in a reply or a comment: "Thanks so much, Jenna! Enjoy your weekend." has none. */
export const CARE_OR_VISIT_RE =
  /\b(?:visit\w*|appointment|appt|miss(?:ed|ing)?\s+you|surgery|recover\w*|heal(?:s|ed|ing)?|feel(?:ing)?\s+better|treat\w*|cared?|caring|saw|see(?:ing)?\s+you|back|again|doctors?|dr|nurses?|patients?|results?|chart|shot|stitch\w*|baby|delivery)\b/i;
