/** Blood types as a donor or a patient writes them: a lab result, though a donor's says nothing of their care. */
export const BLOOD_TYPES =
  'o negative|o-negative|o neg|o-neg|o positive|o-positive|o-pos|ab negative|ab-negative|ab neg|ab-neg|ab positive|ab-positive|ab-pos|b negative|b-negative|b-neg|a-neg|a-negative|a-pos|type o blood|type a blood|type b blood|type ab blood';

// Laboratory tests and measurements, lower case.
export const LAB_TESTS = `
a1c|hba1c|hemoglobin a1c|blood sugar|blood glucose|glucose|fasting glucose|fasting blood sugar|glucose tolerance test|oral glucose tolerance test
cholesterol|ldl|hdl|triglycerides|lipid panel|lipid profile|blood pressure|bp reading|heart rate|pulse ox|oxygen saturation|o2 sat
cbc|complete blood count|white blood cell count|wbc|red blood cell count|hemoglobin|hematocrit|platelet count|platelets|blood count
bmp|cmp|basic metabolic panel|comprehensive metabolic panel|electrolytes|sodium|potassium|creatinine|bun|egfr|gfr|kidney function test|liver function test
liver enzymes|alt|ast|bilirubin|albumin|tsh|thyroid panel|free t4|t3|vitamin d|vitamin d level|b12|b12 level|iron level|ferritin|iron panel
psa|psa level|inr|pt/inr|d-dimer|troponin|bnp|crp|c-reactive protein|sed rate|esr|ana|rheumatoid factor|urinalysis|urine test|urine culture
blood culture|strep test|rapid strep test|covid test|pcr test|antigen test|flu test|pregnancy test|hcg|blood test|blood work|bloodwork|labs|lab results
test results|pathology report|biopsy results|genetic test|genetic testing|brca test|hiv test|std test|drug screen|tox screen|allergy test|skin prick test
sweat test|newborn screen|hearing test|vision test|bone density|bmi|body mass index|viral load|cd4 count|peak flow|spirometry|pulmonary function test
psa test|tuberculosis test|tb test|tb skin test|ppd test|drug test|urine drug screen|audiometry
bp|systolic|diastolic|pulse oximeter|pulse oximetry|oxygen level|o2 level|spo2|sugar reading|sugar level|cgm|dexcom|fingerstick|ketone level|urine ketones|insulin level|c-peptide
fructosamine|triglyceride level|lipoprotein a|apob|potassium level|magnesium level|phosphorus level|anion gap|kidney function|kidney numbers|urine protein|microalbumin|cystatin c
uric acid|liver function|liver panel|liver numbers|ggt|ammonia level|thyroid level|thyroid test|thyroid function test|t4|thyroid antibodies|tpo antibodies|iron studies|tibc
transferrin|folate level|vitamin level|hgb|hct|platelet level|white count|white cell count|neutrophil count|lymphocyte count|reticulocyte count|blood smear|coombs test
hormone level|hormone panel|testosterone level|estrogen level|estradiol level|progesterone level|fsh|amh|prolactin|cortisol level|dhea|ovulation test|cea|ca-125|tumor marker
cardiac enzyme|cpk|lactate level|procalcitonin|inflammation marker|inflammatory marker|anti-ccp|hla-b27|celiac panel|celiac test|ttg|ige|allergy panel|skin test|quantiferon
mantoux test|nasal swab|monospot|lyme test|urine sample|cologuard|urea breath test|semen analysis|sperm count|urine output|urine dipstick|coag panel|coagulation panel|fibrinogen
thyroid results|thyroid numbers|thyroid labs|blood results|kidney results|liver results|cholesterol results|scan results|mri results|ct results|x-ray results|ultrasound results
nipt|cell-free dna|genetic screening|gbs test|non-stress test|nst|biophysical profile|fetal heartbeat|cervical length|amniotic fluid level|hearing screening|hearing screen
vision screening|blood lead level|lead level|lead levels|bili level|developmental screening|autism screening|depression screening|cancer screening|colon cancer screening|lung cancer screening
skin cancer screening|mole check|breast cancer screening|prostate exam|diabetes screening|dexa|glaucoma test|lung function test|pap results|lab work|labwork|lab test|blood draw
biopsy report|pathology results|test came back positive|presión arterial|glucosa
${BLOOD_TYPES}
`;
