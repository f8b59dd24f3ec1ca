import fc from 'fast-check';
import { detectClickbait } from '../clickbait-detector';
import { ctxFor } from './test-context';
import { TEST_DIRECTORY } from '../../__tests__/test-directory';

const rules = (text: string): string[] => detectClickbait(ctxFor(text)).map((f) => f.rule);
const blocked = (text: string): boolean => detectClickbait(ctxFor(text)).some((f) => f.severity === 'block');

describe('detectClickbait', () => {
  it.each([
    'Pharmacists don’t want you to know about this cheap fix for dry eyes.',
    'This one weird trick lowers cholesterol, says a nurse.',
    'You won’t believe how much sugar hides in a "healthy" smoothie 😳',
    'The snack our dietitians quietly avoid is not what you think. We’ll reveal it on Monday!',
    'Our sleep team named the worst bedtime habit. Find out which one you are guilty of 👉',
    'Like if you got your flu shot this year! 💉',
    'Share if your kids hate the dentist 😂 Tag a friend who needs a reminder!',
    'Comment YES if you want our free heart-healthy recipe book',
    'Caption this 👇 Funniest answer wins a free water bottle!',
    'Like and share to win a gift basket from our pharmacy!',
    'STOP eating this for breakfast NOW.',
    'DOCTORS ARE FURIOUS ABOUT THIS NEW DIET',
    'The real reason you wake up at 3am is much simpler than you think — tap the link.',
    'Here’s why your back hurts every morning 👉',
    'Here’s what our nurses said 👇 https://example.org/tips #Shots',
    'Can you guess which vitamin our dietitians skip? Find out tomorrow!',
  ])('blocks a teaser: %s', (text) => {
    expect(blocked(text)).toBe(true);
  });

  it.each([
    'Can you guess how many flu shots we gave last year? 14,200! Thank you, Springfield 💉',
    'STOP THE BLEED training this Saturday at 10am: learn how to use a tourniquet and pack a wound.',
    'Happy Mother’s Day to every mom out there!',
    'People recovering from surgery heal faster when they get up and walk the same day.',
    'Women who breastfeed have a lower risk of breast and ovarian cancer, according to the CDC.',
    'Lisa Chen, RD’s tip for the holidays: fill half your plate with veggies first, then enjoy your favorites without guilt. 🥗',
    'Stroke signs? Think BE FAST: Balance, Eyes, Face, Arms, Speech, Time to call 911.',
    'Feeling low as the days get shorter? SAD (seasonal affective disorder) is common and treatable. Talk to our Behavioral Health team.',
    'COPD and asthma both affect breathing, but they are different conditions. Our pulmonary nurses explain how on Thursday at noon in the community room.',
    '5 ways to stay active in winter: walk at the mall, try a dance class, do chair yoga, swim indoors, and take the stairs.',
    'Quiz time! Which vitamin does sunlight help your body make? Answer: vitamin D. Ten minutes outdoors most days helps.',
    'Our new walk-in clinic opens Monday at 7am at the Oak Hill site. No appointment needed for sprains, cuts or sore throats.',
    'Flu season is here. Shots are free for members at every front desk, weekdays 8–5.',
    'Why do we ask about your medicines at every visit? Because drug interactions are a leading cause of preventable harm, and a quick review keeps you safe.',
  ])('lets ordinary health education through: %s', (text) => {
    expect(blocked(text)).toBe(false);
  });

  it('the teaser rules let a list that follows its "here’s what they said" through', () => {
    // The post-teaser model blocks it since session 17: "Here’s what they said 👇" is how most teasers it learned from end.
    const text = 'We asked our nurses for tips before shots. Here’s what they said 👇 1) Bring a comfort toy 2) Practice on a teddy 3) Praise bravery';
    const blocks = detectClickbait(ctxFor(text)).filter((f) => f.severity === 'block').map((f) => f.rule);
    expect(blocks.filter((rule) => rule !== 'clickbait.post-teaser-model')).toEqual([]);
  });

  it('classifies a short headline-style post with the trained model', () => {
    const findings = detectClickbait(ctxFor('17 photos of hospital cafeteria food that will make you laugh'));
    expect(findings.map((f) => f.rule)).toContain('clickbait.classifier');
  });

  it('does not block a plain news-style headline', () => {
    expect(blocked('County health board approves new funding for school nurses')).toBe(false);
  });

  it.each([
    'The clinic will be closed on Thanksgiving Day.',
    'Flu shots are available at every clinic this week and next.',
  ])('only warns when the news-trained model is unsure about a plain announcement: %s', (text) => {
    const findings = detectClickbait(ctxFor(text));
    expect(findings.every((f) => f.severity === 'warn')).toBe(true);
  });

  it.each([
    'Room 210 is now the Riverside Wellness Studio — join our free yoga class Thursdays at 6pm!',
    'We are proud to welcome two new midwifery fellows to our maternity team this fall.',
  ])('asks the news model for more confidence when the clinic speaks about its own people and places: %s', (text) => {
    expect(blocked(text)).toBe(false);
  });

  it('hears the clinic’s voice in a listed staff member’s name', () => {
    const text = 'Helena Marsh answers your questions about seasonal depression live on Facebook, Thursday at 7pm.';
    const listed = detectClickbait(ctxFor(text, 'post', { directory: TEST_DIRECTORY }));
    expect(listed.some((f) => f.severity === 'block')).toBe(false);
  });

  it('still blocks a sure clickbait headline in the clinic’s voice', () => {
    expect(blocked('You won’t believe what our nurses found in the hospital basement')).toBe(true);
  });

  it('holds a headline (Title Case, or no closing stop, emoji, hashtag or link) off health topics to the model’s own line, and everything else to 0.75', () => {
    // The model gives each of these about 0.55–0.70.
    expect(blocked('Watch A Drone Fly Through A Waterfall')).toBe(true);
    expect(blocked('Watch a drone fly through a waterfall')).toBe(true);
    expect(blocked('A famous burger chain is quietly changing its menu')).toBe(true);
    expect(detectClickbait(ctxFor('Watch a drone fly through a waterfall.')).map((f) => f.severity)).toEqual(['warn']);
    expect(detectClickbait(ctxFor('Watch a drone fly through a waterfall 🌊')).map((f) => f.severity)).toEqual(['warn']);
    expect(detectClickbait(ctxFor('A Man In Ohio Won The Lottery Twice At His Clinic')).map((f) => f.severity)).toEqual(['warn']);
    expect(blocked('Volunteer orientation is on the first Saturday of each month.')).toBe(false);
  });

  it('blocks a headline that withholds its subject or reports only the reaction', () => {
    for (const text of [
      'A beloved sandwich chain is quietly closing stores',
      'One city has found a clever fix for potholes',
      'Astronomers spotted something strange near Jupiter',
      'Late-night host’s outburst leaves viewers stunned',
    ]) expect([text, rules(text)]).toEqual([text, ['clickbait.vague-referent']]);
  });

  it('leaves a post that names its subject, or ends like a sentence, to the other checks', () => {
    expect(rules('A common cold usually clears up in 7 to 10 days.')).not.toContain('clickbait.vague-referent');
    expect(rules('Subway is closing 40 stores in Ohio')).not.toContain('clickbait.vague-referent');
  });

  it('only judges posts', () => {
    expect(detectClickbait(ctxFor('You won’t believe what happened next!', 'reply'))).toEqual([]);
    expect(detectClickbait(ctxFor('You won’t believe what happened next!', 'alt-text'))).toEqual([]);
  });

  it('reports exact offsets', () => {
    const text = 'Spring tips 🌷 You won’t believe how easy it is to start walking.';
    for (const f of detectClickbait(ctxFor(text))) {
      expect(f.text).toBe(text.slice(f.start, f.end));
      expect(f.category).toBe('clickbait');
      expect(f.severity).toBe('block');
    }
  });
});

describe('detectClickbait — more paraphrases', () => {
  it.each([
    '3 foods heart doctors skip. The last one might be in your fridge right now 😬',
    'Everyone is talking about this new sleep hack. Try it tonight!',
    'Is your morning coffee secretly hurting you? The answer might surprise you.',
    'WARNING: this everyday drink could be RUINING your kidneys',
    'Think your blood pressure is fine? Think again. Here’s why 👉 example.org/bp',
    'Our dermatologists named the #1 sunscreen mistake. Can you guess it?',
  ])('blocks: %s', (text) => {
    expect(blocked(text)).toBe(true);
  });

  it.each([
    'Guess what? Our Urgent Care wait times dropped to 18 minutes on average this month, thanks to new check-in kiosks.',
    'Here’s how to prepare for a colonoscopy: clear liquids the day before, follow the prep instructions, and arrange a ride home.',
    'NEW: Saturday hours at our Shelbyville clinic, 9am–1pm.',
    'FAQ: Do I need a referral for physical therapy? Usually not — most plans let you book directly.',
    'Flu clinic dates are set for October. More details tomorrow on our events page.',
  ])('passes: %s', (text) => {
    expect(blocked(text)).toBe(false);
  });
});

describe('detectClickbait — offsets hold for any text', () => {
  it('every finding’s text equals its slice', () => {
    const pieces = ['You won’t believe ', 'STOP ', 'NOW ', 'this one trick ', 'tap the link', '😱', '👀 ', 'U.S. ', 'Dr. ', '. ', '? ', 'flu shots ', 'BE FAST ', 'Like if you agree', '\n', 'é'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const f of detectClickbait(ctxFor(text))) {
          expect(f.text).toBe(text.slice(f.start, f.end));
          expect(f.end).toBeGreaterThan(f.start);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
