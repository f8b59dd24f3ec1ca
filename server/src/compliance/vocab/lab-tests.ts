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
psa test|psa level|tuberculosis test|ppd test|drug test|urine drug screen|audiometry
`;
