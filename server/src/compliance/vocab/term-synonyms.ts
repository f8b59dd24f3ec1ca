/**
 * Names for one condition, test or treatment that a reply may use for the commenter's own ("atrial fibrillation" said
 * back as "Afib", "Ehlers-Danlos" as "EDS", "presión del ojo" as "presión ocular"). Lower case; the first name of each group is
 * the one compared.
 */
const GROUPS = `
toenail fungus|toe nail fungus|nail fungus
atrial fibrillation|afib|a fib
hypertrophic cardiomyopathy|hcm
ehlers danlos|ehlers danlos syndrome|eds
hand foot and mouth|hand foot and mouth disease|hfmd
congestive heart failure|heart failure|chf
chronic obstructive pulmonary disease|copd
multiple sclerosis|ms
post traumatic stress disorder|post traumatic stress|ptsd
attention deficit hyperactivity disorder|adhd
obsessive compulsive disorder|ocd
irritable bowel syndrome|ibs
inflammatory bowel disease|ibd
gastroesophageal reflux disease|gerd|acid reflux
urinary tract infection|uti|bladder infection
deep vein thrombosis|dvt
peripheral artery disease|peripheral arterial disease|pad
chronic kidney disease|ckd
rheumatoid arthritis|ra
insufficient glandular tissue|igt
ménière's disease|ménière's|meniere's disease|meniere's
polycystic ovary syndrome|pcos
stop breathing at night|stopping breathing at night|stops breathing at night|stopped breathing at night
vocal fold paralysis|vocal cord paralysis
primary sclerosing cholangitis|psc
cholecystectomy|gallbladder removal|gallbladder out|gallbladder removed|gallbladder taken out|gallbladder surgery
appendectomy|appendix out|appendix taken out
port placement|port placed
needle-stick|needlestick|needle stick injury|needle-stick injury
type 1 diabetes|t1d|type one diabetes|type 1
type 2 diabetes|t2d|type two diabetes|type 2
respiratory syncytial virus|rsv
traumatic brain injury|tbi
obstructive sleep apnea|osa|sleep apnea
myocardial infarction|heart attack
transient ischemic attack|tia|mini stroke
generalized anxiety disorder|gad
human immunodeficiency virus|hiv
covid|covid 19|coronavirus
strep throat|strep
polycystic kidney disease|pkd
end stage renal disease|end stage kidney disease|esrd
hidradenitis suppurativa|hidradenitis|hs
restless legs syndrome|restless legs|restless leg syndrome|rls
atopic dermatitis|eczema
chemotherapy|chemo
c section|cesarean|caesarean|cesarean section|caesarean section
mammogram|mammo
in vitro fertilization|ivf
crohn's|crohn's disease|crohns
ulcerative colitis|uc
hypertension|high blood pressure|htn
hyperlipidemia|high cholesterol
hypothyroidism|underactive thyroid
hyperthyroidism|overactive thyroid
a1c|hba1c|hemoglobin a1c
otitis media|ear infection
sexually transmitted infection|sti|std
kidney stone|kidney stones|nephrolithiasis
alzheimer's|alzheimer's disease|alzheimers
tubal ligation|tubes tied|tied tubes
presión ocular|presion ocular|presión del ojo|presion del ojo
lca|reconstrucción de lca|reconstruccion de lca|reconstrucción del lca|cirugía de lca|cirugia de lca|rotura de lca|desgarro de lca|lesión de lca
vitamina d|nivel de vitamina d
diálisis|dialisis|hemodiálisis|hemodialisis|dializa|dializan|se dializa|se dializan|se dializó|se dializo|se dializaba|dializado|dializada
presión alta|hipertensión|hipertension|presion alta
osteochondritis dissecans|juvenile osteochondritis dissecans|juvenile ocd|ocd lesion
bipolar i disorder|bipolar i|bipolar 1|bipolar type 1|bipolar type i|bipolar 1 disorder
bipolar ii disorder|bipolar ii|bipolar 2|bipolar type 2|bipolar type ii|bipolar 2 disorder
`;

/** Lower case, curly apostrophes straightened, commas dropped, hyphens as spaces: "Hand, foot and mouth" is "hand foot and mouth". */
function normaliseTerm(written: string): string {
  return written
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/,/g, '')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const CANONICAL = new Map<string, string>();
for (const line of GROUPS.split('\n')) {
  const names = line.split('|').map(normaliseTerm).filter(Boolean);
  for (const name of names) CANONICAL.set(name, names[0] as string);
}

/** The name a term is compared under: its group's first name, or the term itself, normalised. */
export function canonicalTerm(written: string): string {
  const normal = normaliseTerm(written);
  return CANONICAL.get(normal) ?? normal;
}
