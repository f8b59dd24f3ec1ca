// Medications (generic and common brand names) and drug classes, lower case.
export const MEDICATIONS = `
insulin|metformin|glipizide|glyburide|ozempic|semaglutide|wegovy|mounjaro|tirzepatide|trulicity|dulaglutide|jardiance|empagliflozin|farxiga|januvia
lantus|humalog|novolog|lisinopril|losartan|amlodipine|hydrochlorothiazide|hctz|metoprolol|atenolol|carvedilol|furosemide|lasix|spironolactone
atorvastatin|lipitor|simvastatin|rosuvastatin|crestor|pravastatin|statin|statins|warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|heparin
clopidogrel|plavix|aspirin|baby aspirin|nitroglycerin|digoxin|amiodarone|levothyroxine|synthroid|prednisone|prednisolone|methylprednisolone|dexamethasone
albuterol|inhaler|rescue inhaler|advair|symbicort|flovent|montelukast|singulair|epipen|epinephrine|antihistamine|zyrtec|cetirizine|claritin|loratadine
benadryl|diphenhydramine|ibuprofen|advil|motrin|acetaminophen|tylenol|naproxen|aleve|oxycodone|hydrocodone|vicodin|percocet|morphine|fentanyl|tramadol
codeine|methadone|buprenorphine|suboxone|naloxone|narcan|gabapentin|pregabalin|lyrica|cyclobenzaprine|amoxicillin|augmentin|azithromycin|z-pack
doxycycline|isoniazid|rifampin|rifapentine|ciprofloxacin|cephalexin|keflex|penicillin|clindamycin|bactrim|nitrofurantoin|antibiotic|antibiotics|tamiflu|oseltamivir|paxlovid
valacyclovir|acyclovir|sertraline|zoloft|fluoxetine|prozac|escitalopram|lexapro|citalopram|paroxetine|bupropion|wellbutrin|venlafaxine|duloxetine
cymbalta|trazodone|mirtazapine|antidepressant|antidepressants|alprazolam|xanax|lorazepam|ativan|clonazepam|klonopin|diazepam|valium|buspirone
lithium|quetiapine|seroquel|aripiprazole|abilify|risperidone|olanzapine|lamotrigine|lamictal|levetiracetam|keppra|topiramate|adderall|ritalin
methylphenidate|vyvanse|melatonin|ambien|zolpidem|omeprazole|prilosec|pantoprazole|famotidine|pepcid|ondansetron|zofran|miralax|birth control
the pill|iud|estrogen|hormone therapy|testosterone|finasteride|tamsulosin|flomax|sildenafil|viagra|methotrexate|humira|adalimumab|enbrel
hydroxychloroquine|plaquenil|biologic|biologics|chemo drugs|tamoxifen|letrozole|keytruda|iron supplements|prenatal vitamins|cough syrup|steroids
blood thinner|blood thinners|painkillers|opioids|antipsychotic|beta blocker|ace inhibitor|diuretic|water pill
flonase|antihistamines|auto-injector|antimalarials
glp-1|glp1|ssri|snri|maoi|benzo|benzodiazepine|arb|ppi|proton pump inhibitor|nsaid|anti-inflammatories|anti-inflammatory meds|muscle relaxer|muscle relaxant|sleeping pill
sleep meds|sleep medication|sleep aid|blood pressure meds|blood pressure medication|blood pressure pill|bp meds|bp medication|thyroid meds|thyroid medication|thyroid pill|pain meds
pain medication|pain pill|pain reliever|pain relievers|fever reducer|fever reducers|fever medicine|painkiller|antibiotic cream|steroid cream|hydrocortisone|steroid pack|medrol|insulin pump|anti-anxiety meds|anti-anxiety medication
anxiety meds|anxiety medication|depression meds|adhd meds|adhd medication|stimulant medication|anticonvulsant|anti-seizure medication|seizure meds|seizure medication|antiviral
antifungal|ear drops|eyedrops|nasal spray|decongestant|cough medicine|allergy meds|allergy medicine|allergy pill|heartburn medicine|antacid|acid reducer|laxative|iron pill
iron supplement|vitamin d supplement|folic acid|prenatal vitamin|potassium supplement|cholesterol meds|cholesterol medication|heart meds|heart medication|diabetes meds
diabetes medication|diabetes pill|psych meds|chemo pill|oral chemo|morning after pill|contraceptive|hrt|hormone replacement therapy|trt|progesterone|fertility meds|fertility drug
ivf meds|lovenox|enoxaparin|truvada|descovy|biktarvy|antiretroviral|immunosuppressant|anti-rejection meds|anti-rejection medication|opiate|sedative|tranquilizer|beta-blocker
anticoagulant|antiplatelet|invokana|sglt2|saxenda|victoza|rybelsus|zepbound|levemir|tresiba|toujeo|humulin|glucagon|phentermine|valsartan|diovan|benicar|entresto|enalapril|ramipril
propranolol|bisoprolol|labetalol|toprol|lopressor|coreg|tenormin|norvasc|diltiazem|cardizem|verapamil|nifedipine|clonidine|ezetimibe|zetia|repatha|pradaxa|proair|ventolin|xopenex
pulmicort|budesonide|qvar|breo|trelegy|spiriva|fluticasone|nasacort|fexofenadine|xyzal|sudafed|pseudoephedrine|mucinex|guaifenesin|robitussin|delsym|nyquil|dayquil|theraflu
hydroxyzine|auvi-q|dupixent|xolair|duoneb|excedrin|celecoxib|celebrex|meloxicam|mobic|diclofenac|voltaren|toradol|oxycontin|dilaudid|hydromorphone|robaxin|zanaflex|baclofen
flexeril|lidocaine|colchicine|allopurinol|prolia|fosamax|sumatriptan|imitrex|maxalt|nurtec|aimovig|triptan|botox|nexium|protonix|prevacid|ranitidine|zantac|tums|gaviscon
pepto-bismol|pepto|imodium|loperamide|dulcolax|colace|linzess|reglan|promethazine|phenergan|mesalamine|entyvio|stelara|remicade|infliximab|creon|amoxil|cefdinir|rocephin
levofloxacin|levaquin|cipro|metronidazole|flagyl|vancomycin|zithromax|minocycline|macrobid|bactroban|neosporin|nystatin|fluconazole|diflucan|lamisil|monistat|valtrex|ivermectin
celexa|paxil|effexor|remeron|amitriptyline|elavil|nortriptyline|buspar|restoril|lunesta|unisom|risperdal|zyprexa|latuda|vraylar|haldol|invega|depakote|tegretol|trileptal|dilantin
concerta|focalin|strattera|intuniv|donepezil|aricept|memantine|namenda|sinemet|requip|naltrexone|vivitrol|chantix|varenicline|nicotine patch|nicotine gum|nicotine lozenge|subutex
spravato|ketamine|estradiol|premarin|provera|depo-provera|depo shot|nexplanon|mirena|paragard|nuvaring|clomid|lupron|pitocin|cytotec|misoprostol|mifepristone|cialis|tadalafil
propecia|rogaine|minoxidil|accutane|isotretinoin|tretinoin|retin-a|differin|adapalene|otezla|cosentyx|skyrizi|rinvoq|xeljanz|ocrevus|copaxone|herceptin|opdivo|avastin|gleevec
revlimid|ibrance|anastrozole|arimidex|femara|zytiga|taxol|neulasta|vitamin k shot|emla cream|numbing cream|orajel|anbesol|chlorhexidine|latanoprost|restasis|systane|dilating drops
atropine|debrox|afrin|neti pot|pastillas|medicamento|antibiótico|insulina|inhalador|jarabe para la tos|pastilla anticonceptiva|analgésico|analgesico|antidepresivo
tobramycin|pulmozyme|dornase alfa|cayston|aztreonam|colistin|mefloquine|lariam|malarone|atovaquone|proguanil|chloroquine|primaquine|tafenoquine|arakoda|krintafel|vivotif|typhoid pills|malaria pills|acetazolamide|diamox
tacrolimus|prograf|envarsus|cyclosporine|neoral|mycophenolate|cellcept|myfortic|sirolimus|rapamune|azathioprine|imuran|everolimus|belatacept|nulojix|sevelamer|renvela|calcitriol|epoetin|epogen|procrit|aranesp
`;
