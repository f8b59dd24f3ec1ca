import { check } from '../engine';
import type { CheckInput, Finding } from '../types';
import { blockingRules, checkPost, reply, verdictOf } from './check-post';
import { TEST_DIRECTORY } from './test-directory';

// Session 35: the same words, typed or pasted differently, get the same judgement (npm run eval:robustness).

const SAMPLES: Array<Partial<CheckInput> & { text: string }> = [
  { text: 'Get well soon to Maria Lopez in room 412, we miss you on the 3rd floor!' },
  { text: 'Congrats to José Ortega, 94, on ringing the bell after his last round of chemo!' },
  { text: 'So sorry about your mom. Pneumonia at 93 is hard, and we hope she is home soon.', ...reply('my mom is 93 and in the hospital with pneumonia') },
  { text: 'Flu shots are free at 22 Harbor Road this Saturday, 9am to noon. No appointment needed.' },
  { text: 'Nadie esperaba lo que le pasó a este paciente de 92 años de Valle Verde anoche… Parte 2 mañana' },
];

const blocking = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'block').map((f) => f.rule).sort();

describe('text typed or pasted differently', () => {
  const variants: Array<[string, (text: string) => string]> = [
    ['no-break spaces', (t) => t.replace(/ /g, '\u00a0')],
    ['double spaces', (t) => t.replace(/ /g, '  ')],
    ['leading blank lines', (t) => `\n\n  ${t}`],
    ['accents as combining marks', (t) => t.normalize('NFD')],
    ['zero-width spaces after spaces', (t) => t.replace(/ /g, ' \u200b')],
    ['bold letters from a font generator', (t) => t.replace(/[A-Za-z]/g, (c) => String.fromCodePoint(c <= 'Z' ? 0x1d400 + c.charCodeAt(0) - 65 : 0x1d41a + c.charCodeAt(0) - 97))],
  ];

  it.each(variants)('%s: the same blocking rules, each finding quoting the text as written', (_name, vary) => {
    for (const sample of SAMPLES) {
      const plain = checkPost(sample.text, sample);
      const written = vary(sample.text);
      const varied = checkPost(written, { ...sample, text: written, context: sample.context === undefined ? undefined : vary(sample.context) });
      expect(blocking(varied.findings)).toEqual(blocking(plain.findings));
      for (const f of varied.findings) {
        expect(f.text).toBe(written.slice(f.start, f.end));
        if (f.category !== 'digestibility') expect(f.text.normalize('NFKC').replace(/[\s\u200b]+/g, ' ').trim()).not.toBe('');
      }
    }
  });

  it('quotes a pasted name from its first letter to its last', () => {
    const written = '\n Get well soon to Maria\u00a0Lopez in room\u00a0412!';
    const name = checkPost(written).findings.find((f) => f.category === 'phi' && f.type === 'name');
    expect(name?.text).toBe('Maria\u00a0Lopez');
  });

  it('counts a platform limit on the text as written, every space included', () => {
    const words = 'Flu shots are free this Saturday at 22 Harbor Road.';
    const text = `${words} ${'Bring the whole family. '.repeat(9)}`.trim();
    expect(text.length).toBeLessThanOrEqual(280);
    const limit = (t: string) => check({ text: t, kind: 'post', platform: 'x', directory: TEST_DIRECTORY }).findings.some((f) => f.rule === 'digestibility.length.x.limit');
    expect(limit(text)).toBe(false);
    expect(limit(text.replace(/ /g, '  '))).toBe(true);
  });

  it('reads Spanish typed with combining accents', () => {
    const text = 'Sentimos mucho la caída de su papá de 93 años. Nuestra línea de enfermería está disponible: (555) 300-1000.'.normalize('NFD');
    expect(blockingRules(text, reply('Mi papá tiene 93 años y se cayó en la casa'.normalize('NFD')))).toContain('phi.age.over-89');
  });
});

describe('a comment typed in lower case or capitals', () => {
  const answer = 'So sorry to hear it! We will mail them to 12 Larkspur Way this week.';

  it('a street the commenter typed in lower case, said back, is PHI', () => {
    expect(blockingRules(answer, reply('can you mail my records to 12 larkspur way, lakeside?'))).toContain('phi.address.restated-street');
  });

  it('a street the commenter typed in capitals, said back, is PHI', () => {
    expect(blockingRules(answer, reply('CAN YOU MAIL MY RECORDS TO 12 LARKSPUR WAY, LAKESIDE??'))).toContain('phi.address.restated-street');
  });

  it('a greeting to a commenter who signed in lower case confirms nothing', () => {
    expect(verdictOf('Hi Tanya! So glad you like it. The oat-milk latte is a staff favorite too.', reply('hi its tanya! loving the new coffee bar in the lobby'))).toBe('pass');
  });
});

describe('a comment that opens with a tag or ends after its question', () => {
  it('a general question tagged to our page gets a general answer', () => {
    expect(
      verdictOf(
        'Yes! Honey is not safe for babies under 12 months because of the risk of infant botulism. After the first birthday it is fine.',
        reply('@LakesideClinic is it true you cannot give babies honey?'),
      ),
    ).toBe('pass');
  });

  it('a question followed by thanks and an emoji is still a question about a place', () => {
    expect(verdictOf('Our Lakeside office is at 22 Harbor Road, open Monday–Friday, 8am–5pm.', reply('Where is the Lakeside office? thanks 🙏'))).toBe('pass');
  });
});

describe('hashtags a post ends with', () => {
  const TAGS = ' 💙 #Wellness #LakesideCares';
  const posts = [
    ...SAMPLES.filter((s) => s.kind === undefined).map((s) => s.text),
    'This 2-minute stretch is making pain clinics nervous 🤫',
    'Only a handful of people know why the lobby piano plays at exactly 3pm every day. Want the story? Follow us for part 2.',
  ];

  it.each(posts)('the same blocking rules with tags under it: %s', (text) => {
    expect(blocking(checkPost(`${text}${TAGS}`).findings)).toEqual(blocking(checkPost(text).findings));
  });

  it('a post typed in lower case is read as lower case under capitalised tags', () => {
    const rules = blockingRules(`congrats marco on 5 yrs sober!! 🎉 the whole behavioral health team is so proud of u${TAGS}`);
    expect(rules.filter((rule) => rule.startsWith('phi.name.'))).not.toEqual([]);
  });

  it("a model's finding quotes the post, not its tags", () => {
    const teaser = checkPost(`This 2-minute stretch is making pain clinics nervous 🤫${TAGS}`).findings.find((f) => f.category === 'clickbait');
    expect(teaser?.text).toBe('This 2-minute stretch is making pain clinics nervous 🤫 💙');
  });

  it('a teaser with a link under it still blocks', () => {
    for (const teaser of posts.slice(-2)) {
      expect(blocking(checkPost(`${teaser} lakeside.example/story`).findings)).toEqual(blocking(checkPost(teaser).findings));
      expect(verdictOf(`${teaser} lakeside.example/story`)).toBe('block');
    }
  });
});

describe('contractions typed without their apostrophe', () => {
  const bare = (t: string) => t.replace(/(\w)'(t|re|ll|ve|m|d)\b/g, '$1$2').replace(/\b(it|that|he|she|what|there)'s\b/gi, '$1s');
  const replies: Array<[string, string]> = [
    ["We're so glad she's home and on the mend — please give her our best.", 'Huge thanks to the ortho team for taking care of my wife after her fall.'],
    ["Yes, you're all set for Friday at 9am! Please arrive 15 minutes early.", 'is my DEXA still on for Friday?'],
    ["We'll add it to her chart right away, and she'll get a copy.", "what's the best way to send my mom's POLST form so it's in her chart?"],
  ];

  it.each(replies)('the same blocking rules: %s', (text, comment) => {
    expect(bare(text)).not.toBe(text);
    expect(blocking(checkPost(bare(text), reply(bare(comment))).findings)).toEqual(blocking(checkPost(text, reply(comment)).findings));
  });

  it('a finding quotes the contraction as it was typed', () => {
    const found = checkPost('Yes, youre all set for Friday at 9am!', reply('is my DEXA still on for Friday?')).findings.find((f) => f.category === 'patient-confirmation');
    expect(found?.text).toContain('youre');
  });
});

describe('"&" for "and"', () => {
  // Session 38: each of these was blocked by a trained model that read "&" as a missing word.
  it.each([
    ["Merry Christmas to you & yours! We'll make sure Dr. Hannah Brooks & the Pediatrics team see this 💚", 'Merry Christmas to Dr. Brooks & the whole peds team!! 🎄'],
    ['We agree! Marcus has been on our PT team for 12 years & still brings donuts every Friday. 🍩', "Marcus Greene is a legend. That's all."],
    ['We read every review, including the tough ones. Our top complaint last year was phone wait times, so we added 12 call-center staff & cut the average hold from 9 minutes to 3.', 'why does riverside have a 3.9 on google lol'],
  ])('passes a clean reply that writes "&": %j', (text, comment) => {
    expect(verdictOf(text, reply(comment))).toBe('pass');
  });

  it('still blocks a patient\'s name and diagnosis joined by "&"', () => {
    const typed = 'Prayers for Maria Lopez & her family as she starts chemo for breast cancer this week.';
    const report = checkPost(typed);
    expect(report.verdict).toBe('block');
    for (const f of report.findings) expect(f.text).toBe(typed.slice(f.start, f.end));
  });
});

describe('a contact line under the text', () => {
  const SIGN_OFF = ' Questions? Call (555) 300-1000.';

  // Session 38: each blocked as written and passed once the team's sign-off was added.
  it.each([
    'Your kidneys are SCREAMING for help and you don\'t even know it 😱',
    'This 2-minute stretch is making pain clinics nervous 🤫',
    'congrats marco on 5 yrs sober!! 🎉 the whole behavioral health team is so proud of u 💙',
  ])('still blocks %j with a sign-off under it', (text) => {
    expect(verdictOf(text)).toBe('block');
    expect(verdictOf(text + SIGN_OFF)).toBe('block');
  });

  it.each([
    ["Haha glad you're all in one piece! Our Urgent Care team loved patching you up 🩹", 'Shoutout to the urgent care crew for stitching up my thumb 🙌'],
    ["It's still early — if it were me I'd give it another month before asking to switch.", "my anxiety meds aren't doing anything, been on them 3 weeks"],
  ])('still blocks the reply %j with a sign-off under it', (text, comment) => {
    expect(verdictOf(text, reply(comment))).toBe('block');
    expect(verdictOf(text + SIGN_OFF, reply(comment))).toBe('block');
  });

  it('reads no diagnosis into "Questions?" under a thank-you', () => {
    const text = "We'll share this with the NICU team — they'll be so touched 💜";
    const comment = "Thank you to the NICU nurses, you're angels 💜💜";
    expect(blockingRules(text + SIGN_OFF, reply(comment)).filter((r) => r.startsWith('phi'))).toEqual([]);
  });
});

describe('a bare link under a reply', () => {
  const LINK = ' lakesideclinic.example/news';

  // Session 39: each blocked as written and passed once a link was added under it (its words diluted the model's score).
  it.each([
    ["Sleep is the best medicine! Just have someone check on you in the morning.", 'Fell off a ladder and hit my head, kind of nauseous, going to sleep it off'],
    ["We've gone ahead and cancelled it for you — no need to call! 👍", "who do i call to cancel tomorrow's appt"],
    ['Rub them briskly with a towel to get the blood flowing, then warm them by the fire until they\'re pink again.', 'got a bit of frostbite on my fingers ice fishing, theyre white and numb'],
  ])('still blocks the reply %j with a link under it', (text, comment) => {
    expect(verdictOf(text, reply(comment))).toBe('block');
    expect(verdictOf(text + LINK, reply(comment))).toBe('block');
  });

  // Session 39: each passed as written and was blocked once a link was added (thanks "with nothing else said" had a link said).
  it.each([
    ["We're so sorry for your loss, Greg. Sending our deepest sympathy to you and your family.", 'My dad passed away last week. Thinking of everyone who knew him.'],
    ['We love her too! 🥰 Dr. Aisha Bello will be so happy to see this.', 'Dr Bello delivered both my babies!! love her'],
  ])('still passes the reply %j with a link under it', (text, comment) => {
    expect(verdictOf(text, reply(comment))).toBe('pass');
    expect(verdictOf(text + LINK, reply(comment))).toBe('pass');
  });
});

describe('a text typed all in lower case', () => {
  const categories = (findings: readonly Finding[]) => [...new Set(findings.filter((f) => f.severity === 'block').map((f) => f.category))].sort();

  it.each(SAMPLES.map((s) => [s.text, s] as const))('blocks for the same reasons: %s', (text, sample) => {
    const lower = { ...sample, text: text.toLowerCase(), context: sample.context?.toLowerCase() };
    expect(categories(checkPost(lower.text, lower).findings)).toEqual(categories(checkPost(text, sample).findings));
  });

  it.each([
    'Congrats to Theo Marchetti, born at 26 weeks, who just sent us the sweetest review in crayon 🖍️',
    'Thank you to the Brennan family on Cedar Lane for the flowers after Jack’s stay with us last month 🌷',
    'Lost & found: a pill organizer labeled for R. Castellanos – metformin was left at the front desk',
    'So proud of the Pine Ridge Middle School runner who fainted at Saturday’s meet and got a pacemaker',
    'RIP Big Earl 💔 a regular at our clinic for 20 years. Lost him Sun to heart failure.',
  ])('blocks, for the same reasons, what its capitals would show: %s', (text) => {
    expect(verdictOf(text)).toBe('block');
    expect(categories(checkPost(text.toLowerCase()).findings)).toEqual(categories(checkPost(text).findings));
  });

  it('a comment and its reply both typed in lower case: the relative named back is PHI', () => {
    const rules = blockingRules('hi, we’re keeping eli and your whole family in our thoughts 🙏', reply('please pray for my grandson eli, he’s in your icu after a car wreck on route 30'));
    expect(rules).toContain('phi.name.relative-said-back');
  });

  it('leaves a clean post alone and quotes findings as typed', () => {
    expect(verdictOf('flu shots are free at 22 harbor rd this saturday, 9am to noon. call the front desk at (555) 300-1000 with questions!')).toBe('pass');
    const name = checkPost('get well soon, maria lopez in room 412!').findings.find((f) => f.category === 'phi' && f.type === 'name');
    expect(name?.text).toBe('maria lopez');
  });
});
