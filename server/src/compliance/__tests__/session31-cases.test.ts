import { blockingRules, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 31: causes found by counting, over every labelled item that is not held out, the clean items each rule alone
// blocks (`npm run eval:probes -- rules`), and on the study sets probe228–229; the cases are new variants.

describe('the confirmation model is not heard on a reply that only thanks and passes the words on', () => {
  it('passing praise on to one of ours, or to a team', () => {
    expect(
      blockingRules(
        'We agree! 😊 We’ll share your sweet words with Dr. Bello and the whole Obstetrics team.',
        reply('Dr. Bello delivered all three of my kids, best OB ever')
      )
    ).toEqual([]);
    expect(
      blockingRules('Thank you! We’ll make sure Dr. Raman sees this. 💙', reply('Dr. Raman saved my mom’s life two years ago.'))
    ).toEqual([]);
  });

  it('still heard when the reply says more of the commenter', () => {
    expect(
      blockingRules(
        'We’ll pass this along to Dr. Brooks — she loves seeing how big your twins are getting! 💛',
        reply('Dr. Brooks has been our pediatrician since the twins were born')
      )
    ).toContain('reply-risk-model.patient-confirmation');
  });
});

describe('a comment that only praises our building', () => {
  it('answered about the building', () => {
    expect(
      blockingRules(
        'Thank you! 🎨 The garden was planted by volunteers from the Shelbyville Rotary Club.',
        reply('Love the new healing garden outside the cancer center!!')
      )
    ).toEqual([]);
  });

  it('answered about the commenter’s visit', () => {
    expect(
      blockingRules('Glad you noticed! Hope the wait was short for you this time 😊', reply('ur new lobby is so nice'))
    ).not.toEqual([]);
  });
});

describe('a comment signed with a name lets the reply greet them by it', () => {
  it('a greeting and thanks', () => {
    expect(
      blockingRules(
        'Hi Marisela! Thanks so much 💕 New recipes every Friday.',
        reply('Love the heart-healthy recipes 💕 - Marisela')
      )
    ).toEqual([]);
  });

  it('but not when the reply misses them at a group', () => {
    expect(
      blockingRules(
        'We’ll miss you at group tonight, Lou! See everyone next week 💛',
        reply('Can’t make it tonight, stuck at work 😕 — Lou')
      )
    ).not.toEqual([]);
  });
});

describe('a question about how to use a service asks no advice', () => {
  it('what to bring, or who may come', () => {
    expect(
      blockingRules(
        'Comfy clothes, your insurance card and a list of any medicines you take.',
        reply('what should I bring to my first occupational therapy visit?')
      )
    ).toEqual([]);
    expect(
      blockingRules(
        'Donors aged 16 and 17 can give with a signed parent consent form; 18 and up just need a photo ID.',
        reply('Is the blood drive open to teens?')
      )
    ).toEqual([]);
  });

  it('unless the comment tells of a complaint', () => {
    expect(
      blockingRules(
        'Bring your inhaler and take two puffs before you leave home, then you should be fine for the walk.',
        reply('what should I bring to the Saturday walk? my asthma flares in the cold')
      )
    ).not.toEqual([]);
  });
});

describe('dental and cosmetic procedures are procedures', () => {
  it('a named client’s treatment session', () => {
    expect(
      handRules('Congrats to Marlowe Quint, who finished her fourth chemical peel with our aesthetics team this week!')
    ).not.toEqual([]);
    expect(handRules('Chemical peels and microneedling are half price at our open house this Saturday!')).toEqual([]);
  });

  it('an extraction said back', () => {
    expect(
      handRules(
        'Glad we could fit you in! Hope the extraction site settles down soon.',
        reply('Thanks for the emergency extraction this morning!')
      )
    ).not.toEqual([]);
  });
});

describe('a lost-and-found notice names someone who was here', () => {
  it('the owner’s name on a tag', () => {
    expect(
      handRules(
        'Did someone leave a green lunchbox at our front desk on Monday? The tag says Tobias W. Call (555) 300-1000 to claim it.'
      )
    ).toContain('phi.name.introduced');
    expect(
      handRules(
        'Lost & found: a blue umbrella and one striped mitten were left in our Main Street lobby. Claim them at the front desk!'
      )
    ).toEqual([]);
  });
});

describe('our sympathy is no word of us', () => {
  it('a condolence made only of sympathy', () => {
    expect(
      blockingRules(
        'We’re so sorry for your loss. Sending our deepest condolences to you and your family. 🕊️',
        reply('Grandpa passed Sunday. Thank you Riverside for everything these last months.')
      )
    ).toEqual([]);
  });
});

describe('a sentence spoken to a named person', () => {
  it('names them even when the name is also a word', () => {
    expect(
      handRules('Holly, you left your reading glasses after your mammogram on Monday! They are at the front desk.')
    ).toContain('phi.name.addressed');
    expect(handRules('Holly, ivy and pine garlands are up in every lobby this week!')).toEqual([]);
  });
});

describe('a post that tells the person it addresses the outcome of their care', () => {
  it('"your biopsy came back" is one person’s result; "if your biopsy came back" is anyone’s', () => {
    expect(handRules('Great news: your biopsy came back benign! 🎉')).toContain('phi.procedure.person-linked');
    expect(handRules('If your biopsy came back abnormal, our nurse navigators can walk you through next steps.')).toEqual([]);
  });
});

describe('time smoke-free ties a name to care', () => {
  it('a named graduate of a quit-smoking class', () => {
    expect(
      handRules('Cheers to Marcy Delgado, now 6 weeks vape-free after our quit class! Next session starts May 2.')
    ).not.toEqual([]);
  });
});

describe('a count of many people is no one’s record', () => {
  it('a count alone, or a count that opens one person’s story', () => {
    expect(
      blockingRules('Last winter 163 babies went home from our NICU, 22 of them born before 30 weeks. So proud of this team. 💜')
    ).toEqual([]);
    expect(
      blockingRules(
        'Urgent Care saw 57 people on Sunday, including a snowplow driver from the Eastside route with frostbite on two toes.'
      )
    ).not.toEqual([]);
  });
});

describe('a reply that refuses to say who was cared for', () => {
  it('refuses in other words', () => {
    expect(
      blockingRules(
        "We understand your concern, but we can't share information about anyone's care. We hope your cousin is doing well.",
        reply('Can you tell me if my cousin Dale is okay? Saw an ambulance at his place.')
      )
    ).toEqual([]);
  });
});

describe('a greeting by name before passing the words on', () => {
  it('says nothing more of them', () => {
    expect(
      blockingRules("Hi Nadia! We'll pass your message along to Dr. Marsh. 😊", reply('Tell Dr. Marsh that Nadia says hi!'))
    ).toEqual([]);
  });
});
