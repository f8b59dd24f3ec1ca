import { blockingRules, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 30: causes found on the study sets probe220–223 (named people's milestones, memorials and thanks) once they
// were scored blind and read, weighed over every labelled item that is not held out; the cases are new variants.

const nameRules = (rules: string[]) => rules.filter((r) => r.startsWith('phi.name.'));

describe('someone introduced as a public figure or one of ours is still a patient when cared for here', () => {
  it('a council member trusted us with their own operation', () => {
    expect(
      nameRules(
        handRules(
          'Thanks, Councilwoman Dana Whitcomb, for cutting the ribbon, and for trusting us with your own cataract repair last fall.'
        )
      )
    ).not.toEqual([]);
    expect(handRules('Thanks, Councilwoman Dana Whitcomb, for opening our new lobby this week.')).toEqual([]);
  });

  it('a coach’s fight against cancer is their own health', () => {
    expect(
      handRules('Coach Lena’s fight against lymphoma inspires the whole league!', reply('So proud of Coach Lena!'))
    ).not.toEqual([]);
  });

  it('a colleague recovering from surgery in our OR is our patient', () => {
    expect(
      nameRules(handRules('Welcome back to Gail Munro, our scheduler of 12 years, recovering from surgery in our own OR.'))
    ).not.toEqual([]);
    expect(handRules('Welcome back to Gail Munro, our scheduler of 12 years, home from a conference in Denver.')).toEqual([]);
  });
});

describe('what ties a name to care without a medical word', () => {
  it('a welcome back or a stay of their own', () => {
    expect(nameRules(handRules('Welcome back, Hollis! So good to see you up and walking the halls again.'))).not.toEqual([]);
    expect(
      nameRules(handRules('Congrats to Tilda Marsh on 500 volunteer hours, and welcome back after your own stay in March!'))
    ).not.toEqual([]);
  });

  it('their sessions, their last weeks, an early arrival', () => {
    expect(
      nameRules(handRules('We will miss you, Orla Finch. Every visit with Dr. Marsh started with your crossword.'))
    ).not.toEqual([]);
    expect(
      nameRules(handRules('A card from the Abara family: thank you for making his last weeks gentle. Love, Nnamdi.'))
    ).not.toEqual([]);
    expect(nameRules(handRules('Thank you for caring for us when Theo arrived five weeks early! — Mira'))).not.toEqual([]);
  });

  it('a little one who spent time in our special care nursery', () => {
    expect(handRules('Happy 2nd birthday to Kaysen! His mom sent us this photo.')).toEqual([]);
    expect(
      nameRules(handRules('Happy 2nd birthday to Kaysen, who spent his first weeks in our special care nursery!'))
    ).not.toEqual([]);
  });
});

describe('ages and places that belong to no patient', () => {
  it('"Happy 92nd" is an age over 89, even without the word birthday', () => {
    expect(handRules('Happy 92nd to our first receptionist, Ida Brandt! 🎂')).toContain('phi.age.over-89');
    expect(handRules('Happy 40th anniversary to our Harbor Road clinic!')).toEqual([]);
  });

  it('a town’s or a bridge’s birthday is not an age', () => {
    expect(handRules('Happy 150th birthday, Lakeside! Our Front Desk team will be at the parade.')).toEqual([]);
    expect(handRules('Happy 110th birthday to Lakeside’s own Pier Bridge! Free blood pressure checks at the festival.')).toEqual(
      []
    );
  });

  it('injury prevention is no injury, Medical Records no hometown, Patient Mail no patient', () => {
    expect(handRules('Our injury-prevention night for young athletes returns Friday, May 8. Call (555) 300-1000.')).toEqual([]);
    expect(
      handRules(
        'You can request copies from Medical Records at (555) 300-1000.',
        reply('How do I get my records from my stay last month?')
      )
    ).toEqual([]);
    expect(
      handRules(
        'Send cards to 22 Harbor Road, Attn: Patient Mail, and our volunteers deliver them.',
        reply('Can I mail a card to a patient?')
      )
    ).toEqual([]);
  });

  it('a country is nobody’s name; a volunteer greeter and a founder are our people', () => {
    expect(nameRules(handRules('Welcome back, Dr. Helena Marsh! After a year teaching in Malawi, she returns Monday.'))).toEqual(
      []
    );
    expect(handRules('We are sad to share that our volunteer greeter, Ines Grove, has passed away.')).toEqual([]);
    expect(handRules('Remembering Dr. Otto Lind, founder of Lakeside Community Clinic, who died last week at 86.')).toEqual([]);
  });
});

describe('round two (probe226–227)', () => {
  it('a neighbourhood after the commenter’s street, said back', () => {
    expect(
      handRules(
        'Yes! From Birch Hollow, our 22 Harbor Road clinic is 12 minutes away.',
        reply('I live on Tamarack Lane in Birch Hollow, any clinic closer?')
      )
    ).toContain('phi.location.restated-home');
  });

  it('"who helped found our clinic" is one of ours; a drill is no one’s care', () => {
    // Read as one of ours, the name is known to the phi-risk model too, which no longer scores the sentence.
    expect(
      blockingRules('Today we remember Ansel Voss, who helped found our free clinic in 1979. Our lobby will carry his name.')
    ).toEqual([]);
    expect(
      handRules(
        'Last Tuesday our Cardiology team ran a mock code in the cath lab with Lakeside EMS: 9 minutes from the 911 call to balloon.'
      )
    ).toEqual([]);
  });
});

describe('a reply made only of good wishes', () => {
  it('confirms nothing the comment did not say', () => {
    expect(
      blockingRules(
        'Congratulations to all four of you! 🎉 Wishing you cozy weeks ahead.',
        reply('Our triplets came home from your nursery today!!')
      )
    ).toEqual([]);
    expect(
      blockingRules('Happy birthday to your little guy! 🎂', reply('My son was born at Lakeside 8 years ago today!'))
    ).toEqual([]);
  });

  it('unless it speaks of us, our people or their care', () => {
    expect(
      blockingRules(
        'Congratulations! The whole nursery team still talks about those three. 🎉',
        reply('Our triplets came home from your nursery today!!')
      )
    ).toContain('reply-risk-model.patient-confirmation');
  });
});

describe('a month that belongs to many people', () => {
  it('a schedule or a seasonal question is no one’s month of care', () => {
    expect(handRules('School physicals: $20, Tuesdays in July, 22 Harbor Road. Bring the form.')).toEqual([]);
    expect(handRules('What lands more kids in the ER in July: trampolines or bikes? Answer: trampolines. Pad them up!')).toEqual(
      []
    );
    expect(handRules('Proud of the teen we started on an insulin pump in March, now captain of her swim team.')).toContain(
      'phi.date.care-month'
    );
  });
});

describe('a test or procedure the comment only asks how to get', () => {
  it('is a service they want, not care they had', () => {
    expect(
      handRules(
        'The MRI suite has its own entrance on the Harbor Road side, next to the garage.',
        reply('Where do I park for an MRI?')
      )
    ).toEqual([]);
    expect(
      handRules(
        'Yes, one support person is welcome at ultrasound appointments.',
        reply('Can my husband come to ultrasound appointments?')
      )
    ).toEqual([]);
  });

  it('unless the question tells of their own', () => {
    expect(
      handRules('Your MRI report is in the portal now.', reply('Where do I find my MRI report? I had it done last week'))
    ).not.toEqual([]);
    expect(
      handRules(
        'For a teammate with HCM, Cardiology can advise first: (555) 300-1200.',
        reply('Our team has a player with HCM. Does your sports physical include an EKG?')
      )
    ).toContain('phi.diagnosis.person-linked');
  });
});

describe('a question about our hours, places or waits', () => {
  it('asks for no advice, however much the answer reads like a tip', () => {
    expect(
      blockingRules(
        'About 55 minutes right now, it is a busy night with the ice. Harbor Road is around 15 minutes if you can travel safely.',
        reply('How’s the wait at the Lakeside urgent care tonight?')
      )
    ).toEqual([]);
    expect(
      blockingRules(
        'Usually 2 or 3 business days, so please send requests a few days before you run out.',
        reply('what is the refill turnaround')
      )
    ).toEqual([]);
  });
});
