/** Word lists the advice rules are built from. Lowercase, regex-ready alternations. */

export const DRUGS =
  '(?:flumist|epipen|epi-pen|ibuprofen|advil|motrin|acetaminophen|paracetamol|tylenol|naproxen|aleve|aspirin|benadryl|diphenhydramine|antihistamines?|zyrtec|claritin|allegra|sudafed|decongestants?|cough\\s+(?:syrup|medicine)|melatonin|magnesium|zinc|vitamin\\s+[a-z0-9]+|supplements?|probiotics?|insulin|metformin|statins?|atorvastatin|simvastatin|rosuvastatin|lisinopril|amlodipine|losartan|metoprolol|prednisone|steroids?|antibiotics?|amoxicillin|azithromycin|omeprazole|antacids?|tums|pepto(?:-bismol)?|imodium|miralax|laxatives?|stool\\s+softeners?|sertraline|zoloft|prozac|ssris?|xanax|ativan|gabapentin|blood\\s+thinners?|warfarin|eliquis|inhalers?|albuterol|nasal\\s+spray|eye\\s+drops|hydrocortisone|cortisone|cream|ointment|aloe|electrolytes?|pedialyte|gatorade|honey|cranberry\\s+juice|ginger|chamomile|caffeine|sleeping\\s+pills?)';

export const MED_WORDS =
  '(?:dose|doses|dosage|pills?|tablets?|capsules?|meds|medications?|medicines?|prescriptions?|shots?|injections?|infusions?|patch)';

/** Devices a person uses at home for their care: how to handle one is treatment advice too ("pressing through the pump's alarm clears it"). */
export const HOME_DEVICES =
  '(?:pumps?|oxygen|concentrators?|cpap|bipap|nebuli[sz]ers?|catheters?|tubing|feeding\\s+tubes?|ostomy|stoma|drains?|cgms?|glucose\\s+meters?|picc(?:\\s+line)?|port)';

export const DOSE_UNIT =
  '(?:mg|milligrams?|mcg|micrograms?|µg|ml|mls|milliliters?|millilitres?|cc|units?|iu|tablets?|tabs?|pills?|capsules?|caps|teaspoons?|tsp|tablespoons?|tbsp|puffs?|drops?|sprays?|grams?|g)';

export const CONDITIONS =
  '(?:sprain|strain|fracture|break|infection|uti|bladder\\s+infection|sinus\\s+infection|ear\\s+infection|strep|virus|viral\\s+thing|cold|flu|stomach\\s+bug|food\\s+poisoning|migraine|tension\\s+headache|concussion|allergy|allergies|allergic\\s+reaction|reflux|heartburn|gerd|anxiety|panic\\s+attacks?|depression|tendinitis|tendonitis|pulled\\s+muscle|shin\\s+splints|plantar\\s+fasciitis|sciatica|carpal\\s+tunnel|arthritis|gout|kidney\\s+stones?|bronchitis|pneumonia|covid|asthma|eczema|hives|rash|dermatitis|dehydration|vertigo|side\\s+effects?|muscle\\s+strain|pinched\\s+nerve|ibs|hemorrhoids?|pink\\s+eye|conjunctivitis|shingles|thrush|yeast\\s+infection|low\\s+blood\\s+sugar|hypoglycemia|growing\\s+pains|teething|colic|milk\\s+bleb|bleb|clogged\\s+ducts?|plugged\\s+ducts?|mastitis|viral|bacterial|normal)';

/** Home remedies and self-care actions that become treatment advice when told to one person. */
export const SELF_CARE =
  '(?:ice|heat|heating\\s+pad|compress|rest|bed\\s+rest|fluids|water|juice|tea|honey|broth|salt\\s+water|gargle|elevat(?!ors?\\b)\\w+|stretch\\w*|breakfast|lunch|dinner|meals?|snacks?|carbs|sugar|salt|fasting|walk(?!\\s+in\\b)|walking(?!\\s+in\\b)|running|exercise|workouts?|caffeine|coffee|alcohol|dairy|gluten|sleep|nap|brace|splint|wrap|bandage|pumping|nipple\\s+shields?|formula|humidifier|saline)';
