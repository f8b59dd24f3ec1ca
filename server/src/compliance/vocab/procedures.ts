// Procedures, surgeries, treatments and encounters, lower case.
export const PROCEDURES = `
surgery|operation|knee replacement|hip replacement|joint replacement|total knee replacement|acl reconstruction|acl repair|rotator cuff repair|spinal fusion
back surgery|heart surgery|open-heart surgery|bypass|bypass surgery|cabg|coronary bypass|angioplasty|stent|stent placement|cardiac catheterization|cath
pacemaker|pacemaker implant|leadless pacemaker|leadless pacemaker implant|defibrillator|icd implant|ablation|valve replacement|tavr|heart transplant
transplant|kidney transplant|kidney swap|paired kidney exchange|kidney donation|liver transplant|bone marrow transplant|stem cell transplant|mastectomy|double mastectomy|lumpectomy|hysterectomy|c-section
cesarean|cesarean section|vasectomy|tubal ligation|ivf|in vitro fertilization|appendectomy|gallbladder surgery|cholecystectomy|tonsillectomy|adenoidectomy
colonoscopy|endoscopy|upper endoscopy|sigmoidoscopy|biopsy|skin biopsy|breast biopsy|bone marrow biopsy|mammogram|mammography|pap smear|pap test
ultrasound|sonogram|x-ray|xray|ct scan|cat scan|mri|pet scan|ekg|ecg|electrocardiogram|echocardiogram|echo|stress test|eeg|sleep study|dexa scan
chemo|chemotherapy|chemo session|radiation|radiation therapy|radiotherapy|immunotherapy|dialysis|infusion|iv therapy|blood transfusion|transfusion
physical therapy|occupational therapy|speech therapy|rehab|rehabilitation|cardiac rehab|counseling|therapy session|psychotherapy|detox
amputation|intubation|ventilator|tracheostomy|feeding tube|catheter|stitches|sutures|splint|wound care|debridement|skin graft
cataract surgery|lasik|hearing aid fitting|root canal|tooth extraction|wisdom teeth removal|circumcision|hernia repair|bariatric surgery|gastric bypass
weight-loss surgery|sleeve gastrectomy|lap band|spinal tap|lumbar puncture|epidural|nerve block|cortisone shot|steroid injection|joint injection
vaccination|immunization|flu shot|booster|well visit|sports physical|school physical|camp physical|annual physical|physical exam|checkup|check-up|follow-up appointment|office visit|er visit|hospitalization
inpatient stay|icu stay|nicu stay|labor and delivery|induction|prenatal visit|postpartum visit|newborn screening
dental crown|crown placement|veneers|porcelain veneers|dental implant|implant surgery|fillings|dental filling|cavity filling|teeth whitening|dental sealants
deep cleaning|scaling and root planing|wisdom teeth|wisdom tooth|braces|invisalign|orthodontic treatment|smile makeover|ear tubes|cochlear implant|hearing aids
cirugía|cirugia|operación|operacion|quimioterapia|quimio|cesárea|cesarea|radiografía|radiografia|diálisis|cirugía de rodilla|cirugía de cadera|trasplante
colostomy|ileostomy|ostomy|allergy shots|allergy testing|palliative care|hospice care|fertility treatment|egg retrieval|embryo transfer|iud insertion
cpap|bipap|cpap machine|wound vac|oxygen therapy|ivf|in vitro fertilization|iud|hearing aid|frenotomy|septoplasty|turp|lithotripsy|holter monitor|sleep study|polysomnography|audiogram
`;
