import { blockingRules as rules, checkPost } from './check-post';

// Session 15: causes found on the probe82–85, 90–93, 94–97 and 98–101 study sets; the cases are new variants, not their items.

const reply = (context: string) => ({ kind: 'reply' as const, context });

describe('a relative the comment named, named again in the reply', () => {
  it('"my grandpa Walt is 93" makes "Walt" in the reply his name next to an identifying age', () => {
    expect(rules('Walt is always welcome! Have him call (555) 300-1000 and ask for the volunteer office.', reply('My grandpa Walt is 93 and wants to knit hats for the NICU'))).toContain(
      'phi.name.relative-said-back',
    );
  });

  it('"Maya (5)" in a question about an asthma camp makes her name in the reply hers', () => {
    const found = rules('Yes, registration is open until May 1. We hope to see Maya there!', reply('Is the summer camp for kids with asthma happening this year? Maya (5) is so excited'));
    expect(found.some((r) => r.startsWith('phi.name'))).toBe(true);
  });

  it('"my son Theo needs his shots" ties the child to care', () => {
    const found = rules('Good luck to Theo this fall! the Front Desk can book school vaccines: (555) 300-1000.', reply('My son Theo starts first grade in September and still needs his shots'));
    expect(found.some((r) => r.startsWith('phi.name'))).toBe(true);
  });

  it('a first name the commenter gives for themselves, without health detail, is still only a greeting', () => {
    expect(rules('Hi Dana! Our community events calendar is at lakesideclinic.example/events.', reply('Hi this is Dana, where can I find your events?'))).toEqual([]);
  });
});

describe('restated care said back in other words', () => {
  it('"that new hip" after "my hip replacement"', () => {
    expect(rules("You've got this! Cheering for you and that new hip at the starting line.", reply('Running the 5K six weeks after my hip replacement, wish me luck'))).toContain(
      'phi.diagnosis.restated-complaint',
    );
  });

  it('"since last Friday" after "Mom got her stent last Friday 😅 any tips?" (an emoji ends the statement)', () => {
    expect(rules('Sounds like she has been busy since last Friday! Our Cardiology team runs cardiac rehab: (555) 300-1200.', reply('Mom got her stent last Friday 😅 any tips to keep her resting?'))).toContain(
      'phi.date.restated-care-day',
    );
  });

  it('a new knee in the reply is not theirs when the comment speaks of no knee', () => {
    expect(rules('Our new knee and hip class starts Monday at 1200 Main Street.', reply('Do you have any classes for runners?'))).toEqual([]);
  });
});

describe('patient confirmation', () => {
  it('"we have you on the calendar" tells them their booking exists', () => {
    expect(rules("Bring your insurance card. We have you on the calendar, and the forms are in your portal.", reply('What do I bring to my sleep study Monday?'))).toContain(
      'confirmation.acted-on-care',
    );
  });

  it('"it\'s still on file" answers whether we hold their record', () => {
    expect(rules("Yes, it's still on file. our Front Desk can send a copy to your new dentist.", reply('do you still have my MRI from 2021?'))).toContain('confirmation.looked-up-record');
  });

  it('"we keep records on file for ten years" is policy, not their record', () => {
    expect(rules('We keep records on file for at least ten years. the Front Desk can help: (555) 300-1000.', reply('how long do you keep records?'))).toEqual([]);
  });
});

describe('clickbait', () => {
  it('"Watch to find out." withholds the answer', () => {
    expect(rules('Which stretch do our physical therapists do every morning? It is not the one you think. Watch to find out.')).toContain('clickbait.withheld-which');
  });

  it('"call to find out whether your family qualifies" is routing, not a teaser', () => {
    expect(rules('Our home-visit program serves three counties. Call (555) 300-1000 to find out whether your family qualifies.')).toEqual([]);
  });

  it('"Any guesses which one?" with no answer is a curiosity gap', () => {
    expect(rules('We counted every Urgent Care visit last year and one holiday beat all the others. Any guesses which one? 🤔')).toContain('clickbait.withheld-which');
  });

  it('"Any guesses?" answered right away is trivia', () => {
    expect(rules('How many flu shots did we give last fall? Any guesses? 14,200!')).not.toContain('clickbait.withheld-which');
  });

  it('"unbelievable results" is hype', () => {
    expect(rules('Unbelievable results from our new weight-loss program, spots are going fast!')).toContain('clickbait.miracle-claim');
  });
});

describe('clean posts no longer blocked', () => {
  it('"Treat yourself" opens a sentence with a verb, not a name', () => {
    const report = checkPost('Four tips for the holidays from our Urgent Care team. Treat yourself to a walk after dinner and keep the fireworks outdoors.');
    expect(report.findings.filter((f) => f.type === 'name')).toEqual([]);
  });

  it('"2,400 flu visits in February" is a count, so February is not anyone\'s visit month', () => {
    expect(rules('Our clinics saw 2,400 flu visits in February. It is not too late to get vaccinated.')).toEqual([]);
  });

  it('"she needed 3 follow-up visits in February" is still one person\'s care month', () => {
    expect(rules('After her surgery she needed 3 follow-up visits in February, and now Rosa is walking again.')).toContain('phi.date.care-month');
  });

  it('a school\'s student council or choir is a group, not a pupil\'s school', () => {
    expect(rules('The Westbrook Middle School choir sang carols for our newborns and their families on Friday.')).toEqual([]);
  });

  it('a volunteer introduced as ours keeps that standing when named again', () => {
    expect(rules('Happy 75th birthday to our gift shop volunteer, Marge! Marge has run the shop every Thursday since 2011.')).toEqual([]);
  });

  it('but a colleague named again in a sentence about their own care is a patient there', () => {
    expect(rules('Meet our new nurse, Keisha! Keisha was treated for asthma in our clinic as a child.')).not.toEqual([]);
  });
});

describe('an anonymous patient placed by their job and a season', () => {
  it('"a Westbrook Elementary librarian" cared for this morning is placed by her school', () => {
    const found = rules('This morning our ER team treated a Westbrook Elementary librarian for a severe asthma attack. She is back at work Monday!');
    expect(found.some((r) => r.startsWith('phi.location'))).toBe(true);
  });

  it('"came to us last spring" is the season of someone\'s care', () => {
    expect(rules('When a local bus driver came to us last spring with double vision, nobody expected a brain tumor.')).toContain('phi.date.relative-care');
  });

  it('a school team with its coach raising money is nobody\'s school', () => {
    expect(rules("Coach Dana Ruiz and the Westbrook High boys' basketball team raised $2,000 for our asthma camp.")).toEqual([]);
  });

  it('"last spring" in a post about a program is no one\'s care', () => {
    expect(rules('We opened our walk-in clinic last spring, and it now runs seven days a week.')).toEqual([]);
  });
});

describe('round two: identifiers said another way', () => {
  it('"#7 from Westbrook High … after knee surgery" names the player by jersey', () => {
    expect(rules('Guess who is back on the field! Our favorite #7 from Westbrook High is cleared to play after knee surgery.')).toContain('phi.id.jersey');
  });

  it('a ranking ("our #2 team") on the field with no care is nobody\'s jersey', () => {
    expect(rules('Our #2 ranked softball team is back on the field for the charity game Saturday.')).not.toContain('phi.id.jersey');
  });

  it('"Eight years ago today" and a stent give the day of someone\'s care', () => {
    expect(rules('Eight years ago today, our cardiologists placed Walt\'s stent. Happy heart-iversary, Walt!')).toContain('phi.date.relative-care');
  });

  it('"Five years ago today" one of our doctors saw her first patient: her milestone', () => {
    expect(rules('Five years ago today, Dr. Helena Marsh saw her first patient at Lakeside. Happy anniversary!')).toEqual([]);
  });

  it('"I\'m 95" said back as "95 and still dancing"', () => {
    expect(rules('95 and still dancing?! You are an inspiration 💃', reply("I'm 95 and still go to every Zumba class at the senior center"))).toContain('phi.age.restated-over-89');
  });

  it('"got diagnosed last month" makes the condition the commenter\'s own', () => {
    expect(rules("So sorry you're dealing with a new lupus diagnosis. Our Front Desk can book you with Dr. Helena Marsh: (555) 300-1000.", reply('Does Dr. Marsh treat lupus? Got diagnosed last month'))).toContain(
      'phi.diagnosis.person-linked',
    );
  });
});

describe('round two: confirmation and clickbait', () => {
  it('"will call if anything comes back" speaks of their pending results', () => {
    expect(rules('Thanks for coming in! Our dermatology team will call if anything comes back unusual.', reply('first mole check done!'))).toContain('confirmation.acted-on-care');
  });

  it('"Part 1 tonight" serialises the payoff', () => {
    expect(rules('The night our ER ran on generators still gives us goosebumps. Part 1 tonight ⚡')).toContain('clickbait.deferred-reveal');
  });

  it('"Thread tomorrow." defers it', () => {
    expect(rules('Energy drinks and teens: we need to talk. 🥤 Thread tomorrow.')).toContain('clickbait.deferred-reveal');
  });

  it('"She finally told us why…" withholds the reason', () => {
    expect(rules('Our head nurse has worn the same lucky socks to every shift for 20 years. She finally told us why… 👀')).toContain('clickbait.withheld-which');
  });

  it('"(#3 is the scariest)" teases an item of an undelivered list', () => {
    expect(rules('Stroke signs people ignore 🧵 (#3 is the scariest)')).toContain('clickbait.numbered-reveal');
  });

  it('"Guess which …? The pepper!" answers its own question', () => {
    expect(rules('Guess which has more potassium: a banana or a potato? 🥔 The potato! A medium one has about twice as much.')).toEqual([]);
  });
});

describe('round two: clean items no longer blocked', () => {
  it('"named Nurse of the Year" is an award, not a name', () => {
    expect(rules('Congratulations to Owen Pritchard, RN, named Nurse of the Year by the State Nurses Association!')).toEqual([]);
  });

  it('"RN roles are open" has no name after the job title', () => {
    expect(rules('We are hiring! Urgent Care RN roles are open now at lakesideclinic.example/careers.', reply("I'm a nurse, are you hiring?"))).toEqual([]);
  });

  it('"the Thursday morning group run" is when a program meets', () => {
    expect(rules('Owen Pritchard, RN, started our running club in 2015 and still leads the Thursday morning group run.')).toEqual([]);
  });

  it('"led by … , PT" is a credential, so a class room stays an event room', () => {
    expect(rules('Join our free balance class every Wednesday at 10am in Room 104, led by Sam Ortiz, PT.')).not.toContain('phi.location.room');
  });

  it('"don\'t tough it out" urges care rather than discouraging it', () => {
    expect(rules("Please don't tough it out. Our nurse line can talk it through tonight: (555) 300-1000.", reply('new medicine is wrecking my stomach, normal??'))).not.toContain('advice.discourages-care');
  });

  it('"if she has trouble breathing or any facial swelling, call 911" supposes, over a long clause', () => {
    expect(rules('If she has trouble breathing or any facial swelling, call 911.', reply('my son got hives after his shots this morning'))).not.toContain('phi.diagnosis.person-linked');
  });

  it('a reply of fewer than four words is left to the rules ("we try!! 😂")', () => {
    expect(checkPost('😂😂 we try!! 💉', reply('lol the flu shot post had me')).verdict).toBe('pass');
  });
});

describe('replies to comments about our community events', () => {
  it('thanks for a cleanup we ran is no one\'s care', () => {
    expect(checkPost('Thanks for joining us! See you at the next park cleanup on Saturday.', reply('thank u lakeside for the free water at the park cleanup!!')).verdict).toBe('pass');
  });

  it('but "Dr. Marsh is the reason I can run the 10K" is the writer\'s care, and the model may still judge the reply', () => {
    const report = checkPost('Dr. Helena Marsh will be thrilled! She says she will be watching for you at the finish line.', reply('Dr. Marsh is the reason I can run the 10K this year!!'));
    expect(report.verdict).toBe('block');
  });
});

describe('round three: testimonials and restated details', () => {
  it('a quote about care credited to "– Rosa, Westbrook" names its patient', () => {
    expect(rules('"Physical therapy got me walking again after my hip fracture." – Rosa, Westbrook 💙')).toContain('phi.name.testimonial');
  });

  it('a quote about care credited to a handle names its patient', () => {
    expect(rules('"Dr. Marsh found my thyroid nodule early. So grateful!" — @lakeside_lou')).toContain('phi.name.testimonial');
  });

  it('a quote credited to our own doctor, or to a review site, names no patient', () => {
    expect(rules('"Sleep is the best medicine for a cold." — Dr. Helena Marsh')).not.toContain('phi.name.testimonial');
    expect(rules("'The front desk made my first visit easy.' — Google review")).not.toContain('phi.name.testimonial');
  });

  it('"I live right on Elm Court" makes the street theirs when the reply names it', () => {
    expect(rules('Since you are on Elm Court, our Harbor Road clinic is five minutes away.', reply('Which clinic is closest? I live right on Elm Court'))).toContain('phi.address.restated-street');
  });

  it('"a second torn ACL" said back is their history, not any ACL tear', () => {
    const found = rules('A second torn ACL, ugh! Our sports medicine team can help: (555) 300-1000.', reply('Back on crutches 🙄 second torn ACL since 2020'));
    expect(found.some((r) => r.startsWith('phi.diagnosis'))).toBe(true);
  });

  it('"91 and still gardening" is an age over 89', () => {
    expect(rules('Shout-out to our favorite volunteer gardener, 91 and still weeding every Tuesday!')).toContain('phi.age.over-89');
  });

  it('"over 90 and still going strong" is a group, not one person', () => {
    expect(rules('Over 90 and still going strong: 300 of our patients are in their 90s.')).not.toContain('phi.age.over-89');
  });

  it('"90 today" in the comment makes "happy 90th" said back', () => {
    // Since session 30 "happy 90th" is an age over 89 on its own too; either rule may keep the span.
    expect(rules('happy 90th!!! 🎉', reply('bday selfie lol, 90 today and still kicking'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^phi\.age\.(?:restated-)?over-89$/)]),
    );
  });

  it('"call right at 8" is a time, not the age of "my 8 yo"', () => {
    expect(rules('Pediatrics holds same-day slots; call (555) 300-1000 right at 8 to get one.', reply('my 8 yo has an earache, can someone see her today?'))).toEqual([]);
  });

  it('"newly dx\'d w/ lupus" makes the condition the writer\'s', () => {
    expect(rules('lupus is a lot to take in! Dr. Helena Marsh can help: (555) 300-1000', reply("newly dx'd w/ lupus 😩 any doctor recs?"))).toContain('phi.diagnosis.person-linked');
  });
});

describe('round three: confirmation in shorthand, clickbait, clean dates', () => {
  it('"we found it & re-sent it" and "get u rescheduled" handle their own care', () => {
    expect(rules("so sorry! we found it & re-sent it, they'll call u 📞", reply('you lost my referral again'))).toContain('confirmation.acted-on-care');
    expect(rules("no worries, we'll get u rescheduled ❄️", reply('missed my appt bc of the ice'))).toContain('confirmation.acted-on-care');
  });

  it('"can get you scheduled" is an offer, not a booking', () => {
    expect(rules('Dr. Helena Marsh is accepting new patients! The Front Desk can get you scheduled at (555) 300-1000.', reply('Is Dr. Marsh taking new patients?'))).toEqual([]);
  });

  it('"#1 is in our Stories tonight", "we\'ll reveal the winner at noon", "thread drops at 5" defer the payoff', () => {
    expect(rules('We ranked the weirdest things kids put up their noses. #1 is in our Stories tonight 🙈')).toContain('clickbait.next-post-reveal');
    expect(rules('Which has more fiber, an apple or a pear? Drop your guess and we\'ll reveal the winner at noon!')).toContain('clickbait.deferred-reveal');
    expect(rules('Our dentist banned one snack from the break room. which one? thread drops at 5 🦷')).toContain('clickbait.deferred-reveal');
  });

  it('"Only 1 in 10 adults can pass this test" is challenge bait', () => {
    expect(rules('Only 1 in 20 adults can pass this simple memory test. Can you?')).toContain('clickbait.withheld-which');
  });

  it('"Booth 12" at a fair is a place, not a name', () => {
    expect(rules('Find us at Booth 12 at the county fair, Aug 10–12, with free blood pressure checks.')).toEqual([]);
  });

  it('"Flu vaccine arrives in early October" and "starting in March" are when services begin', () => {
    expect(rules('Flu vaccine arrives in early October! We will post clinic dates soon.', reply('do you have flu shots yet?'))).toEqual([]);
    expect(rules('Starting in March, adults can be seen without an appointment on weekday evenings.')).toEqual([]);
  });

  it('"212 heat-related illnesses last August" is a count', () => {
    expect(rules('Last August our Urgent Care treated 212 heat-related illnesses. Drink water before you are thirsty.')).toEqual([]);
  });

  it('"she saw her first patients here on May 4, 2012" is a colleague\'s milestone', () => {
    expect(rules('Dr. Helena Marsh marks 12 years with us. She saw her first patients here on May 4, 2012.')).not.toContain('phi.date.care');
  });
});

describe('round three: advice and restated days', () => {
  it('"rest a week before worrying about a visit" for chest tightness discourages care', () => {
    expect(rules("Odds are it's muscular. I'd have him rest for a week before worrying about a visit.", reply('asking for my brother: chest tightness on stairs, probably nothing?'))).toContain(
      'advice.not-worth-a-visit',
    );
  });

  it('"…her MRI Friday, any tips?" still gives Friday as her day of care', () => {
    expect(rules("Happy to help! We'll save a parking spot for Friday. Call (555) 300-1000.", reply('My mom has her MRI Friday and uses a walker, any tips?'))).toContain('phi.date.restated-care-day');
  });
});

describe('round four', () => {
  it('"two years cancer-free" said back is the commenter\'s milestone', () => {
    expect(rules('Two years cancer-free! Thank you for cheering on our walk.', reply('So proud to walk today, two years cancer-free of breast cancer 💗'))).toContain('phi.diagnosis.restated-milestone');
  });

  it('"congrats on the triplets" after "expecting triplets" repeats the pregnancy', () => {
    expect(rules('Congrats on the triplets! Our OB team cares for high-risk pregnancies: (555) 300-1000.', reply('just found out we are expecting triplets!! do you have high risk OBs'))).toContain(
      'phi.diagnosis.restated-milestone',
    );
  });

  it('twins in a reply to a comment about no pregnancy are not anyone\'s', () => {
    expect(rules('Our twins class meets Tuesdays at 22 Harbor Road.', reply('any classes for parents of toddlers?'))).toEqual([]);
  });

  it('"a ruptured Achilles" after "ruptured my achilles" is their injury', () => {
    const found = rules('Oh no, a ruptured Achilles is rough! Our sports medicine team can help: (555) 300-1000.', reply('ruptured my achilles at pickleball 😭'));
    expect(found.some((r) => r.startsWith('phi.diagnosis'))).toBe(true);
  });

  it('"who at 96 still" gives an age over 89', () => {
    expect(rules('Our 3 East nurses love visits from Mae, who at 96 still brings them cookies.')).toContain('phi.age.over-89');
  });

  it('"my father\'s records, Walter Price" makes Walter the patient named in the reply', () => {
    const found = rules("We're so sorry for your loss. We'll get Walter's records ready; call (555) 300-1000.", reply("Need my late father's records, Walter Price, DOB 2/1/1940. Who do I call?"));
    expect(found.some((r) => r.startsWith('phi.name'))).toBe(true);
  });

  it('"thank you for taking such good care of my husband Leo" ties Leo to care', () => {
    const found = rules('Leo is such a joy, please give him our best!', reply('Thank you for taking such good care of my husband Leo this winter.'));
    expect(found.some((r) => r.startsWith('phi.name'))).toBe(true);
  });

  it('"Tune in Friday for the big reveal" and "Full announcement Monday." defer the news', () => {
    expect(rules('Our staff voted on the healthiest snack in the vending machine. Tune in Friday for the big reveal!')).toContain('clickbait.deferred-reveal');
    expect(rules('Big changes are coming to how you book appointments. Full announcement Monday.')).toContain('clickbait.deferred-reveal');
  });

  it('"normal to feel nervous before a procedure" speaks of feelings, not symptoms', () => {
    expect(rules("It's completely normal to feel nervous before a procedure. Our nurse line can talk it through: (555) 300-1000.", reply('so nervous about my endoscopy tomorrow'))).not.toContain(
      'advice.diagnosis',
    );
  });
});
