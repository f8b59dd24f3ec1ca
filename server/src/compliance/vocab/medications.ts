// Medications (generic and common brand names) and drug classes, lower case.
export const MEDICATIONS = `
insulin|metformin|glipizide|glyburide|ozempic|semaglutide|wegovy|mounjaro|tirzepatide|trulicity|dulaglutide|jardiance|empagliflozin|farxiga|januvia
lantus|humalog|novolog|lisinopril|losartan|amlodipine|hydrochlorothiazide|hctz|metoprolol|atenolol|carvedilol|furosemide|lasix|spironolactone
atorvastatin|lipitor|simvastatin|rosuvastatin|crestor|pravastatin|statin|statins|warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|heparin
clopidogrel|plavix|aspirin|baby aspirin|nitroglycerin|digoxin|amiodarone|levothyroxine|synthroid|prednisone|prednisolone|methylprednisolone|dexamethasone
albuterol|inhaler|rescue inhaler|advair|symbicort|flovent|montelukast|singulair|epipen|epinephrine|antihistamine|zyrtec|cetirizine|claritin|loratadine
benadryl|diphenhydramine|ibuprofen|advil|motrin|acetaminophen|tylenol|naproxen|aleve|oxycodone|hydrocodone|vicodin|percocet|morphine|fentanyl|tramadol
codeine|methadone|buprenorphine|suboxone|naloxone|narcan|gabapentin|pregabalin|lyrica|cyclobenzaprine|amoxicillin|augmentin|azithromycin|z-pack
doxycycline|ciprofloxacin|cephalexin|keflex|penicillin|clindamycin|bactrim|nitrofurantoin|antibiotic|antibiotics|tamiflu|oseltamivir|paxlovid
valacyclovir|acyclovir|sertraline|zoloft|fluoxetine|prozac|escitalopram|lexapro|citalopram|paroxetine|bupropion|wellbutrin|venlafaxine|duloxetine
cymbalta|trazodone|mirtazapine|antidepressant|antidepressants|alprazolam|xanax|lorazepam|ativan|clonazepam|klonopin|diazepam|valium|buspirone
lithium|quetiapine|seroquel|aripiprazole|abilify|risperidone|olanzapine|lamotrigine|lamictal|levetiracetam|keppra|topiramate|adderall|ritalin
methylphenidate|vyvanse|melatonin|ambien|zolpidem|omeprazole|prilosec|pantoprazole|famotidine|pepcid|ondansetron|zofran|miralax|birth control
the pill|iud|estrogen|hormone therapy|testosterone|finasteride|tamsulosin|flomax|sildenafil|viagra|methotrexate|humira|adalimumab|enbrel
hydroxychloroquine|plaquenil|biologic|biologics|chemo drugs|tamoxifen|letrozole|keytruda|iron supplements|prenatal vitamins|cough syrup|steroids
blood thinner|blood thinners|painkillers|opioids|antipsychotic|beta blocker|ace inhibitor|diuretic|water pill
flonase|antihistamine|antihistamines|epinephrine|auto-injector|antimalarials
`;
