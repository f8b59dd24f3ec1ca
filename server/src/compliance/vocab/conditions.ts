/** Words that make the capitalised word before them part of a condition's name ("Reye's syndrome", "Bell's palsy"). */
export const EPONYM_CONDITION_HEADS = 'syndrome|disease|palsy|lymphoma|sarcoma|phenomenon|ulcer';

// Diagnoses and conditions, lower case, with common synonyms. Plural and possessive forms are handled by the matcher.
export const CONDITIONS = `
diabetes|type 1 diabetes|type 2 diabetes|type one diabetes|type two diabetes|gestational diabetes|prediabetes|prediabetic|diabetic|diabetic ketoacidosis|dka
hypertension|high blood pressure|hypotension|low blood pressure|high cholesterol|hyperlipidemia|hypercholesterolemia
heart disease|coronary artery disease|heart attack|myocardial infarction|heart failure|congestive heart failure|chf|atrial fibrillation|afib|a-fib
arrhythmia|cardiomyopathy|angina|heart murmur|endocarditis|pericarditis|aortic stenosis|aneurysm|aortic aneurysm|peripheral artery disease
stroke|mini-stroke|transient ischemic attack|tia|brain bleed|hemorrhage|blood clot|deep vein thrombosis|dvt|pulmonary embolism|embolism
cáncer|presión alta|derrame cerebral|infarto|ataque al corazón|embarazo|depresión|ansiedad|asma|fractura|cancer|breast cancer|lung cancer|colon cancer|colorectal cancer|prostate cancer|skin cancer|melanoma|basal cell carcinoma|squamous cell carcinoma
carcinoma|leukemia|lymphoma|hodgkin lymphoma|myeloma|multiple myeloma|pancreatic cancer|ovarian cancer|cervical cancer|thyroid cancer|tumor|tumour
brain tumor|glioblastoma|sarcoma|metastatic|metastasis|stage 4|stage iv|cancer-free|in remission|remission|malignant|benign tumor
asthma|copd|chronic obstructive pulmonary disease|emphysema|bronchitis|pneumonia|tuberculosis|cystic fibrosis|sleep apnea|pulmonary fibrosis
covid|covid-19|long covid|coronavirus|flu|influenza|rsv|strep throat|strep|sinus infection|ear infection|bronchiolitis|whooping cough|pertussis
measles|mumps|chickenpox|shingles|hepatitis|hepatitis b|hepatitis c|hiv|aids|herpes|chlamydia|gonorrhea|syphilis|std|sti|hpv|uti|urinary tract infection
sepsis|mrsa|infection|cellulitis|lyme disease|mononucleosis|mono|meningitis|norovirus|stomach flu|food poisoning|salmonella|e. coli
depression|major depression|postpartum depression|anxiety|panic attacks|panic disorder|ptsd|post-traumatic stress disorder|ocd|bipolar disorder|bipolar
schizophrenia|psychosis|adhd|add|autism|autistic|eating disorder|anorexia|bulimia|insomnia|addiction|substance use disorder|alcoholism|opioid use disorder
sober|sobriety|overdose|suicidal|self-harm|dementia|alzheimer's|alzheimers|alzheimer's disease|parkinson's|parkinsons|parkinson's disease|multiple sclerosis|ms|als|epilepsy|seizure|seizures
migraine|migraines|concussion|traumatic brain injury|tbi|neuropathy|cerebral palsy|down syndrome|spina bifida|muscular dystrophy|bell's palsy
arthritis|rheumatoid arthritis|osteoarthritis|gout|lupus|fibromyalgia|osteoporosis|scoliosis|sciatica|herniated disc|back pain|chronic pain
torn acl|acl tear|torn rotator cuff|rotator cuff tear|torn meniscus|meniscus tear|fracture|broken arm|broken leg|broken wrist|broken hip|hip fracture|sprain
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
cavity|cavities|gum disease|gingivitis|periodontitis|periodontal disease|pink eye|conjunctivitis|head lice|torn acl|torn meniscus|second-degree burn|third-degree burn
swelling|bruise|bruising|nosebleed|nosebleeds|heartburn|acid reflux|reflux|constipation|constipated|blister|back spasm|muscle spasm|hot flashes|itching|itchy rash
blood clot|clot|sunburn|wheezing|cramps|cramping|contractions|bursitis|lice|warts|wart|bunion|ingrown toenail|ganglion cyst|dry socket|racing heart|ringing in the ears
cardiac arrest|panic attack|panic attacks|ptsd|adhd|relapse|lump|mole|fractured ankle|fractured wrist|fractured arm|fractured hip|hearing loss
narcolepsy|latex allergy|osgood-schlatter|osgood-schlatter disease|achilles tear|torn achilles|achilles rupture|otitis media|bph|enlarged prostate|hammertoe|pressure injury|thrush|mastitis|malaria|typhoid|rabies|dengue|heat stroke|frostbite|food allergy|peanut allergy|anaphylaxis|kidney infection|bladder infection|prostatitis|hydrocephalus|sinusitis
`;
