import type { CheckInput } from '../types';
import { isFamous } from '../phi/staff-role';
import { phiRiskFeatures } from '../phi-risk/phi-risk-features';
import { blockingRules, handWrittenBlockingRules as handRules } from './check-post';

const reply = (context: string): Partial<CheckInput> => ({ kind: 'reply', context });

// Session 25: causes found on fresh held-out sets once they were retired to study; the cases are new variants, not their items.

describe('staff news', () => {
  it('"named" before a post or honour introduces no name', () => {
    expect(handRules('Dr. Helena Marsh has been named Chief of Cardiology. Dr. Marsh has led our heart failure clinic since 2015.')).toEqual([]);
    expect(handRules('Congrats to Sam Reyes, LCSW, newly named co-chair of the county diabetes coalition!')).toEqual([]);
  });

  it('"named" before a name still introduces it', () => {
    expect(handRules('Our patient, a boy named Theo, beat leukemia this spring.')).toContain('phi.name.relation');
  });

  it('a role right after the name makes it a colleague’s ("Dr. X, our new hospitalist")', () => {
    expect(handRules('Welcome, Dr. Imani Cole, our new hospitalist! Dr. Cole did her residency in Ohio, with research in sepsis and pneumonia.')).toEqual([]);
  });

  it('not a colleague’s relative ("Walt, our receptionist’s dad")', () => {
    expect(handRules('Star of our A1C class: Walt, our receptionist’s dad, who went from 11.2 to 6.9!')).not.toEqual([]);
  });

  it('health words as a colleague’s work, not their own care', () => {
    expect(handRules('After 30 years, Joan Pike, RN, retires Friday. Joan has given more flu shots than anyone here. Enjoy it, Joan!')).toEqual([]);
  });

  it('a colleague’s own illness treated here still blocks', () => {
    expect(handRules('Happy retirement to Rita Vance, our Cardiology scheduler for 20 years! Rita says beating breast cancer with our oncology team changed her life.')).toContain('phi.diagnosis.person-linked');
  });
});

describe('a famous person’s public health story', () => {
  it('on the list, with a pronoun for them ("announced he was HIV-positive")', () => {
    expect(handRules('When Arthur Ashe announced he had HIV in 1992, he changed how people talked about it. Free testing every Friday.')).toEqual([]);
  });

  it('introduced by their fame ("actor", "Princess of Wales")', () => {
    expect(handRules('Actor Dan Levy has spoken openly about his anxiety. Our counselors are here: (555) 300-1000.')).toEqual([]);
    expect(blockingRules('Anne, Princess of Wales, shared her cancer diagnosis in 2024. Talking with kids about cancer: tips from our social workers.')).toEqual([]);
  });

  it('not when the post says we cared for them', () => {
    expect(handRules('Actor Dan Levy came in for his knee surgery with us last week!')).not.toEqual([]);
  });

  it('the phi-risk model does not read a famous person’s sentence', () => {
    expect(blockingRules('Former President Jimmy Carter spent nearly two years in home hospice, a reminder that hospice is not only for the final days.')).toEqual([]);
  });

  it('an office holder is not famous enough for the phi-risk model to skip', () => {
    expect(isFamous('Coach Dana Price braved her first needle since her 2019 kidney transplant!', 6, 16)).toBe(false);
  });
});

describe('a reply saying our people cared for the person the comment speaks of', () => {
  it('"the team that cared for him", "We remember Frank well"', () => {
    const context = reply('I volunteer here now because you all saved my husband in 2019.');
    expect(handRules('It means so much that you give back to the team that cared for him 💙', context)).toContain('confirmation.cared-for-them');
    expect(handRules('We remember Frank well, and we are so glad you are here.', context)).toContain('confirmation.cared-for-them');
  });

  it('not "we remember it well"', () => {
    expect(handRules('We remember it well, what a snowstorm!', reply('Anyone remember the blizzard of 2011?'))).toEqual([]);
  });
});

describe('health words next to a shape-only name guess', () => {
  it('a shop or programme name read as a name does not make a condition someone’s', () => {
    expect(handRules('The Wig & Scarf Closet is now open, free for anyone going through chemo.')).toEqual([]);
  });

  it('a real name still does', () => {
    expect(handRules('Wig & Scarf Closet regular Tina Moreau finished her chemo today!')).toContain('phi.procedure.person-linked');
  });
});

describe('a month of open slots is no one’s day of care', () => {
  it('"has sports physical slots every afternoon in August"', () => {
    expect(handRules('She is! Dr. Helena Marsh has sports physical slots every weekday afternoon in August.', reply('is Dr. Marsh doing sports physicals this summer?'))).toEqual([]);
  });

  it('a patient’s month still counts', () => {
    expect(handRules('She came in for her sports physical in August and we found a heart murmur.')).toContain('phi.date.care-month');
  });
});

describe('a comment that apologises for its own rant is about the writer', () => {
  it('"sorry for the vertigo rant" — saying the condition back restates it', () => {
    expect(handRules('No need to apologize, vertigo can be exhausting. Call our nurse line at (555) 300-1000.', reply('sorry for the vertigo rant lol. any ENT you recommend?'))).toContain('phi.diagnosis.person-linked');
  });
});

describe('insurers are nobody’s name', () => {
  it('"in network with Keystone Mutual" answering a question leaves the phi-risk model nothing to read', () => {
    expect(phiRiskFeatures('We are in network with Keystone Mutual for hearing exams.', 'reply', 'Do you take Keystone Mutual for hearing aids?')).toBeUndefined();
    expect(phiRiskFeatures('Most Medicare Advantage plans cover telehealth.', 'reply', 'Is telehealth covered by Medicare Advantage?')).toBeUndefined();
  });

  it('a person’s name there still counts', () => {
    expect(phiRiskFeatures('Keystone Mutual covers hearing exams, Gloria.', 'reply', 'Do you take Keystone Mutual for hearing aids?')).toBeDefined();
  });
});

describe('"thyroid results" is a lab term', () => {
  it('said back to the commenter who wrote of their own', () => {
    expect(handRules('Thyroid results can be confusing. Please call (555) 300-1000 and a nurse will help.', reply('Nobody explained my thyroid results at all.'))).toContain('phi.lab.person-linked');
  });
});

describe('a reply to a comment celebrating one of our people', () => {
  const confirms = (text: string, context: string) => blockingRules(text, reply(context)).includes('reply-risk-model.patient-confirmation');

  it('is not read by the confirmation model ("Congrats Dr. Lane!", "my sister who works your night shift")', () => {
    expect(confirms('We agree, we are thrilled to have her on the team! 🎉', 'Congrats Dr. Lane! So proud of my old residency co-chief')).toBe(false);
    expect(confirms('Thank you! Our night-shift nurses are the best, hope she enjoys the breakfast Thursday 💙', 'Happy Nurses Week to my sister who works your night shift!!')).toBe(false);
    expect(confirms('Congratulations to your dad, Kelly! We will celebrate him properly Friday at 2pm.', 'My dad is retiring from your maintenance team after 25 years! — Kelly')).toBe(false);
  });

  it('still is when the comment tells of care ("you were my kids’ doctor")', () => {
    expect(confirms('Thank you for trusting her with your family all these years! She loved watching your kids grow up 💙', 'Happy retirement Dr. Lane, you were my kids’ doctor for 20 yrs')).toBe(true);
  });
});

describe('the confirmation model leaves more replies alone', () => {
  const confirms = (text: string, context: string) => blockingRules(text, reply(context)).includes('reply-risk-model.patient-confirmation');

  it('a reply about a charity walk or gala we run', () => {
    expect(confirms('Sent you the registration link! See you at the walk 💗', 'link for the memorial walk please')).toBe(false);
    expect(confirms('Love this! Post your team photos from the walk with #LakesideStrides', 'our team shirts came in!!')).toBe(false);
  });

  it('an answer to a question about health in general', () => {
    expect(confirms('Dermatologists diagnose and treat skin, hair and nail conditions, including surgery; estheticians do skin care. We have both!', "what's the difference between a dermatologist and an esthetician")).toBe(false);
  });

  it('more general questions: "how old do you have to be", "what\'s your policy", "what does X stand for", "is the X dangerous"', () => {
    const advises = (text: string, context: string) => blockingRules(text, reply(context)).some((r) => r.startsWith('reply-risk-model.'));
    expect(advises('Most people at average risk start colon screening at 45. With a family history, providers may suggest starting earlier.', 'how old do you have to be to get a colonoscopy?')).toBe(false);
    expect(advises('Two support people are welcome in the recovery room, plus a chaplain if you like.', "What's your policy on visitors after surgery?")).toBe(false);
    expect(advises('An MRI uses magnets rather than radiation, and our technologists check every patient for metal first. The provider ordering it can talk through risks.', 'Is the noise from an MRI dangerous?')).toBe(false);
  });
});

describe('kidney care, transplants and donors', () => {
  it('a donor and recipient named at their check-in', () => {
    expect(handRules('Matching smiles 💚 Brothers Sam and Leo Okoro were all grins at their 6-week check-in after Sam gave Leo one of his kidneys.').some((r) => r.startsWith('phi.name.'))).toBe(true);
  });

  it('a donor child’s name said back to the parent', () => {
    expect(handRules('Jaden’s gift lives on in three families. Thank you for sharing him with us 💚', reply('Donor dad here. My son Jaden was 19 when he saved 3 lives 💚')).some((r) => r.startsWith('phi.name.'))).toBe(true);
  });

  it('transplant medicines and kidney conditions are terms: said back, they restate', () => {
    expect(handRules('Please check with your care team before any vaccine while on tacrolimus.', reply('Can I get a flu shot if I’m on tacrolimus?'))).toContain('phi.medication.person-linked');
    expect(handRules('Yes! Our pediatricians see kids with nephrotic syndrome. Call (555) 300-1000.', reply('My son has nephrotic syndrome, do you see kidney kids?'))).toContain('phi.diagnosis.person-linked');
  });

  it('a donor statistic names no one', () => {
    expect(handRules('National Donate Life Month 💚 One organ donor can save up to 8 lives. Questions? Ask any of our providers.')).toEqual([]);
  });
});

describe('more replies that confirm care', () => {
  it('"you’re in good hands", "glad she’s home and on the mend", "you’re due back"', () => {
    expect(handRules('So glad our screening caught it early, and you’re in good hands with our team.', reply('Grateful for the screening that caught my CKD early.'))).toContain('confirmation.in-good-hands');
    expect(handRules('Thank you! We’re so glad she’s home and on the mend, please give her our best.', reply('Thanks to the ortho team for taking care of my wife after her fall.'))).toContain('confirmation.home-and-mending');
    expect(handRules('Thank you! And don’t forget, you’re due back in 12 months 😊', reply('Your mammogram tech was so gentle, thank you'))).toContain('confirmation.home-and-mending');
  });
});

describe('hedged advice: "we’d lean", "for someone like you"', () => {
  it('with a treatment named', () => {
    expect(handRules('For someone like you, we’d lean toward the ibuprofen.', reply('Tylenol or ibuprofen for my back?'))).toContain('advice.lean-for-you');
  });
});

describe('an age and a street in one sentence describe one person', () => {
  it('in a post about their care', () => {
    expect(handRules('Thinking of the family of the 7-year-old boy hit by a car on Maple Street on Sunday. He is in our ICU and fighting hard.')).toContain('phi.age.described-patient');
  });

  it('not without care', () => {
    expect(handRules('A 7-year-old boy on Maple Street sold lemonade for our food drive. Thank you!')).toEqual([]);
  });
});
