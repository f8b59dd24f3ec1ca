import { checkPost, handWrittenBlockingRules as handRules } from './check-post';

// Session 20: causes found on the older study sets; the cases are new variants, not their items.

describe('a patient described by who they are and where they are from', () => {
  it('an occupation of two words with a town, beside their condition', () => {
    expect(handRules('One of our stars this year: a retired Millbrook school librarian with heart failure we have cared for since 2009.')).toContain('phi.location.described-patient');
  });

  it('"the gentleman from the <Place> Apartments" who is recovering', () => {
    expect(handRules('The gentleman from the Lakeview Apartments who came in with frostbite is recovering well and says thanks!')).toContain('phi.location.described-patient');
  });

  it('someone at a named beach, in a memorable case', () => {
    expect(handRules("Dr. Ortiz's most memorable case: a surfer at Pelican Point Beach whose rash turned out to be Lyme disease.")).toContain('phi.location.described-patient');
  });

  it('a baby weeks old from a named town who came in', () => {
    expect(handRules('Our youngest visitor at the county fair tent: a 3-week-old from Birch Hollow who came in with her dad after a wasp sting.')).toContain('phi.location.described-patient');
  });

  it('a family from a named town among the night\'s arrivals', () => {
    expect(handRules('Snow day babies! Two arrivals overnight, including a girl for a Fox Run family who got here by tractor.')).toContain('phi.location.described-patient');
  });

  it('a dad from a named town talked through delivering his baby', () => {
    expect(handRules('Our dispatcher talked a Ridgeview dad through delivering his own son on the highway shoulder.')).toContain('phi.location.described-patient');
  });

  it('an interesting consult about someone from a named town', () => {
    expect(handRules('Interesting Allergy consult this week: a Shelbyville welder with a rare reaction to nickel.')).toContain('phi.location.described-patient');
  });

  it('a service branch, a faith or a heritage is no town', () => {
    for (const text of ['An Army veteran who beat lung cancer will speak at our survivors night.', 'A Catholic priest who was treated for burnout shares his story on our podcast.'])
      expect(handRules(text)).not.toContain('phi.location.described-patient');
  });

  it('a townsperson with no care in their sentence is a speaker, not a patient', () => {
    for (const text of ['A Springfield teacher born and raised here will lead our asthma class.', 'Meet a Millbrook farmer who grows the apples in our cafeteria. Flu shots are free this week.'])
      expect(checkPost(text).findings.filter((f) => f.rule === 'phi.location.described-patient')).toEqual([]);
  });
});

const reply = (context: string) => ({ kind: 'reply' as const, context });

describe('said back in a reply', () => {
  it('"glad we could get you back on your feet" confirms we treated them', () => {
    expect(handRules('So happy our first-aid crew could get you back on your feet! Enjoy the rest of the season.', reply('Your team helped me after I got dizzy at the 10K. Thanks!'))).toContain('confirmation.got-you-better');
  });

  it('"our nurses patched you right up" confirms it too', () => {
    expect(handRules('Our nurses patched you right up! Thanks for the kind words.', reply('Best urgent care in town.'))).toContain('confirmation.got-you-better');
  });

  it('helping someone find their way is no care', () => {
    expect(handRules('Glad we could get you to the right entrance! The garage is on Elm Street.', reply('Finally found parking, thanks!'))).not.toContain('confirmation.got-you-better');
  });

  it("a relative's name said back, where the comment gives an age over 89 in brackets", () => {
    expect(handRules("Thank you for Walt's service! Yes, we take VA Community Care referrals.", reply('My grandpa Walt (94) served in Korea. Do you take VA Community Care?')).some((r) => r.startsWith('phi.name.'))).toBe(true);
  });

  it('"sorry the <condition> is back" aims the condition at the commenter', () => {
    expect(handRules('Sorry the shingles are back! Our nurse line can help: (555) 201-4100.', reply('ugh, round two of this rash 😩'))).toContain('phi.diagnosis.person-linked');
  });

  it("the month the commenter's baby is due, said back", () => {
    expect(handRules('Congratulations! An October baby! Our OB team would love to meet you.', reply("Just found out we're expecting!! Due in October 🥰"))).toContain('phi.date.restated-due-date');
  });

  it('a month in the reply that is not the due date is not said back', () => {
    expect(handRules('Congratulations! Our next prenatal class starts in October — call (555) 201-4440.', reply("We're expecting! Due in October")).filter((r) => r.includes('due-date'))).toEqual([]);
  });
});

describe('names beside a birth', () => {
  it('"helped deliver a baby" ties the parents\' names to the birth', () => {
    expect(checkPost('Best moment of the year for our paramedic crew: they helped deliver a baby in the parking lot on Memorial Day! Mom Tasha and baby Eli are doing great.').verdict).toBe('block');
  });

  it('"two new boys" ties a family surname to a birth', () => {
    expect(checkPost('Snowed in, and our maternity team still made it. Congrats to the Castillo family on their two new boys!').verdict).toBe('block');
  });

  it('a volunteer who knits for babies born here is no patient', () => {
    expect(checkPost('Thank you, Marta Kowal, for knitting 120 hats for babies born at our Birth Center this spring!').findings.filter((f) => f.severity === 'block')).toEqual([]);
  });

  it('twins from a named town, in a sentence about the disorder found in them', () => {
    expect(handRules('Proud of our NICU team, who found a rare heart defect in twin boys from Fox Run on their third day of life.')).toContain('phi.location.described-patient');
  });
});

describe('more said back, and clean look-alikes', () => {
  it('weeks of a pregnancy the comment gives beside twins, said back', () => {
    expect(handRules("34 weeks with twins — you're almost there! Our Birth Center is a call away at (555) 201-4440.", reply('34 weeks today with twins 🤰 so tired'))).toContain('phi.diagnosis.restated-pregnancy');
  });

  it('"Dr. X can keep seeing <name>" confirms the relative is a patient', () => {
    expect(handRules('Good question! Dr. Brooks can keep seeing Mateo until he turns 21.', reply('My nephew Mateo is 17 and sees Dr. Brooks, does he have to switch?'))).toContain('confirmation.keeps-seeing');
  });

  it('"patients can keep seeing Dr. X" is routing, no confirmation', () => {
    expect(handRules('Patients can keep seeing Dr. Brooks until age 21, then Family Medicine takes over.', reply('Until what age does Pediatrics see kids?'))).not.toContain('confirmation.keeps-seeing');
  });

  it('"Hall C" is a room, not a person', () => {
    expect(checkPost('Dr. Lena Ortiz speaks on heart health Thursday at noon in Hall C.').findings.filter((f) => f.type === 'name' && f.text.startsWith('Hall'))).toEqual([]);
  });

  it('a count before a procedure is about many people, not the commenter', () => {
    expect(handRules('Our Cardiology team performed 318 ablation procedures last year.', reply("I'm a cardiac patient here. How many ablations do you do a year?"))).not.toContain('phi.procedure.person-linked');
  });
});

describe('hosts and sponsors', () => {
  it('a pastor and a church thanked for hosting a screening are partners, not patients', () => {
    expect(checkPost('Thank you to Pastor Dale Whitmore and Grace Fellowship for hosting our free cholesterol screening on Saturday!').findings.filter((f) => f.severity === 'block')).toEqual([]);
  });

  it('a business thanked for donating equipment is no patient', () => {
    expect(checkPost('Thanks to Harper Hardware for donating two AEDs to the youth league fields!').findings.filter((f) => f.severity === 'block')).toEqual([]);
  });

  it("a host's own shot is still their health record", () => {
    expect(checkPost('Thank you to Pastor Ruth Okoro for hosting our vaccine clinic, and for getting her own flu shot first!').verdict).toBe('block');
  });
});

describe('Spanish replies', () => {
  it('"bienvenido de vuelta" welcomes a patient back', () => {
    expect(handRules('¡Bienvenido de vuelta, qué gusto! Lo extrañábamos.', reply('regresé a la clínica hoy después de mucho tiempo'))).toContain('confirmation.spanish-welcome-back');
  });

  it('"fue un placer atender a su mamá" says we cared for her', () => {
    expect(handRules('¡Muchas gracias! Fue un placer atender a su mamá. Saludos a toda la familia.', reply('Mi mamá estuvo internada la semana pasada y la trataron muy bien'))).toContain('confirmation.spanish-cared-for');
  });

  it('"dele jarabe" and "ya verá que se le pasa" are treatment and reassurance', () => {
    const rules = handRules('Dele una cucharadita de jarabe para la tos y ya verá que se le pasa.', reply('Mi hijo de 4 años tiene tos, ¿qué le doy?'));
    expect(rules).toEqual(expect.arrayContaining(['advice.spanish-remedy', 'advice.spanish-reassurance']));
  });

  it('routing in Spanish is no advice', () => {
    expect(handRules('¡Hola! Llame a nuestra línea de enfermería al (555) 201-4100, las 24 horas.', reply('Mi hijo de 4 años tiene tos, ¿qué le doy?')).filter((r) => r.startsWith('advice.'))).toEqual([]);
  });

  it("the commenter's condition said back in Spanish", () => {
    expect(handRules('¡Claro! Muchas personas viven bien con epilepsia. Llame a Medicina Familiar al (555) 201-4000.', reply('Tengo epilepsia y quiero un médico nuevo'))).toContain('phi.diagnosis.restated-spanish');
  });

  it('a department name that holds the condition is no echo', () => {
    expect(handRules('Llame a Endocrinología y Diabetes al (555) 201-4450.', reply('Mi mamá tiene diabetes, ¿hay médicos que hablen español?'))).not.toContain('phi.diagnosis.restated-spanish');
  });
});

describe('clickbait look-alikes', () => {
  it('"NEVER … in a DM" in a safety list is no all-caps fear: DM is an acronym', () => {
    expect(handRules('Our staff will NEVER ask for these in a DM: 1) your Social Security number 2) your card number 3) your portal password.')).not.toContain('clickbait.all-caps-fear');
  });

  it('"learn what X means" followed by the list that says it is answered', () => {
    expect(handRules('Time to learn what RICE means 🧊\nR — Rest the injury\nI — Ice for 20 minutes\nC — Compress with a wrap\nE — Elevate above the heart')).not.toContain('clickbait.withheld-which');
  });

  it('"learn what X means" with nothing after still teases', () => {
    expect(handRules('You will never believe it when you learn what this common food does to your heart.')).not.toEqual([]);
  });
});

describe('crisis, dates and records in replies', () => {
  it('a reply to someone who speaks of not wanting to live must route to 988 or 911', () => {
    expect(handRules('Sending you a big hug 💙 A warm bath and a good night’s sleep can make tomorrow feel lighter.', reply("honestly some days I don't want to live anymore"))).toContain('advice.crisis-not-routed');
  });

  it('a crisis reply that routes to 988 is what a good reply does', () => {
    expect(handRules("We're so glad you reached out 💙 Please call or text 988 right now, any time, day or night. If you're in danger, call 911.", reply("honestly some days I don't want to live anymore"))).not.toContain('advice.crisis-not-routed');
  });

  it('the date of a visit asked about in a question, said back', () => {
    expect(handRules('Sorry about the charge from 3/14 — our Billing team can go over it at (555) 201-4200.', reply('Why did I get a bill for my urgent care visit on 3/14? I paid my copay.'))).toContain('phi.date.restated-care-day');
  });

  it('a date in a question about when we are open is no care date', () => {
    expect(handRules('Yes! We are open on 3/14 from 8am to 5pm.', reply('Are you open on 3/14?')).filter((r) => r.includes('restated-care-day'))).toEqual([]);
  });

  it("a named child's records ready for pickup confirm he is our patient", () => {
    expect(handRules("Hi! Liam's school physical forms are ready at the front desk.", reply('Need my son Liam Ortiz’s school physical forms, DOB 4/2/2015'))).toContain('confirmation.records-ready');
  });
});

describe('event and policy dates', () => {
  it('"visit our booth on <date> for free checks" is an event day', () => {
    expect(handRules("We'll be there! Visit our booth on Friday, May 9, for free blood sugar checks.", reply('Will you be at the county expo?')).filter((r) => r.startsWith('phi.date'))).toEqual([]);
  });

  it('"by appointment only since January" is a policy, not a care month', () => {
    expect(handRules('Since March, Sunday hours at our north office are by appointment only.', reply('Why are you closed for walk-ins on Sundays?')).filter((r) => r.startsWith('phi.date'))).toEqual([]);
  });

  it('a visit on a date in a sentence about someone is still care', () => {
    expect(handRules('Her visit on March 3 went smoothly, and she is home now.')).toEqual(expect.arrayContaining([expect.stringMatching(/^phi\.date\./)]));
  });
});

describe('names that are places or personas', () => {
  it('"New York" and "Los Angeles" are places, not people', () => {
    expect(checkPost('Our cardiac rehab class walked the distance from New York to Los Angeles this year! ❤️').findings.filter((f) => f.type === 'name')).toEqual([]);
  });

  it('a room named after someone is a place', () => {
    expect(checkPost('Diabetes support group meets Tuesdays at 6pm in the Whitaker Auditorium.').findings.filter((f) => f.type === 'name')).toEqual([]);
  });

  it('a persona the post calls a composite stays invented, possessive included', () => {
    expect(checkPost("Meet 'Rosa,' a composite of many patients we see. Rosa's first step: an A1C test. Call us to book yours.").findings.filter((f) => f.severity === 'block' && f.type === 'name')).toEqual([]);
  });

  it('a real name after "New" in a sentence about care still counts', () => {
    expect(checkPost('Welcome to our new patient, Grace Okafor, admitted after her stroke.').verdict).toBe('block');
  });
});

describe('a person on an address line', () => {
  it('"Mrs. Diana Usamov Suite 913" is a person, not a room named after her', () => {
    expect(checkPost('Mrs. Diana Usamov Suite 913 0547 Bygget 91 ANNERSTAD').findings.some((f) => f.type === 'name' && f.text.includes('Usamov'))).toBe(true);
  });
});
