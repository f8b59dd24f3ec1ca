/**
 * More conditions, procedures, tests and medications, lower case, in the format of the core lists. Only the PHI, advice and
 * clickbait rules read them (vocab/health-term-index.ts's findHealthTerms): the hashed models' word classes, and the words
 * the name finder treats as never a name, stay on the core lists. That way a term added here needs no retraining (a bulk
 * addition to the core lists churned both models' verdicts in session 31), and a first word such as "glenn" (Glenn
 * procedure) or "baker" (Baker Act) does not stop a person of that name from being found.
 */
export const EXTRA_CONDITIONS = `
fsgs|focal segmental glomerulosclerosis|heel pain|foot pain|ankle pain|arch pain|toe nail fungus|nail fungus|heel wound|foot wound|toe wound
blocked artery|blocked arteries|blocked neck artery|blocked carotid|carotid blockage
dense breasts|dense breast tissue|heterogeneously dense breasts|extremely dense breasts
lipedema|lipoedema|lymphoedema
burst appendix|perforated appendix|perforated bowel|collapsed lung|punctured lung|subdural hematoma|fractured skull|leaky heart valve
mitral regurgitation|aortic regurgitation|bicuspid aortic valve|patent ductus arteriosus|hole in the heart|transposition of the great arteries
kawasaki disease|fifth disease|cradle cap|hirschsprung's disease|infantile spasms|dravet syndrome|lennox-gastaut syndrome|status epilepticus
rett syndrome|angelman syndrome|prader-willi syndrome|williams syndrome|fragile x syndrome|fragile x|turner syndrome|klinefelter syndrome
digeorge syndrome|22q deletion|noonan syndrome|cri du chat|trisomy 13|spinal muscular atrophy|batten disease|tay-sachs disease|osteogenesis imperfecta
brittle bone disease|achondroplasia|dwarfism|chiari malformation|arteriovenous malformation|tethered cord|microcephaly|biliary atresia|gastroschisis
omphalocele|esophageal atresia|club foot|perthes disease|sever's disease|nursemaid's elbow|medulloblastoma|diffuse intrinsic pontine glioma
astrocytoma|glioma|acoustic neuroma|meningioma|von willebrand disease|factor v leiden|antiphospholipid syndrome|pancytopenia|cholangiocarcinoma
brain metastases|brain mets|bone mets|seasonal affective disorder|adjustment disorder|dysthymia|borderline personality disorder
narcissistic personality disorder|antisocial personality disorder|personality disorder|reactive attachment disorder|oppositional defiant disorder
conduct disorder|binge eating|functional neurological disorder|catatonia|schizophrenic|nervous breakdown|mental breakdown|attempted suicide
alcohol poisoning|recovering alcoholic|recovering addict|drug addict|fetal alcohol syndrome|fetal alcohol spectrum disorder|asperger's|aspergers
asperger syndrome|sensory processing disorder|intellectual disability|learning disability|pseudotumor cerebri|dystonia|ataxia|lou gehrig's disease
motor neuron disease|aphasia|complex regional pain syndrome|cubital tunnel syndrome|thoracic outlet syndrome|cauda equina syndrome|spondylolisthesis
slipped disc|broken vertebra|fractured vertebra|broken vertebrae|facial paralysis|paralysis|hemiplegia|locked-in syndrome|medically induced coma
induced coma|vegetative state|brain death|shaken baby syndrome|detached retina|torn retina|retinal tear|lazy eye|crossed eyes|chalazion|legally blind
low vision|visual impairment|cortical visual impairment|nystagmus|ptosis|droopy eyelid|scratched cornea|thyroid eye disease|meniere's disease|glue ear
dysgraphia|frontal lisp|frontal lisps|lateral lisp|lisp|needle-stick|needlestick|needle stick injury|needle-stick injury|primary sclerosing cholangitis|psc|stop breathing at night
stopping breathing at night|stops breathing at night|stopped breathing at night|vocal cord nodules|vocal cord paralysis|vocal fold nodules|vocal fold paralysis|vocal fold polyp|vocal cord polyp|spasmodic dysphonia|muscle tension dysphonia|dysphonia|laryngomalacia|black lung|legionnaires' disease|fluid in the lungs|fluid on the lungs|fluid on the brain
broken heart syndrome|brugada syndrome|v-tach|ventricular fibrillation|v-fib|stemi|nstemi|clogged arteries|hardening of the arteries
pericardial effusion|h. pylori|h pylori|short bowel syndrome|achalasia|esophageal varices|gi bleed|internal bleeding|ascites|gluten intolerance
gluten sensitivity|fpies|alpha-gal syndrome|mast cell activation syndrome|neurogenic bladder|urosepsis|blighted ovum|incompetent cervix|vasa previa
nuchal cord|shoulder dystocia|uterine rupture|retained placenta|perineal tear|third-degree tear|fourth-degree tear|trichomoniasis|toxic shock syndrome
pre-eclampsia|eclampsia|subchorionic hematoma|braxton hicks|neonatal death|birth injury|brachial plexus injury|erb's palsy|low birth weight
small for gestational age|extremely premature|rh incompatibility|hyperparathyroidism|hypoparathyroidism|thyroid storm|growth hormone deficiency
acromegaly|congenital adrenal hyperplasia|rhabdomyolysis|rhabdo|rickets|hypothyroid|hyperthyroid|mixed connective tissue disease|behcet's disease
still's disease|pseudogout|lichen sclerosus|male pattern baldness|epidermolysis bullosa|stevens-johnson syndrome|flesh-eating bacteria|gangrene|lipoma
septic shock|blood poisoning|toxic shock|human metapneumovirus|hmpv|h5n1|mis-c|west nile virus|leprosy|botulism|cat scratch disease|tapeworm|jock itch
meningococcal disease|ramsay hunt syndrome|sars|torn calf|calf strain|pulled hamstring|pulled groin|torn quad|torn pec|torn triceps|torn ucl|ucl tear
rolled ankle|twisted ankle|jammed finger|mallet finger|trigger finger|fractured rib|fractured pelvis|fractured femur|fractured tibia|fractured fibula
broken tibia|broken fibula|fractured jaw|fractured elbow|fractured finger|fractured toe|fractured foot|fractured collarbone|broken shoulder
broken heel|broken kneecap|fractured kneecap|fractured nose|broken eye socket|broken cheekbone|fractured vertebrae|dislocated elbow|dislocated ankle
dislocated jaw|separated shoulder|ac joint separation|frozen shoulder|shoulder impingement|slap tear|torn cartilage|golfer's elbow|runner's knee
it band syndrome|hip impingement|turf toe|heel spur|morton's neuroma|flat feet|compartment syndrome|disc herniation|degenerative joint disease
crush injury|degloving injury|burn injury|chemical burn|smoke inhalation|carbon monoxide poisoning|lead poisoning|heatstroke|hypoxia
dupuytren's contracture|cracked tooth|chipped tooth|knocked-out tooth|overbite|underbite|malocclusion|receding gums|dental caries|enlarged spleen
enlarged liver|enlarged lymph nodes|ruptured spleen|lacerated liver|sleep apnoea|idiopathic hypersomnia|cataplexy|progeria|alport syndrome
charcot-marie-tooth disease|common variable immunodeficiency|severe combined immunodeficiency|g6pd deficiency|lynch syndrome|li-fraumeni syndrome
hereditary hemorrhagic telangiectasia|loeys-dietz syndrome|stiff person syndrome|pierre robin sequence|treacher collins syndrome|charge syndrome
mitochondrial disease|leigh syndrome|adrenoleukodystrophy|leukodystrophy|maple syrup urine disease|fibrodysplasia ossificans progressiva|albinism
henoch-schonlein purpura|thrombotic thrombocytopenic purpura|hemolytic uremic syndrome|porphyria|microtia|me/cfs|decompression sickness
serotonin syndrome|tardive dyskinesia|symphysis pubis dysfunction|round ligament pain|flat head syndrome|hypoplastic right heart syndrome
pulmonary atresia|tricuspid atresia|truncus arteriosus|ebstein's anomaly|single ventricle|low ejection fraction|left ventricular hypertrophy
graft-versus-host disease|graft versus host disease|gvhd|cytokine release syndrome|nsclc|dlbcl|scid|dipg|mcas|fasd|ards|broken hand|fractured hand
dislocated wrist|dislocated thumb|chicken pox|hand foot mouth|self harm|self harming|sunstroke|miscarried|pectus excavatum|pectus carinatum|hypotonia
low muscle tone|motor delay|premie|post traumatic stress disorder|chd|eoe|sjs|iih|pph|cml|jia|sle|hirschsprung disease|myotonic dystrophy
niemann-pick disease|sturge-weber syndrome|moyamoya disease|macrocephaly|ependymoma|pituitary adenoma|leukopenia|leiomyosarcoma|liposarcoma
chondrosarcoma|cyclothymia|hypochondria|dissociative disorder|cannabis use disorder|wernicke-korsakoff syndrome|asperger's syndrome
friedreich's ataxia|syringomyelia|facial palsy|hemiparesis|pterygium|presbyopia|cholesteatoma|tracheomalacia|legionnaires disease|cardiac tamponade
volvulus|exocrine pancreatic insufficiency|wilson's disease|cystocele|rectocele|endometrioma|cephalohematoma|macrosomia|periventricular leukomalacia
hypopituitarism|hyperinsulinism|refeeding syndrome|scurvy|lichen planus|pityriasis rosea|pemphigus|bullous pemphigoid|chikungunya|hansen's disease
bubonic plague|candidiasis|legionella|lumbago|splenomegaly|hepatomegaly|wiskott-aldrich syndrome|beckwith-wiedemann syndrome|smith-magenis syndrome
phelan-mcdermid syndrome|pitt-hopkins syndrome|lissencephaly|homocystinuria|hypophosphatasia|xeroderma pigmentosum|sydenham's chorea|cvid
psychiatric illness|autism spectrum disorder|attention deficit disorder|attention deficit hyperactivity disorder|generalized anxiety disorder
social anxiety disorder|postpartum anxiety|postpartum psychosis|treatment-resistant depression|major depressive disorder|anxiety disorder
anxiety attack|complex ptsd|suicidal ideation|suicidal thoughts|self-injury|binge eating disorder|anorexia nervosa|bulimia nervosa|alcohol abuse
alcohol addiction|opioid addiction|drug addiction|fentanyl overdose|opioid overdose|drug overdose|accidental overdose|vascular dementia
lewy body dementia|frontotemporal dementia|early-onset alzheimer's|mild cognitive impairment|trigeminal neuralgia|tension headache|chronic migraine
essential tremor|peripheral neuropathy|diabetic neuropathy|encephalitis|brain aneurysm|brain hemorrhage|hemorrhagic stroke|ischemic stroke|mini stroke
post-concussion syndrome|chronic traumatic encephalopathy|skull fracture|spinal stenosis|seizure disorder|febrile seizure|bladder cancer|kidney cancer
liver cancer|stomach cancer|esophageal cancer|throat cancer|oral cancer|bone cancer|blood cancer|uterine cancer|testicular cancer|brain cancer
adenocarcinoma|wilms tumor|triple-negative breast cancer|her2-positive|non-hodgkin lymphoma|hodgkin's|hodgkin's lymphoma|acute myeloid leukemia|acute lymphoblastic leukemia
aplastic anemia|metastatic cancer|terminal cancer|actinic keratosis|stage 0|stage 1a|stage 1b|stage 2a|stage 2b|stage 3a|stage 3b|stage 3 cancer
breast lump|lung mass|brain lesion|cholestasis of pregnancy|hyperemesis gravidarum|gestational hypertension|postpartum preeclampsia
postpartum hemorrhage|chemical pregnancy|molar pregnancy|missed miscarriage|recurrent miscarriage|pregnancy loss|threatened miscarriage
twin-to-twin transfusion syndrome|fetal distress|breech baby|rh negative|birth trauma|neonatal jaundice|newborn jaundice|group b strep
respiratory distress syndrome|micropreemie|sudden infant death syndrome|sickle cell anemia|sickle cell trait|pyloric stenosis|umbilical hernia
inguinal hernia|scarlet fever|diaper rash|infant reflux|silent reflux|milk allergy|egg allergy|nut allergy|penicillin allergy
global developmental delay|language delay|juvenile arthritis|juvenile diabetes|walking pneumonia|down's syndrome|tooth abscess|dental abscess
impacted wisdom teeth|tooth infection|fever blister|mouth ulcer|oral thrush|tmj disorder|jaw fracture|knocked out tooth|wet macular degeneration
dry macular degeneration|diabetic retinopathy|retinopathy|macular edema|optic neuritis|uveitis|dry eye disease|orbital fracture|visually impaired
atopic dermatitis|contact dermatitis|hidradenitis suppurativa|cystic acne|hormonal acne|alopecia areata|psoriatic arthritis|plaque psoriasis
staph infection|pilonidal cyst|genital warts|genital herpes|silent heart attack|widowmaker heart attack|mitral valve prolapse|myocarditis
vasovagal syncope|pulmonary hypertension|sudden cardiac arrest|heart palpitations|congenital heart disease|asthma attack|upper respiratory infection
silicosis|gastritis|stomach ulcer|peptic ulcer|colitis|gastroenteritis|fatty liver disease|interstitial cystitis|urinary incontinence|uterine fibroids
adenomyosis|bacterial vaginosis|male infertility|early menopause|hypoglycemia|hyperglycemia|hashimoto's thyroiditis|graves disease
ankylosing spondylitis|vasculitis|ehlers-danlos syndrome|sjogren's syndrome|bird flu|swine flu|group a strep|necrotizing fasciitis
bacterial meningitis|hiv positive|osteomyelitis|ankle sprain|sprained wrist|boxer's fracture|greenstick fracture|growth plate fracture
compound fracture|hairline fracture|compression fracture|femur fracture|broken clavicle|broken tailbone|head trauma|blunt force trauma|sports hernia
ankle fracture|wrist fracture|ruptured achilles|achilles tendonitis|patellar tendonitis|shoulder dislocation|shoulder separation|finger amputation
amputated finger|traumatic amputation|chainsaw injury|electrical burn|electrocution|repetitive strain injury|neck fracture|pesticide poisoning|pfo|ild
rls|kidneys failed|kidneys shut down|stimming|herniation|disc herniation
sexual assault|assault|domestic violence|intimate partner violence|strangulation|strangulation injuries|rape|sexual abuse|child abuse
abusive marriage|abusive relationship
ra|hair loss|ménière's|ménière's disease|meniere's|insufficient glandular tissue|igt|wetting the bed|injection site reaction|injection site reactions|sjögren's|sjogren's disease|sjögren's disease|sjögren|sjogren|síndrome de sjögren|sindrome de sjogren
pain crisis|pain crises|vaso-occlusive crisis|vaso-occlusive crises|vaso-occlusive episode|acute chest syndrome|joint bleed|joint bleeds|target joint|target-joint bleed|muscle bleed|bleeding episode|bleeding episodes|von willebrand|iron overload|splenic sequestration|priapism
de quervain's|de quervain's tenosynovitis|jersey finger|skier's thumb|gamekeeper's thumb|crushed fingertip|crushed finger|smashed finger|nail bed injury|hamstring tear|phantom limb pain|phantom pain|vocal nodules|vocal fold nodules|cf
limb loss|limb difference|limb differences
scald|scalds|scalded|scald burn|scald burns|kitchen scald|grease burn|burn scar|burn scars|facial burn scars|burn survivor|gambling disorder|problem gambling|compulsive gambling|gambling recovery|gaming disorder|gaming addiction|internet gaming disorder
stabbed|got stabbed|was stabbed|stab wounds|gunshot wounds|post-exertional malaise|post-exertional crash
pad|peripheral arterial disease
pe|pulmonary embolus
hs
cluster headache|cluster headaches|cluster cycle|cluster cycles|cluster attack|cluster attacks|cluster period|rebound headache|rebound headaches|medication overuse headache|medication-overuse headache|occipital neuralgia|new daily persistent headache
fq
detrusor overactivity|overactive detrusor|pudendal neuralgia
burkholderia|burkholderia cepacia|b. cepacia|pseudomonas|pseudomonas aeruginosa|nontuberculous mycobacteria
leukoplakia|oral leukoplakia|erythroplakia|tmj disorder|tmd
mucinous cyst|mucinous cysts|pancreatic cyst|pancreatic cysts|ipmn|serous cystadenoma
`;

export const EXTRA_PROCEDURES = `
custom orthotics|orthotics
bladder augmentation|augmentation cystoplasty|shunt check
fontan|fontan procedure|fontan surgery|lip revision|cleft lip revision|nasal revision|palate revision
month shots|month vaccines|kindergarten shots|baby shots
cast removal|cast off|casts off|arm cast|leg cast|walking cast|fiberglass cast|plaster cast|in a cast|cast came off|casts came off
crown fitting|crown prep|dental crown|appendix removal|appendix removed|external cephalic version|membrane stripping|fetal monitoring|anatomy scan|growth scan|cord blood banking
deep brain stimulation|vagus nerve stimulator|shunt revision|vp shunt|gamma knife|stereotactic radiosurgery|cyberknife|whipple procedure
bowel resection|nissen fundoplication|d and c|fine needle aspiration|lymph node removal|lymph node dissection|diep flap|tissue expanders|breast lift
mommy makeover|brazilian butt lift|otoplasty|bone marrow aspiration|stem cell harvest|apheresis|car t-cell therapy|targeted therapy|port placement
central line|hickman line|mediport|cardiac cath|heart cath|tavi|mitraclip|watchman procedure|left atrial appendage closure|pfo closure|loop recorder
cardiomems|heart failure sensor|wireless heart failure sensor|heart-failure sensor|wireless heart-failure sensor|pulmonary artery pressure sensor
zio patch|lvad|left ventricular assist device|norwood procedure|glenn procedure|fontan procedure|ivc filter|knee revision|hip revision|tendon repair
hardware removal|external fixator|closed reduction|joint aspiration|gel injection|trigger point injection|trigger finger release|pillcam|peg tube
paracentesis|thoracentesis|corneal cross-linking|sinus lift|all-on-4|temporary crown|clear aligners|balloon sinuplasty|hida scan
gastric emptying study|swallow study|vcug|urodynamics|ph probe|visual field test|oral food challenge|tilt test|medication-assisted treatment
psychiatric hospital|psych ward|psychiatric hold|baker act|involuntary commitment|72-hour hold|suicide watch|exposure therapy
cognitive behavioral therapy|cognitive behavioural therapy|neurofeedback|biofeedback|psilocybin therapy|stellate ganglion block|defibrillation
medial branch block|medial branch blocks|facet injection|facet joint injection|genicular nerve block|sympathetic nerve block|ketamine infusion|si joint injection
helmet therapy|cranial helmet|pavlik harness|kasai procedure|shingrix|gardasil|prevnar|varicella vaccine|rotateq|rotarix|pediarix|pentacel|boostrix
novavax|comirnaty|spikevax|arexvy|abrysvo|bcg treatment|scalp cooling|cold capping|radioactive iodine|total parenteral nutrition|arterial line
tattoo removal|breast explant|fet cycle|embryo testing|acdf|lap chole|hbot|boob job|gastric balloon|duodenal switch|stomach stapling|fna|tka|tkr|tha|thr|tia
vns|vns implant|vns battery replacement|vns battery change|vns generator replacement|vagus nerve stimulation|rns|responsive neurostimulation|video-eeg|video eeg|video-eeg monitoring|video eeg monitoring|eeg monitoring|roux-en-y|roux-en-y gastric bypass
ventriculoperitoneal shunt|penile implant|urolift|neck dissection|cardiac catheterisation|implantable loop recorder|knee aspiration
hyaluronic acid injection|scleral buckle|intravitreal injection|ptosis repair|yag laser|jaw wired shut|coronary calcium scan|low-dose ct|datscan
skeletal survey|nerve conduction test|hippotherapy|orchiopexy|ponseti method|zostavax|pneumovax|heplisav|engerix|twinrix|havrix|menveo|menactra
bexsero|varivax|proquad|vaxelis|kinrix|quadracel|adacel|jynneos|bcg vaccine|mresvia|radioactive iodine treatment|intrathecal pump|pump start
gestational surrogacy|sbrt|heart stent|heart catheterization|balloon angioplasty|aortic valve replacement|open heart surgery|triple bypass
double bypass|heart bypass|cardiac ablation|tonsil removal|adenoid removal|thyroid removal|thyroidectomy|spleen removal|splenectomy|kidney removal
prostate removal|prostatectomy|polyp removal|hemorrhoid surgery|hernia surgery|colostomy reversal|stomach pumped|liver biopsy|kidney biopsy
lung biopsy|prostate biopsy|lymph node biopsy|lung transplant|organ transplant|chemo port|port a cath|port placement|port placed|port removal|port came out|port care|port flush|port flushes|radiation treatment|chemo treatment
chemo infusion|round of chemo|rounds of chemo|iron infusion|breathing tube|breathing treatment|breathing machine|nasal cannula|home oxygen
supplemental oxygen|tracheotomy|prosthetic leg|artificial limb|ostomy bag|colostomy bag|urinary catheter|hip surgery|knee surgery|shoulder surgery
ankle surgery|foot surgery|hand surgery|wrist surgery|neck surgery|spine surgery|brain surgery|eye surgery|sinus surgery|emergency c-section
planned c-section|scheduled c-section|total hip replacement|knee replacement surgery|hip replacement surgery|knee arthroscopy|tommy john surgery
bunion surgery|acl surgery|rotator cuff surgery|scoliosis surgery|carpal tunnel surgery|below-knee amputation|above-knee amputation|leg amputation
craniotomy|tumor removal|brain tumor removal|epilepsy surgery|radiofrequency ablation|epidural steroid injection|botox injections|labor induction
episiotomy|vacuum delivery|frozen embryo transfer|ivf cycle|myomectomy|fibroid removal|endometrial ablation|partial hysterectomy|total hysterectomy
medication abortion|transvaginal ultrasound|dating scan|fetal echo|bilateral mastectomy|preventive mastectomy|implant removal|car t therapy
cataract removal|laser eye surgery|lasik surgery|glaucoma surgery|retinal surgery|strabismus surgery|ear tube surgery|cochlear implant surgery
wisdom tooth extraction|wisdom tooth removal|wisdom teeth extraction|wisdom teeth surgery|tooth removal|root canal treatment|baby root canal
gum surgery|orthognathic surgery|suture removal|arm cast|leg cast|peritoneal dialysis|home dialysis|av fistula
home sleep test|home sleep study|at-home sleep test|dialyzing|dialyzed|dialyzes|pessary|pessaries|pelvic floor therapy
forensic exam|forensic nurse exam|forensic medical exam|sane exam|rape kit|sexual assault exam|ados
chelation|chelation therapy|infuse|infusing|self-infuse|self-infusing|factor infusion|factor infusions
airway clearance|vest therapy|chest physiotherapy
running blade|sports blade|prosthetic fitting|prosthetic leg|prosthetic arm|prosthetic limb|myoelectric arm|myoelectric arm fitting|socket fitting|bka
graft|grafts|pressure garment|pressure garments|dressing change|dressing changes|driving evaluation|driving evaluations|driving assessment
forensic interview|forensic interviews
nj tube|nj-tube|gj tube|gj-tube|nasojejunal tube
heart-valve replacement|heart valve replacement|heart-valve surgery|icd|aicd|lifevest|defib vest|defibrillator vest|wearable defibrillator|implantable cardioverter-defibrillator|port access
`;

export const EXTRA_LAB_TESTS = `
undetectable|undetectable viral load|indetectable|carga viral indetectable
co reading|co level|carbon monoxide reading|carbon monoxide level|exhaled co|breath co
asc-us|ascus|asc-h|lsil|hsil
drug test|drug screen|urine drug screen|tox screen|examen de drogas|prueba de drogas|prueba antidoping|examen antidoping|antidoping
ankle-brachial index|ankle brachial index|abi test|toe-brachial index
igg|iga|igm|ige|igg level|igg levels|immunoglobulin level|immunoglobulin levels|immunoglobulins
lipid test|thyroid-stimulating hormone|thyroglobulin|parathyroid hormone|calcium level|alkaline phosphatase|lipase level|creatine kinase|nt-probnp
hs-crp|prothrombin time|heel prick test|alpha-fetoprotein|quad screen|carrier screening|panorama test|harmony test|karyotype|chromosomal microarray
whole exome sequencing|exome sequencing|whole genome sequencing|genetic panel|brca testing|ca 19-9|cervical screening|smear test|stool test
stool culture|fecal calprotectin|h. pylori test|hydrogen breath test|throat culture|nasopharyngeal swab|wound culture|sputum culture|blood gas
arterial blood gas|blood ketones|24-hour urine|renal panel|hepatic panel|blood alcohol level|hair follicle test|acth stimulation test|bone age
sperm analysis|sweat chloride test|freestyle libre|blast count|minimal residual disease|mrd negative|signatera|oncotype dx|galleri test
calcitonin level|pro-bnp|homocysteine|type and cross|maternit21|ca19-9|calprotectin|ttg-iga|crossmatch|spinal fluid test|ketone test|vanc trough
blood alcohol content|g6pd test|cortisol test|igf-1|ovarian reserve test|mrd test|ctdna test|glucose challenge test|one-hour glucose test
three-hour glucose test|calcium score|vitamin d test|hcg level|beta hcg|gleason score|ca 125|her2 test|liquid biopsy|urine drug test|dexcom g7|abg
ahi|anc
meld score|meld|meld-na|factor level|factor levels|hemoglobin electrophoresis|inhibitor titer
prealbumin|prealbumin level
`;

export const EXTRA_MEDICATIONS = `
ifosfamide|ifex|etoposide|dactinomycin|irinotecan|temozolomide|mesna
domperidone|motilium
apretude|cabotegravir|cabenuva|yeztugo|sunlenca|lenacapavir|emtricitabine|tenofovir|genvoya|odefsey|symtuza|triumeq|dovato|juluca|tivicay|prezista
pre-exposure prophylaxis|post-exposure prophylaxis|prep|pep|doxy-pep|epclusa|harvoni|mavyret|sitagliptin|janumet|glimepiride|pioglitazone|actos|liraglutide
byetta|basaglar|baqsimi|gvoke|omnipod|glucophage|irbesartan|olmesartan|cozaar|benazepril|zestril|chlorthalidone|bumetanide|bumex|torsemide|aldactone
hydralazine|prazosin|bystolic|flecainide|multaq|imdur|ticagrelor|brilinta|zocor|vascepa|alteplase|clot-busting drug|atrovent|combivent|dulera|nucala
fasenra|trikafta|kalydeco|ofev|synagis|beyfortus|meclizine|scopolamine patch|nasonex|neffy|ketorolac|norco|roxicodone|nucynta|ultram|ms contin
sublocade|methocarbamol|tizanidine|fioricet|rizatriptan|ubrelvy|emgality|ceftriaxone|zosyn|mupirocin|erythromycin|omnicef|xifaxan|xofluza|remdesivir
zovirax|terbinafine|clotrimazole|permethrin|pristiq|trintellix|auvelity|zurzuvae|esketamine|rexulti|lurasidone|clozapine|haloperidol|caplyta
carbamazepine|vistaril|modafinil|provigil|dextroamphetamine|lisdexamfetamine|amphetamine|atomoxetine|guanfacine|antabuse|carbidopa-levodopa|levodopa
ropinirole|pramipexole|leqembi|spinraza|zolgensma|evrysdi|tysabri|tecfidera|gilenya|vimpat|onfi|epidiolex|topamax|neurontin|esomeprazole|lansoprazole
carafate|metoclopramide|compazine|lactulose|suprep|tremfya|ursodiol|armour thyroid|cytomel|methimazole|desmopressin|leuprolide|androgel|clomiphene
alendronate|sprintec|loestrin|opill|kyleena|xulane|medroxyprogesterone|norethindrone|prometrium|veozah|gonal-f|follistim|menopur|ovidrel
magnesium sulfate|rhogam|methergine|tranexamic acid|mifeprex|cisplatin|carboplatin|paclitaxel|docetaxel|doxorubicin|adriamycin|cyclophosphamide
folfirinox|xeloda|gemcitabine|rituxan|imbruvica|jakafi|hydroxyurea|darzalex|kymriah|yescarta|carvykti|yervoy|enhertu|verzenio|aromatase inhibitor
lynparza|xtandi|tagrisso|neupogen|magic mouthwash|actemra|opzelura|clobetasol|triamcinolone|kenalog|kenalog shot|xiidra|xalatan|eylea|lucentis
oxybutynin|myrbetriq|avodart|injectafer|cyanocobalamin|ferrous sulfate|propofol|midazolam|puberty blockers|hormone blockers|contrave|qsymia|orlistat
retatrutide|benzonatate|tessalon|sulfamethoxazole|docusate|doxylamine|dextromethorphan|phenylephrine|benzocaine|brixadi|atripla|dolutegravir|isentress
delstrigo|dapagliflozin|canagliflozin|bydureon|doxazosin|sotalol|lovastatin|praluent|midodrine|ipratropium|pulmozyme|tyvaso|clarinex|pataday
azelastine|indomethacin|lortab|demerol|carisoprodol|zomig|qulipta|gentamicin|clarithromycin|rifaximin|abreva|lotrimin|ketoconazole|desvenlafaxine
fluvoxamine|brexpiprazole|geodon|oxcarbazepine|ingrezza|temazepam|belsomra|xyrem|dexedrine|acamprosate|amantadine|rivastigmine|kisunla|mestinon
ocrelizumab|phenytoin|diastat|xeomin|sucralfate|bentyl|amitiza|senokot|cimzia|levoxyl|forteo|denosumab|reclast|levonorgestrel|orilissa|estrace
diclegis|capecitabine|rituximab|imatinib|venetoclax|velcade|pembrolizumab|kisqali|trastuzumab|zoladex|abiraterone|pluvicto|temodar|benlysta|adbry
protopic|epiduo|lumigan|vesicare|levitra|venofer|lomotil|insulin glargine|insulin lispro|insulin aspart|klor-con|ergocalciferol|cholecalciferol
fenofibrate|tricor|gemfibrozil|isosorbide mononitrate|ranolazine|nebivolol|zestoretic|hyzaar|triamterene|metolazone|acetazolamide|telmisartan
candesartan|avapro|quinapril|altace|vasotec|nadolol|inderal|cardura|dabigatran|prasugrel|livalo|pravachol|linagliptin|tradjenta|exenatide|novolin
glucotrol|amaryl|tiotropium|levocetirizine|mometasone|anoro|breztri|dupilumab|chlorpheniramine|rhinocort|dicyclomine|bisacodyl|linaclotide|lialda
sulfasalazine|ustekinumab|dexilant|cholestyramine|phenazopyridine|ethinyl estradiol|drospirenone|norgestimate|tri-sprintec|junel|lo loestrin|slynd
copper iud|hormonal iud|birth control implant|birth control shot|abortion pill|vagifem|vaginal estrogen|estrogen cream|testosterone cypionate
testosterone injections|somatropin|solu-medrol|depo-medrol|medrol dosepak|prednisone taper|liothyronine|trimethoprim|cefuroxime|ampicillin
penicillin vk|tobradex|polysporin|bacitracin|moxifloxacin|ciprodex|cortisporin|tetracycline|silver sulfadiazine|bactrim ds|amoxicillin-clavulanate
famciclovir|relenza|molnupiravir|miconazole|tinactin|ciclopirox|jublia|mebendazole|chloroquine|betamethasone|fluocinonide|cortizone-10
hydrocortisone cream|eucrisa|elidel|sotyktu|taltz|tazarotene|benzoyl peroxide|azelaic acid|metrogel|hydroquinone|imiquimod|calamine lotion
oral minoxidil|dutasteride|eye drops|travoprost|bimatoprost|timolol|brimonidine|lotemax|pred forte|vigamox|erythromycin ointment|artificial tears
lumify|visine|olopatadine|vuity|aflibercept|atropine drops|adderall xr|qelbree|dayvigo|eszopiclone|doxepin|zzzquil|tylenol pm|advil pm|ziprasidone
paliperidone|cariprazine|benztropine|cogentin|vortioxetine|viibryd|luvox|divalproex|valproic acid|lacosamide|phenobarbital|valtoco|clobazam|campral
disulfiram|zubsolv|lucemyra|narcan nasal spray|nicorette|nicoderm|zyban|zolmitriptan|relpax|rimegepant|ubrogepant|ajovy|hydrocodone-acetaminophen
oxycodone-acetaminophen|tylenol with codeine|butalbital|meperidine|butrans|tapentadol|metaxalone|skelaxin|nabumetone|etodolac|piroxicam|voltaren gel
diclofenac gel|lidoderm|lidocaine patch|salonpas|bengay|children's tylenol|children's motrin|infant tylenol|infants' tylenol|children's benadryl
baby tylenol|gripe water|mylicon|febuxostat|uloric|risedronate|actonel|boniva|zoledronic acid|raloxifene|evista|tymlos|evenity|etanercept|orencia
tocilizumab|leflunomide|tofacitinib|upadacitinib|inflectra|kesimpta|natalizumab|aubagio|glatiramer|austedo|rytary|rasagiline|mirapex|galantamine
lecanemab|pyridostigmine|nivolumab|tecentriq|imfinzi|perjeta|kadcyla|palbociclib|abemaciclib|exemestane|aromasin|fulvestrant|olaparib|osimertinib
lonsurf|fluorouracil|oxaliplatin|folfox|abraxane|taxotere|vincristine|r-chop|ibrutinib|venclexta|lenalidomide|daratumumab|pegfilgrastim|lupron depot
feraheme|monoferric|iron sucrose|ddavp|lysteda|promacta|sensipar|lokelma|kayexalate|solifenacin|detrol|ditropan|mirabegron|proscar|alfuzosin
vardenafil|epinephrine auto-injector|palforzia|precedex|bupivacaine|novocaine|laughing gas|cervidil|heparin drip|insulin drip|transderm scop
prochlorperazine|adipex|compounded semaglutide|insulin degludec|clindamycin gel|ondansetron odt
factor viii|factor ix|factor 8|factor 9|factor replacement|factor concentrate|emicizumab|hemlibra|altuviiio|advate|eloctate|alprolix|idelvion|hympavzi|voxelotor|oxbryta|crizanlizumab|adakveo|endari|casgevy|lyfgenia|deferasirox|exjade|jadenu|fish oil|omega-3|omega-3s|simponi aria|simponi|golimumab|cimzia|certolizumab|benlysta|belimumab|saphnelo|anifrolumab
`;

/** The short acronyms above, matched only when written in capitals ("SLE", not "sle"). */
export const EXTRA_CAPS_ONLY: readonly string[] = ['hmpv', 'sars', 'gvhd', 'scid', 'dipg', 'mcas', 'fasd', 'ards', 'chd', 'eoe', 'sjs', 'iih', 'pph', 'cml', 'jia', 'sle', 'cvid', 'pfo', 'ild', 'tavi', 'lvad', 'vcug', 'acdf', 'hbot', 'fna', 'tka', 'tkr', 'tha', 'thr', 'tia', 'sbrt', 'abg', 'rls', 'ahi', 'ados', 'anc', 'ra', 'igt', 'cf', 'fq', 'bka', 'psc', 'prep', 'pep', 'ela', 'em', 'sop', 'pad', 'pe', 'vns', 'rns', 'tmd', 'ipmn', 'meld', 'hs', 'fsgs'];
