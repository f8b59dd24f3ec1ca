// Procedures, surgeries, treatments and encounters, lower case.
export const PROCEDURES = `
surgery|operation|knee replacement|hip replacement|joint replacement|total knee replacement|acl reconstruction|acl repair|rotator cuff repair|spinal fusion
back surgery|heart surgery|open-heart surgery|bypass|bypass surgery|cabg|coronary bypass|angioplasty|stent|stent placement|cardiac catheterization|cath
pacemaker|pacemaker implant|leadless pacemaker|leadless pacemaker implant|defibrillator|icd implant|ablation|valve replacement|tavr|heart transplant
transplant|kidney transplant|kidney swap|paired kidney exchange|kidney donation|liver transplant|bone marrow transplant|stem cell transplant|mastectomy|double mastectomy|lumpectomy|hysterectomy|c-section
cesarean|cesarean section|vasectomy|tubal ligation|ivf|in vitro fertilization|appendectomy|gallbladder surgery|cholecystectomy|tonsillectomy|adenoidectomy
colonoscopy|endoscopy|upper endoscopy|sigmoidoscopy|biopsy|skin biopsy|breast biopsy|bone marrow biopsy|mammogram|mammography|pap smear|pap test
ultrasound|sonogram|x-ray|xray|ct scan|cat scan|mri|pet scan|ekg|ecg|electrocardiogram|echocardiogram|echo|stress test|eeg|sleep study|dexa scan
chemo|chemotherapy|chemo session|radiation|radiation therapy|radiotherapy|immunotherapy|dialysis|infusion|iv therapy|blood transfusion|transfusion|red cell exchange|exchange transfusion|apheresis|plasmapheresis|plasma exchange
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
cpap|bipap|cpap machine|wound vac|oxygen therapy|iud|hearing aid|frenotomy|septoplasty|turp|lithotripsy|holter monitor|polysomnography|audiogram
lumbar fusion|spine fusion|back fusion|l5-s1 fusion|l4-l5 fusion|l4-5 fusion|c5-c6 fusion|c5-6 fusion|discectomy|microdiscectomy|laminectomy|kyphoplasty|vertebroplasty|disc replacement|artificial disc|cervical fusion|neck fusion|knee scope|arthroscopy|meniscus repair|labrum repair|labral repair|ucl reconstruction|achilles repair|carpal tunnel release
shoulder replacement|ankle replacement|hip resurfacing|orif|bone graft|wrist cast|ankle cast|fiberglass cast|knee brace|back brace|neck brace|wrist brace|steri-strips
steri strips|wound dressing|wound packing|spinal cord stimulator|knee injection|prp|cortisone injection|steroid shot|c section|csection|vaginal birth|vaginal delivery|vbac
water birth|induced labor|spinal block|forceps delivery|vacuum-assisted delivery|membrane sweep|cervical check|cerclage|amniocentesis|amnio|chorionic villus sampling|20-week scan
nuchal translucency scan|prenatal care|prenatal appointment|ob appointment|obgyn appointment|nicu admission|kangaroo care|phototherapy|bili lights|bili blanket|tongue tie release
tongue tie revision|lip tie release|lactation consultation|dilation and curettage|dilation and evacuation|abortion|iui|intrauterine insemination|icsi|egg freezing|embryo freezing
hsg|hysterosalpingogram|sonohysterogram|hysteroscopy|laparoscopy|leep|colposcopy|tubal reversal|tubes tied|pelvic exam|breast exam|well-woman exam|well woman exam|well-child visit
well child visit|well-baby visit|well baby visit|breast reconstruction|hand reconstruction|hand surgery|facial reconstruction|reconstructive surgery|jaw reconstruction|ear reconstruction|breast reduction|breast augmentation|breast implant|tummy tuck|liposuction|facelift|egg donation
sperm retrieval|prk|vision therapy|tonsils out|tonsils removed|adenoids out|adenoids removed|tubes in his ear|tubes in her ear|tubes in my ear|tubes in their ear|tubes in both ear
earwax removal|ear wax removal|ear irrigation|porcelain crown|tooth crown|tooth filling|tooth pulled|teeth pulled|dental cleaning|teeth cleaning|dental exam|dental work|gum graft
dental bridge|denture|tooth implant|palate expander|fluoride treatment|fluoride varnish|night guard|dental bonding|tooth bonding|anesthesia|anaesthesia|sedation|orthodontics|physio
physiotherapy|feeding therapy|aba therapy|cbt|dbt|dialectical behavior therapy|emdr|intensive outpatient program|iop|psych hold|inpatient psych|ect|electroconvulsive therapy|tms
transcranial magnetic stimulation|ketamine therapy|bed rest|bedrest|pelvic rest|hemodialysis|proton therapy|brachytherapy|car-t|port-a-cath|picc|chest tube|catheterization
iv fluids|iv antibiotics|iv drip|iv iron|plasmapheresis|ivig|nebulizer|oxygen tank|intubated|extubated|ecmo|trach|g-tube|j-tube|gj-tube|ng tube|ng-tube|tpn|stoma
hyperbaric therapy|vestibular therapy|pelvic floor therapy|lymphatic drainage|dry needling|acupuncture|chiropractic adjustment|bone scan|angiogram|fluoroscopy|barium swallow
barium enema|upper gi|egd|ercp|bronchoscopy|cystoscopy|laryngoscopy|bone density scan|emg|nerve conduction study|heart monitor|tilt table test|electrophysiology study|pet-ct
sleep test|gallbladder out|gallbladder removed|gallbladder removal|gastric sleeve|outpatient procedure|post-op|pre-op|mohs|mole removal|cyst removal|wart removal|cryotherapy
skin cancer removal|kidney stone removal|cardioversion|valve repair|sclerotherapy|heart procedure|brain shunt|cleft palate repair|cleft lip repair|clubfoot casting|spica cast
hip spica|ambulance ride|er trip|icu admission|telehealth visit|telehealth appointment|annual exam|mmr|tdap|dtap|b12 shot|b12 injection|immunisation|vaccinated
unvaccinated|parto|fisioterapia|terapia física|terapia fisica|radioterapia|endoscopia|colonoscopía|colonoscopia|mamografía|mamografia|ultrasonido|biopsia
splinted|splinting|stitched|stitched up|new hip|new knee|new kidney|new liver
fracture repair|wrist fracture repair|hip fracture repair|ankle fracture repair
extraction|extractions|emergency extraction|coolsculpting|hydrafacial|chemical peel|chemical peels|microneedling|dermaplaning|laser hair removal|laser resurfacing
fraxel|photofacial|ipl photofacial|lip filler|lip fillers|dermal filler|dermal fillers|rhinoplasty|nose job|blepharoplasty|eyelid surgery|brow lift
kybella|sculptra|spider vein treatment|vein ablation|laser skin treatment
`;
