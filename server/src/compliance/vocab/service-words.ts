/** What follows "patient" when it names a service or a group rather than one person: "patient portal", "patient stories". */
/** Right after "patient": " & Family Advisory Council", " and Family Resource Center" — a body or service named for patients and families. */
export const AND_FAMILY_BODY = String.raw`\s*(?:&|and)\s*family\s+(?:advisory|council|resource|lounge|services|experience|centered|centred)\b`;

export const PATIENT_SERVICE_WORDS =
  'assistance|fund|care\\s+(?:techs?|technicians?|assistants?|associates?|coordinators?|team|staff|units?)|navigators?|navigation|portal|advocates?|advocacy|education|experience|relations|services|safety|advisory|access|support|financial|families|stories|satisfaction|volunteers?|feedback|surveys?|comments|reviews|statements|bills|letters|notices|data|information|areas|rooms|floors|council|parking|lounge|handbook|guide|town\\s+halls?|forums?|listening\\s+sessions?';

/** What a shot is called: "flu shots", "the RSV vaccine", "a booster". */
export const SHOT_WORDS = String.raw`shots?|jabs?|vaccines?|vaccinations?|boosters?`;
/** Right after a disease: "flu shot", "measles vaccine", "flu season", "the flu clinic" — a vaccine or a season, not anyone's illness. */
export const NAMES_A_VACCINE = new RegExp(String.raw`^(?:\s*(?:,|and|or|&|\/)\s*[A-Za-z0-9-]+){0,2}[\s-]*(?:${SHOT_WORDS}|injections?|season|clinics?)\b`, 'i');

/** Right after a health term: "diabetes educators", "cancer center", "asthma camp", "stroke patient fund", "our dialysis and transplant families", "the infusion suite", "the Surgery Waiting Lounge", "infection data", "the kidney transplant waitlist", "opioid prescribing guidelines", "home INR monitoring", "INR management", "our concussion rehab program", "our pelvic health program", "our lymphedema therapists", "school asthma workshops", "a BPPV explainer", "hearing aid repairs", "our Sarcoma & Bone Tumor Program", "our headache fellowship" — one of our services, its rooms or the people it serves. */
export const NAMES_A_SERVICE = new RegExp(
  String.raw`^[)'’"”]?(?:\s+(?:and|&)\s+(?!(?:the|a|an|my|your|our|his|her|their|its|this|that|those|these)\b)[a-z]+(?:\s+[a-z]+)?)?[\s-]*(?:(?:family|caregiver|recovery|survivors?|wellness|prevention|rehab|rehabilitation|health|(?:gait|balance|mobility|fitness|exercise|nutrition)(?:\s+(?:and|&)\s+[a-z]+)?)\s+)?(?:patients?\s+(?:${PATIENT_SERVICE_WORDS})\b|educators?|therapists?|teams?|action\s+plans?|sections?|(?:support\s+)?circles?|nurses?|rns?\s+(?:roles|jobs|positions|openings)|navigators?|clinics?|program(?:me)?s?|class(?:es)?|workshops?|explainers?|repairs|fittings?|fellowships?|cent(?:er|re)|services?|specialists?|department|units?|camp|trainings?|scheduling|(?:family\s+|peer\s+)?(?:support\s+)?group|awareness|month|walk|research|fund|foundation|screenings?|fairs?|drives?|evaluations|checks|removals|consults|consultations|exams|forms?|gym|kits?|techs?|technicians?|rns|drills?|simulations?|counsel(?:l)?ing|coaching|transfers|referrals|records|office|leaders|leadership|families|alerts?|advisory|advisories|warnings?|community|communities|vans?|cuffs?|caps|pric(?:es|ing)|bus(?:es)?|trucks?|suites?|rooms?|areas?|lounges?|waiting\s+(?:rooms?|areas?|lounges?)|lobby|wing|testing|monitoring|management|data|rates|(?:survival|readmission|mortality|infection|complication|recurrence|success)\s+rates?|options|statistics|control|prevention|surveillance|myths|facts|basics|waitlists?|wait\s+lists?|guidelines|stewardship|prescribing|epidemic|safety|lab(?:s|oratory)?(?!\s+(?:results?|work|values?|tests?|reports?|draws?)\b))\b`,
  'i',
);

/** "la vacuna contra el tétanos", "vacunas para la influenza": the vaccine named before the disease, in Spanish. */
export const SPANISH_VACCINE_BEFORE = /(?<![\p{L}])(?:vacunas?\s+(?:(?:contra|para|de)\s+(?:el\s+|la\s+|los\s+|las\s+)?|del\s+)|vacunar(?:se|te|le|les|los|las)?\s+contra\s+(?:el\s+|la\s+|los\s+|las\s+)?)$/iu;
