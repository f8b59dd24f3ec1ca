/** Words that make the capitalised word before them part of a condition's name ("Reye's syndrome", "Bell's palsy"). */
export const EPONYM_CONDITION_HEADS = 'syndrome|disease|palsy|lymphoma|sarcoma|phenomenon|ulcer';

// Diagnoses and conditions, lower case, with common synonyms. Plural and possessive forms are handled by the matcher.
export const CONDITIONS = `
diabetes|type 1 diabetes|type 2 diabetes|type 1|type 2|type one diabetes|type two diabetes|gestational diabetes|prediabetes|prediabetic|diabetic|diabetic ketoacidosis|dka
hypertension|high blood pressure|hypotension|low blood pressure|high cholesterol|hyperlipidemia|hypercholesterolemia
heart disease|coronary artery disease|heart attack|myocardial infarction|heart failure|congestive heart failure|chf|atrial fibrillation|afib|a-fib
arrhythmia|cardiomyopathy|hypertrophic cardiomyopathy|hcm|angina|heart murmur|endocarditis|pericarditis|aortic stenosis|aneurysm|aortic aneurysm|peripheral artery disease
stroke|mini-stroke|transient ischemic attack|tia|brain bleed|hemorrhage|blood clot|deep vein thrombosis|dvt|pulmonary embolism|embolism
cáncer|presión alta|derrame cerebral|infarto|ataque al corazón|embarazo|depresión|ansiedad|asma|fractura|cancer|breast cancer|lung cancer|colon cancer|colorectal cancer|prostate cancer|skin cancer|melanoma|basal cell carcinoma|squamous cell carcinoma
carcinoma|leukemia|lymphoma|hodgkin lymphoma|myeloma|multiple myeloma|pancreatic cancer|ovarian cancer|cervical cancer|thyroid cancer|tumor|tumour
brain tumor|glioblastoma|sarcoma|metastatic|metastasis|stage 4|stage iv|cancer-free|in remission|remission|malignant|benign tumor
asthma|copd|chronic obstructive pulmonary disease|emphysema|bronchitis|pneumonia|tuberculosis|tb|latent tb|active tb|cystic fibrosis|sleep apnea|pulmonary fibrosis
covid|covid-19|long covid|coronavirus|flu|influenza|rsv|strep throat|strep|sinus infection|ear infection|bronchiolitis|whooping cough|pertussis
measles|mumps|chickenpox|shingles|hepatitis|hepatitis b|hepatitis c|hiv|aids|herpes|chlamydia|gonorrhea|syphilis|std|sti|hpv|uti|urinary tract infection
sepsis|mrsa|infection|cellulitis|lyme disease|mononucleosis|mono|meningitis|norovirus|stomach flu|food poisoning|salmonella|e. coli
depression|major depression|postpartum depression|anxiety|panic attacks|panic disorder|ptsd|post-traumatic stress disorder|ocd|bipolar disorder|bipolar
schizophrenia|psychosis|adhd|add|autism|autistic|eating disorder|anorexia|bulimia|insomnia|addiction|substance use disorder|alcoholism|drinking problem|opioid use disorder
bipolar|bipolar i|bipolar ii|bipolar 1|bipolar 2|bipolar depression|meth|methamphetamine|meth addiction|heroin|heroin addiction|cocaine|cocaine addiction|alcohol use disorder|white coat syndrome|white coat hypertension|white-coat hypertension|cutting herself|cutting himself|cutting myself|cutting themselves
sober|sobriety|overdose|suicidal|self-harm|dementia|alzheimer's|alzheimers|alzheimer's disease|parkinson's|parkinsons|parkinson's disease|multiple sclerosis|ms|als|epilepsy|seizure|seizures
migraine|migraines|concussion|traumatic brain injury|tbi|neuropathy|cerebral palsy|down syndrome|spina bifida|muscular dystrophy|bell's palsy
arthritis|rheumatoid arthritis|osteoarthritis|gout|lupus|fibromyalgia|osteoporosis|scoliosis|sciatica|herniated disc|osteochondritis dissecans|juvenile osteochondritis dissecans|juvenile ocd|ocd lesion|back pain|chronic pain
torn acl|acl tear|acl|torn rotator cuff|rotator cuff tear|torn meniscus|meniscus tear|fracture|broken arm|broken leg|broken wrist|broken hip|hip fracture|sprain
sprained ankle|tendonitis|carpal tunnel|carpal tunnel syndrome|plantar fasciitis|lisfranc injury|stress fracture|dislocation|whiplash|tennis elbow
kidney disease|chronic kidney disease|kidney failure|renal failure|kidney stones|kidney stone|dialysis-dependent|liver disease|cirrhosis|fatty liver|pancreatitis
crohn's|crohn's disease|ulcerative colitis|ibs|irritable bowel syndrome|celiac disease|celiac|gerd|acid reflux|ulcer|appendicitis|gallstones|diverticulitis
hypothyroidism|hyperthyroidism|hashimoto's|graves' disease|thyroid disease|pcos|polycystic ovary syndrome|endometriosis|infertility|miscarriage|stillbirth
pregnant|pregnancy|ectopic pregnancy|preeclampsia|high-risk pregnancy|premature birth|born premature|born prematurely|preemie|micro-preemie|prematurity|preterm labor|menopause|erectile dysfunction
anemia|sickle cell|sickle cell disease|hemophilia|thalassemia|mcad deficiency|phenylketonuria|pku|jaundice|failure to thrive|colic
eczema|psoriasis|acne|rosacea|dermatitis|hives|rash|vitiligo|alopecia|skin infection|wound infection|pressure ulcer|bedsore
allergy|allergies|peanut allergy|food allergy|anaphylaxis|hay fever|celiac sprue|lactose intolerance
obesity|obese|overweight|malnutrition|dehydration|heat stroke|heat exhaustion|hypothermia|frostbite|burns|third-degree burns
glaucoma|cataracts|cataract|macular degeneration|hearing loss|deaf|blindness|tinnitus|vertigo
cleft palate|hernia|incontinence|enlarged prostate|bph|kidney infection|bladder infection|yeast infection
long-term illness|terminal illness|terminally ill|chronic illness|rare disease|genetic disorder|birth defect|heart defect|congenital heart defect
hemorrhoid|chest tightness|morning sickness|sore throat|toothache|earache|stomach ache|bleeding gums
lupus fatigue|fatigue|chest pain|shortness of breath|fever|cough|headache|nausea|vomiting|diarrhea|dizziness|fainting|palpitations|numbness
cavity|cavities|gum disease|gingivitis|periodontitis|periodontal disease|pink eye|conjunctivitis|head lice|second-degree burn|third-degree burn
swelling|bruise|bruising|nosebleed|nosebleeds|heartburn|reflux|constipation|constipated|blister|back spasm|muscle spasm|hot flashes|itching|itchy rash
clot|sunburn|wheezing|cramps|cramping|contractions|bursitis|lice|warts|wart|bunion|ingrown toenail|ganglion cyst|dry socket|racing heart|ringing in the ears
cardiac arrest|panic attack|relapse|lump|mole|fractured ankle|fractured wrist|fractured arm|fractured hip
narcolepsy|latex allergy|osgood-schlatter|osgood-schlatter disease|achilles tear|torn achilles|achilles rupture|otitis media|hammertoe|pressure injury|thrush|mastitis|malaria|typhoid|rabies|dengue|poison ivy|poison oak|poison sumac|anthrax|wpw|wolff-parkinson-white|cutaneous anthrax|hantavirus|rocky mountain spotted fever|c. diff|c. difficile|valley fever|histoplasmosis|tularemia|leptospirosis|alpha-gal syndrome|prostatitis|hydrocephalus|sinusitis
swollen|dizzy|nauseous|nauseated|feverish|itchy|wheezy|short of breath|lightheaded|light-headed|bloated|numb|queasy|woozy|achy|fatigued|lethargic|dehydrated|anemic|anaemic
asthmatic|epileptic|arthritic|hypoglycemic|hyperglycemic|immunocompromised|immunosuppressed|bedridden|bedbound|concussed|jaundiced|nearsighted|farsighted|colorblind|sprained
inflamed|infected|sniffles|throwing up|threw up|puking|puked|vomit|vomited|dry heaving|retching|coughing|coughed up blood|sneezing|wheeze|night sweats|hot flushes|indigestion
stomach pain|stomach bug|stomach virus|stomachache|tummy ache|tummy bug|bellyache|abdominal pain|bloating|blood in stool|blood in my stool|blood in urine|blood in my urine
rectal bleeding|bladder leakage|bedwetting|bed-wetting|diarrhoea|seasickness|runny nose|stuffy nose|nasal congestion|chest congestion|sinus pressure|postnasal drip|post-nasal drip
head cold|chest cold|croup|hoarseness|hoarse voice|labored breathing|enlarged tonsils|tonsil stones|ear ache|ear pain|earwax buildup|swimmer's ear|ruptured eardrum
perforated eardrum|hearing impairment|deafness|deviated septum|broken nose|double vision|vision loss|dry eye|eyestrain|stye|amblyopia|strabismus|astigmatism|myopia|nearsightedness
farsightedness|retinal detachment|keratoconus|corneal abrasion|tooth pain|tooth sensitivity|tooth decay|broken tooth|abscessed tooth|gum recession|jaw pain|tmj|tmd|teeth grinding
bruxism|dry mouth|canker sore|tongue tie|tongue-tie|tongue-tied|lip tie|abscess|cyst|skin tag|keloid|ringworm|athlete's foot|toenail fungus|impetigo|scabies|molluscum|melasma
hyperpigmentation|port-wine stain|hemangioma|urticaria|angioedema|jellyfish sting|first-degree burn|bed sore|pressure sore|laceration|stab wound|gunshot wound|broken toe
broken finger|broken rib|broken foot|broken collarbone|broken ankle|broken bone|broken neck|broken back|broken jaw|broken pelvis|broken femur|broken elbow|broken thumb|broken pinky|broken pinkie|torn labrum
labral tear|torn mcl|mcl tear|torn pcl|torn ligament|torn tendon|torn hamstring|torn bicep|dumping syndrome|torn pec|pec tear|torn pectoral|pectoral tear|torn muscle|muscle strain|hamstring strain|groin strain|back strain|dislocated shoulder
dislocated knee|dislocated finger|dislocated hip|dislocated kneecap|rotator cuff injury|shin splints|jumper's knee|pinched nerve|bulging disc|bulging disk|ruptured disc
herniated disk|degenerative disc disease|spinal cord injury|iliotibial band syndrome|knee injury|back injury|head injury|sports injury|shoulder injury|neck injury|hamstring injury
acl injury|brain injury|bone spur|polymyalgia rheumatica|sjogren's|sjögren's syndrome|scleroderma|ehlers-danlos|eds|farmer's lung|hypermobility|marfan syndrome|fibro|bone loss|osteopenia
hip dysplasia|clubfoot|muscle weakness|muscle aches|body aches|joint pain|muscle pain|knee pain|hip pain|neck pain|shoulder pain|wrist pain|elbow pain|nerve pain|pelvic pain
groin pain|testicular pain|breast pain|backache|back ache|labor pains|pain flare|flare-up|flareup|brain fog|tremor|tic disorder|tourette's|tourettes|tourette syndrome
muscle twitching|tingling|nerve damage|neuralgia|paraplegic|quadriplegic|paraplegia|quadriplegia|brain damage|convulsions|fainted|syncope|bppv|vestibular disorder
huntington's disease|myasthenia gravis|guillain-barre|guillain-barré|restless legs|restless leg syndrome|dysautonomia|pots|postural orthostatic tachycardia syndrome|asd|dyslexia|dyspraxia|dyscalculia|developmental delay
speech delay|auditory processing disorder|apraxia|stutter|stuttering|cognitive decline|cognitive impairment|sundowning|delirium|gad|clinically depressed|depressive episode
depressive disorder|mdd|baby blues|manic episode|bpd|schizoaffective|psychotic episode|hallucinations|dissociative identity disorder|depersonalization|derealization
obsessive compulsive disorder|obsessive-compulsive disorder|hoarding disorder|trichotillomania|skin picking|body dysmorphia|body dysmorphic disorder|arfid|orthorexia
disordered eating|suicide attempt|self-harming|self-harmed|cptsd|c-ptsd|night terrors|sleepwalking|sleep paralysis|phobia|agoraphobia|emetophobia|selective mutism|alcohol use disorder
alcohol dependence|drug abuse|substance abuse|opioid withdrawal|alcohol withdrawal|relapsed|overdosed|sleep disorder|insomniac|t1d|t2d|insulin resistance|insulin resistant
metabolic syndrome|high blood sugar|low blood sugar|thyroid problem|underactive thyroid|overactive thyroid|thyroid nodule|goiter|hashimotos|addison's disease|cushing's syndrome
cushing's disease|adrenal insufficiency|low testosterone|low t|hypogonadism|vitamin d deficiency|b12 deficiency|iron deficiency|vitamin deficiency|low iron|low potassium
high potassium|low vitamin d|high triglycerides|underweight|hbp|high bp|low bp|heart condition|heart problem|enlarged heart|irregular heartbeat|irregular heart rhythm
rapid heartbeat|tachycardia|bradycardia|svt|long qt syndrome|wolff-parkinson-white syndrome|heart valve disease|heart blockage|carotid artery disease|heart block|varicose vein
raynaud's|hypertensive crisis|clotting disorder|bleeding disorder|atrial flutter|vsd|atrial septal defect|ventricular septal defect|tetralogy of fallot
hypoplastic left heart syndrome|hlhs|coarctation of the aorta|aortic dissection|cardiovascular disease|cardiac disease|peripheral vascular disease|venous insufficiency|edema|oedema
lymphedema|thrombocytopenia|neutropenia|low platelets|low white count|blood disorder|itp|pneumothorax|pleurisy|pleural effusion|lung disease|lung nodule|pulmonary nodule
respiratory failure|respiratory distress|bronchospasm|reactive airway disease|allergic reaction|peanut reaction|nut reaction|egg reaction|milk reaction|shellfish reaction|sesame reaction|bee-sting reaction|bee sting reaction|sting reaction|food reaction|drug reaction|vaccine reaction|anaphylactic reaction|food intolerance|lactose intolerant|osa|bronchiectasis
alpha-1 antitrypsin deficiency|cmpa|staph|c diff|c-diff|clostridium difficile|helicobacter pylori|rotavirus|enterovirus|adenovirus|hfmd|roseola|pinworms|tetanus|lockjaw|polio
diphtheria|rubella|smallpox|mpox|monkeypox|h1n1|zika|ebola|cholera|listeria|giardia|campylobacter|shigella|hep a|hep b|hep c|hsv|hsv-1|hsv-2|pelvic inflammatory disease|cmv
cytomegalovirus|epstein-barr|ebv|ibd|inflammatory bowel disease|crohns|sibo|gastroparesis|gallbladder attack|gallbladder disease|nafld|liver failure|bowel obstruction
intestinal blockage|anal fissure|fistula|polyp|barrett's esophagus|dysphagia|fecal impaction|encopresis|intussusception|irritable bowel|ruptured appendix|ckd|esrd
end-stage renal disease|acute kidney injury|kidney damage|overactive bladder|prolapse|urinary retention|enuresis|undescended testicle|testicular torsion|hydrocele|varicocele
peyronie's disease|premature ejaculation|low sperm count|hypospadias|irregular period|pmdd|premenstrual syndrome|premenstrual dysphoric disorder|amenorrhea|fibroid
pelvic floor dysfunction|vaginismus|vulvodynia|vaginal dryness|vaginal atrophy|perimenopause|perimenopausal|postmenopausal|post-menopausal|stillborn|preterm birth|premature labor
placenta previa|placental abruption|placenta accreta|cervical insufficiency|short cervix|hellp syndrome|hyperemesis|breech|oligohydramnios|polyhydramnios|low amniotic fluid|iugr
fetal growth restriction|pprom|premature rupture of membranes|gdm|diastasis recti|low milk supply|brca mutation|brca1|brca2|cervical dysplasia|ovarian torsion|premature baby|sids
plagiocephaly|torticollis|cleft lip|trisomy 21|trisomy 18|bronchopulmonary dysplasia|ivh|neonatal abstinence syndrome|precocious puberty|enlarged adenoids|dcis|neuroblastoma
retinoblastoma|osteosarcoma|rhabdomyosarcoma|mesothelioma|hodgkin's disease|aml|cll|myelodysplastic syndrome|cancerous|precancerous|metastasized|pheochromocytoma|autoimmune disease
autoimmune disorder|genetic condition|genetic mutation|chromosomal abnormality|amputee|fiebre|dolor de cabeza|dolor de espalda|dolor de pecho|náuseas|mareos|alergia|neumonía
neumonia|hipertensión|colesterol alto|migraña|embarazada|gripa|convulsiones|infección|infeccion|diarrea|vómito|vomito|diabético|diabética|insuficiencia renal|ataque de pánico
ataque de panico|enfermedad renal
spontaneous coronary artery dissection|coronary artery dissection|scad|puncture wound|nail-gun puncture|postpartum
hand foot and mouth|hand foot and mouth disease|hand, foot and mouth|hand, foot, and mouth|hfmd
seizure-free|seizure free|cancer-free|cancer free|blocked artery|blocked arteries
nephrotic syndrome|nephritis|glomerulonephritis|polycystic kidney disease|pkd|iga nephropathy|end-stage renal disease|end-stage kidney disease|kidney rejection|transplant rejection|near-drowning|near drowning
`;
