import { blockingRules, checkPost, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 47: a reply's greeting (eval-robustness "reply-greeting"), then causes found in the study probe sets (scored
// blind first); the cases are new variants.

describe('a reply that greets the person it answers by name', () => {
  it('is read by the reply-risk model without the greeting', () => {
    const comment = reply('Finished my first half marathon with @LakesideClinic!');
    expect(blockingRules('Hi Marisol! Thanks for tagging us, Priya! 🎉', comment)).toEqual([]);
    expect(blockingRules('Hello Mr. Ortiz, thanks for the shout-out! 🏃', comment)).toEqual([]);
  });

  it('ties the greeted name only to health the reply says is theirs, not to care words said of anyone', () => {
    const askedForDoctor = reply('Hi! Is Dr. Marsh still taking new patients?');
    expect(handRules('Hi Doris! Yes, Dr. Helena Marsh is welcoming new patients this spring. Call (555) 300-1000 to book.', askedForDoctor)).toEqual([]);
    const askedAboutShots = reply('Can I get my flu shot at the pharmacy without an appointment?');
    expect(handRules('Hi Marisol! Flu shots are walk-up at the pharmacy counter, no appointment needed.', askedAboutShots)).toEqual([]);
    const hurt = reply('Twisted my ankle on the stairs and it is so swollen, are you open late?');
    expect(handRules('Hi Leo! Urgent Care at 22 Harbor Road is open until 9 pm tonight.', hurt)).toEqual([]);
    expect(handRules('Hi Leo! If your child has trouble breathing, call 911.', reply('Is the ER busy tonight?'))).toEqual([]);
  });

  it('does not tie a health word to the greeted name for sharing its sentence ("Hi Marisol, …")', () => {
    const waiting = reply('why is the line at urgent care so long today?? been waiting forever');
    expect(handRules("Hi Marisol, sorry about the wait — it's been an especially busy flu week. Live wait times are on our website.", waiting)).toEqual([]);
  });

  it('still ties it to their own medicine or injury said back', () => {
    const refill = reply("is the pharmacy open Monday? it's Jorge Ruiz, I need my mefloquine refill before my trip");
    expect(handRules('Hi Jorge! The pharmacy is closed Monday, but mefloquine refill requests can go through the portal any day.', refill)).toContain('phi.name.addressed');
    const pec = reply("hey it's Darnell, the guy with the torn pec from the gym video lol. do you do sports rehab?");
    expect(handRules('Hey Darnell! Yes, our sports rehab team sees lots of lifters recovering from pec tears.', pec)).toContain('phi.name.addressed');
  });
});

describe('a greeted commenter whose own trouble the reply says back', () => {
  it("ties the name to their hurt, their family's condition or an injury, even in a reply that routes them", () => {
    const incision = reply("I'm Rosa Diaz, had my appendix out last week and now the incision is swollen. Who do I call??");
    expect(handRules('Hi Rosa, please call our nurse line at (555) 300-1000 today about the swelling.', incision)).toContain('phi.name.addressed');
    expect(handRules('Hi Rosa, if there is ever bleeding or swelling after surgery, call (555) 300-1000.', reply('Do you do appendix surgery at Lakeside?'))).toEqual([]);
    const relative = reply("Hi, I'm Noor. My dad has the big C and I'm looking for a caregivers' group");
    expect(handRules("Hi Noor, we're so sorry your dad is fighting cancer. Our caregivers' group meets Mondays — call (555) 300-1000.", relative)).toContain('phi.name.addressed');
    const injury = reply("I'm Marcus Bell, I got stabbed last spring and I'm looking for a support group");
    expect(handRules("Hi Marcus, we're so sorry you were stabbed. Our survivors' group meets Wednesdays — call (555) 300-1000.", injury)).toContain('phi.name.addressed');
  });

  it("blocks telling a parent when their child's next visit is", () => {
    expect(handRules("Hi Gina, Theo's next check-up with Dr. Helena Marsh is Monday at 9am.", reply("This is Gina Park, when is my son Theo's next check-up?"))).toContain('confirmation.ongoing-care');
  });

  it('reads a spine operation written with its levels as a procedure', () => {
    const fusion = reply("Hi, I'm Lou Grant. I had an L4-L5 fusion last year and the pain is back. Who should I see?");
    expect(handRules('Hi Lou, for concerns after your L4-L5 fusion, please call (555) 300-1000 to book an evaluation.', fusion)).toContain('phi.procedure.person-linked');
  });
});

describe('the models read a reply without its greeting and its named closing', () => {
  it('does not let a greeted name or a "Take care, Fatima!" make a plain answer read as PHI or care', () => {
    const billing = reply("I'm Kim. Your billing office sent my bill to collections by mistake!!");
    const answer = 'we are sorry for the stress this has caused. Please call the Front Desk at (555) 300-1000 so they can review it with you privately.';
    expect(blockingRules(`Hi Kim, ${answer}`, billing)).toEqual([]);
    expect(blockingRules(`Hi there! Hi Kim, ${answer}`, billing)).toEqual([]);
    const lobby = reply("Hi! It's Fatima, just wanted to say your new lobby looks amazing 😍");
    expect(blockingRules('Thanks so much! Our team worked hard on it, glad you like the new plants 🌿 Take care, Fatima!', lobby)).toEqual([]);
  });
});

describe('the study probe sets of session 47', () => {
  it('blocks a reply that says the commenter is already on our schedule', () => {
    const comment = reply('Anyone else waiting on a pump replacement? Mine is overdue');
    expect(handRules('Good news: your pump replacement is already on the surgery schedule.', comment)).toContain('confirmation.records-say');
    expect(handRules('If your replacement is already on the schedule, you will get a reminder call.', comment)).not.toContain('confirmation.records-say');
  });

  it('blocks a hearing-test result or a travel medicine said back, and the town the commenter asked near', () => {
    expect(handRules('A 65 dB result can be hard to read. Our audiologists can explain it.', reply('My hearing test came back 65 dB in my right ear, what does that mean?'))).toContain('phi.lab.restated-reading');
    expect(handRules('Strange dreams on mefloquine are worth telling a clinician about.', reply('Anyone else get weird dreams on mefloquine?? week 2 in Peru'))).not.toEqual([]);
    expect(handRules('Our closest physical therapist is about 15 minutes from Willow Bend.', reply('my back is killing me, is there a PT near Willow Bend?'))).toContain('phi.location.restated-home');
  });

  it('blocks a name beside a splint we put on, in a post', () => {
    const report = checkPost('Thanks to our partners at the mill! (And Mike from the loading dock, we saw that grin while we splinted your wrist. Heal fast!)');
    expect(report.findings.some((f) => f.type === 'name' && f.text === 'Mike' && f.severity === 'block')).toBe(true);
  });

  it('does not read PT as a patient where it is the therapy', () => {
    expect(handRules('Back-care shorthand, decoded 🔤 MRI = magnetic resonance imaging. PT = physical therapy. SI joint = where your spine meets your pelvis.')).toEqual([]);
    expect(handRules('Back pain is common late in pregnancy 🤰 A supportive pillow and prenatal PT can help.')).toEqual([]);
  });

  it('does not block a general rule, a lab named as a place, a spelled-out mnemonic, or an invitation to ask in person', () => {
    expect(handRules("It's typically 3 months seizure-free in our state, and a neurologist signs the form.", reply('how long until I can drive after a seizure?'))).toEqual([]);
    expect(handRules('Parking is free behind 22 Harbor Road. The EEG lab is on level 2.', reply('Where do I park for my EEG?'))).toEqual([]);
    expect(handRules('Choking first aid is as easy as LOOK, LEAN, LIFT 💙 LOOK for the signs. LEAN them forward. LIFT with firm thrusts below the ribs.')).toEqual([]);
    expect(handRules('Join us for a Travel Health Open House on Saturday, 10am–1pm at 22 Harbor Road, and find out which vaccines your trip needs.')).toEqual([]);
    expect(handRules('Find out which vaccines your trip needs 👉 lakeside.example/travel')).toContain('clickbait.withheld-which');
    expect(handRules('STOP STOP STOP eating this before bed.')).toContain('clickbait.all-caps-fear');
  });
});

describe('the study probe sets of session 47, second round', () => {
  it('blocks care with us told of a volunteer, a former surgeon, a form already with the child\'s team, and a condition said back', () => {
    expect(handRules('Meet our newest volunteer, Rita Okafor! Rita joined the gift shop team after her own hip replacement here in 2023.')).toContain('phi.procedure.person-linked');
    expect(handRules('Thanks for all you do for the Auxiliary, and as your old surgeon, I could not be prouder.', reply('Proud to have been treated here and now to chair the Auxiliary'))).toContain('confirmation.as-your-clinician');
    expect(handRules("Got it, and it's already with your daughter's orthopedic team 👍", reply('did the clinic get my sports form?'))).toContain('confirmation.acted-on-care');
    expect(handRules('Dumping syndrome is so hard, and you are not alone.', reply('Anyone else after sleeve surgery dealing with dumping syndrome? 😩'))).toContain('phi.diagnosis.person-linked');
  });

  it('blocks a yes to changing a cast or dressing at home, unless the yes routes', () => {
    const cast = reply("Is it ok to cut down my son's cast at home? It's rubbing his thumb");
    expect(handRules('Yes, you can snip the edge with sharp scissors and tape over it.', cast)).toContain('advice.yes-to-device-question');
    expect(handRules('Yes! Please call the Front Desk at (555) 300-1000 and a nurse will tell you how.', cast)).toEqual([]);
    expect(handRules('Yes! Please call the Front Desk at (555) 300-1000 and a pharmacist will tell you.', reply('Can I take ibuprofen with lisinopril?'))).toEqual([]);
  });

  it('does not read a therapy animal, a volunteer\'s age, schools of a counted group, "the Auxiliary" or a market as anyone\'s', () => {
    expect(handRules('Say hi to Noodle 🐾 our newest pet therapy labrador retriever! Noodle passed his test this week and starts visiting the cast clinic on Tuesdays.')).toEqual([]);
    expect(handRules('Our therapy dog, Pickles 🐾, now visits the ICU family lounge every Wednesday.')).toEqual([]);
    expect(handRules('Every Friday, 20-year-old pharmacy student Dev volunteers at our front desk before class.')).toEqual([]);
    expect(handRules('This year 62 student volunteers from Lakeside High, Harbor Middle and St. Anne Academy gave 2,000 hours to our patients.')).toEqual([]);
    expect(handRules('Since 2001, the Auxiliary has raised $900,000 for patient-care equipment.')).toEqual([]);
    expect(handRules('Our next grocery tour is Saturday at 9am. Meet us at the entrance of Green Valley Market.', reply('Loved the grocery tour post!'))).toEqual([]);
  });
});
