/**
 * Everyday words for conditions, care, tests and medicines ("had his appendix out", "a heart scare", "water pills"), in the
 * format of extra-terms.ts and read the same way: by findHealthTerms only, so no model needs retraining. Drafted from
 * general knowledge, then pruned of phrases that name a service or an event as often as someone's care ("eye exam",
 * "hospital stay", "birth story", "crutches" as in a crutch drive, "medical emergency", "suicide" as in suicide prevention) and of bare everyday words ("the
 * shot", "a fall", "scope").
 */
export const LAY_CONDITIONS = `
heart scare|health scare|the big c|pre-diabetes|pre-diabetic|sugar's been high|sugar's been low|bad heart|weak heart|bad ticker|ticker trouble
heart trouble|cardiac event|had a coronary|heart baby|heart warrior|kidney problem|kidney trouble|breathing problem|trouble breathing
difficulty breathing|water on the knee|water on the brain|upset stomach|belly ache|weak bladder|hot flash|hot flush|trouble conceiving
bun in the oven|baby bump|expecting a baby|water broke|born sleeping|rainbow baby|colicky|caught a cold|cold sore|running a temperature
charley horse|bad back|bad knee|bad hip|trick knee|back problem|bone on bone|bone-on-bone|stiff neck|pulled muscle|pulled a muscle|slipped a disc
broke a bone|blow to the head|knocked unconscious|lost consciousness|found unresponsive|dog bite|cat bite|raccoon bite|bat bite|animal bite|snake bite|snakebite|spider bite|tick bite|bee sting
brain attack|ministroke|stroked out|bleed on the brain|bleeding on the brain|facial droop|slurred speech|grand mal|in a coma|memory loss|senility
blurry vision|blurred vision|went blind|going blind|blind in one eye|seeing double|hard of hearing|mental illness|mentally ill|on the spectrum
anorexic|bulimic|scanxiety|drug problem|took his own life|took her own life|took their own life|killed himself|killed herself|unalive|unalived
sexual assault|sexually assaulted|sexual abuse|sexually abused|raped|rape survivor|molested|critically ill|seriously ill|gravely ill
critical condition|stable condition|leaky valve|valve problem|valve problems|serious condition|fair condition|guarded condition|fell ill|fallen ill|spot on his lung|spot on her lung|months to live|weeks to live|heart patient
wheelchair-bound|wheelchair bound|paralyzed from the waist down|paralysed from the waist down|allergic to peanut|allergic to nut|motion sickness
carsick|seasick|appendix burst|appendix ruptured|hole in his heart|hole in her heart|bloody nose|nose bleed|nearly drowned|almost drowned
cracked rib|bruised rib|cracked skull|gallstone|pregnancies|hematoma|haematoma|haemorrhage|post-partum|heart burn|stomach-ache|tummy-ache
belly-ache|palpitation|convulsion|developmentally delayed|late talker|speech impediment|lost his sight|lost her sight|lost his leg|lost her leg
lost a limb|broke his arm|broke her arm|broke my arm|broke his leg|broke her leg|broke my leg|broke his hip|broke her hip|broke my hip
broke his wrist|broke her wrist|broke my wrist|broke his ankle|broke her ankle|broke my ankle|broke his collarbone|broke her collarbone
broke his nose|broke her nose|twisted his ankle|twisted her ankle|twisted my ankle|rolled his ankle|rolled her ankle|rolled my ankle
threw out his back|threw out her back|threw out my back|threw his back out|threw her back out|threw my back out|blew out his knee|blew out her knee
tore his achilles|tore her achilles|tore his meniscus|tore her meniscus|tore his rotator cuff|tore her rotator cuff|tried to kill himself
tried to kill herself|od'd|od'ed
`;

export const LAY_PROCEDURES = `
appendix out|appendix taken out|tonsils taken out|gallbladder taken out|thyroid removed|uterus removed|womb removed|ovary removed|ovaries removed
spleen removed|kidney removed|prostate removed|breast removed|amputated|under the knife|knee replaced|hip replaced|shoulder replaced|new shoulder
knee done|hip done|knee scoped|shoulder scope|hip scope|stented|pig valve|cow valve|stomach stapled|pumped his stomach|pumped her stomach
rushed to the hospital|rushed to hospital|rushed to the er|ended up in the er|ended up in the hospital|ended up in hospital|trip to the er
trip to our er|trip to urgent care|trip to our urgent care|trip to the urgent care|trip to the emergency room|trip to our emergency room
admitted to the hospital|admitted to hospital|hospitalized|hospitalised|life-flighted|life flighted|medevaced|kept for observation
discharged from the hospital|released from the hospital|on oxygen|on the vent|on a vent|tube-fed|tube fed|tube feeding|on a drip|in traction
body cast|walking cast|sedated|x-rayed|resuscitated|received cpr|biopsied|transfused|defibrillated|cauterized
cauterised|trached|gave birth|giving birth|went into labor|going into labor|went into labour|got induced|heart echo|treadmill test|brain scan
enema|seeing a therapist|seeing a shrink|psych eval|rape kit|do not resuscitate|on hospice|surgeries|biopsies|colonoscopies|endoscopies|c-sec
lap-band|postop|preop|x ray|pin in his ankle|pin in her ankle|pin in his leg|pin in her leg|pin in his hip|pin in her hip|rod in his back
rod in her back|rod in his spine|rod in her spine|rod in his leg|rod in her leg|plate in his head|plate in her head|plate in his neck
plate in her neck|plate in his arm|plate in her arm|plate in his leg|plate in her leg
`;

export const LAY_LAB_TESTS = `
sugar test|sugar numbers|blood panel|pee test|stool sample|poop test|throat swab|nose swab|pee on a stick|two pink lines|finger stick|finger prick
heel prick|tested positive|tested negative|testing positive|path report|path results|clean scan|baby's heartbeat
`;

export const LAY_MEDICATIONS = `
nerve pill|happy pill|diet pill|sleeping tablet|pain killer|heart pill|heart medicine|pressure pill|sugar meds|thyroid medicine|cold medicine
stool softener|nose spray|anti-depressant|mood stabilizer|blood-thinner|morning-after pill|fertility shot|hormone shot|hormone replacement
little blue pill|steroid|opioid|cortisone|gas and air|off his meds|off her meds|weight loss shot|weight-loss shot|weight loss drug|weight-loss drug
skinny jab|epi pen|epi-pen|paracetamol|salbutamol|dramamine|pedialyte|preparation h|medical marijuana|medical cannabis
`;
