import { detectClickbait } from '../clickbait-detector';
import { findCapsFear } from '../health-teaser-rules';
import { WITHHELD_PAYOFF_RULES } from '../withheld-payoff-rules';
import { ctxFor } from './test-context';

const rules = (text: string): string[] => detectClickbait(ctxFor(text)).map((f) => f.rule);
const NEW_RULES = new Set(WITHHELD_PAYOFF_RULES.map((r) => r.id));
// The near-misses below check only these rules: "want to know what you think" is caught by the older withheld-which rule.
const byNewRules = (text: string): boolean => rules(text).some((r) => NEW_RULES.has(r));

describe('withheld-payoff teasers (probe set, issue #3)', () => {
  it.each([
    ['numbered reveal', 'We asked our pharmacists what they never keep at home. Number 3 shocked us.', 'clickbait.numbered-reveal'],
    ['numbered hype', 'Six snacks our dietitians love. #2 is INSANE 🤯', 'clickbait.numbered-reveal'],
    ['not what you think', 'The drink that keeps you up at night (and it’s not what you think) ☕', 'clickbait.not-what-you-think'],
    ['want to know which', 'One of these lunchbox staples has more sugar than a donut. Want to know which? Link below.', 'clickbait.want-to-know'],
    ['read this', 'Our physical therapists named the stretch most people get wrong. You’ll want to see this.', 'clickbait.read-this'],
    ['reveals the mistake', 'A pharmacist reveals the biggest mistakes people make with antibiotics.', 'clickbait.read-this'],
    ['nobody talks about', 'Nobody talks about this part of recovering from the flu.', 'clickbait.nobody-talks-about'],
    ['until now', 'Sleep trackers have a blind spot. Until now.', 'clickbait.nobody-talks-about'],
    ['trailing reveal', 'Can coffee raise your cholesterol? Our cardiology team weighs in… ☕', 'clickbait.trailing-reveal'],
    ['secretly harming', 'The bedtime habit that’s quietly ruining your sleep 😴', 'clickbait.secretly-harming'],
    ['a story that stops before its end', 'She tried to bake bread in an air fryer. It did not go as planned.', 'clickbait.cliffhanger'],
    ['a discovery kept back', 'A plumber opened the old wall. What he found behind it stunned the owners', 'clickbait.cliffhanger'],
    ['"here’s why" with nothing after it', 'Our cafeteria is changing its menu next month. Here’s why', 'clickbait.cliffhanger'],
    ['a list the reader must open', 'Pharmacy chain closing 40 stores this spring — is yours on the list?', 'clickbait.cliffhanger'],
    ['an answer kept for a later post', 'Our dietitians’ #1 swap for a sugary breakfast costs under $2. It’s not oatmeal. The answer’s in tomorrow’s Reel 🥣', 'clickbait.find-out-in-next-post'],
  ])('blocks %s', (_name, text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    ['a list that names its items', 'Number 3 on our list: a 10-minute walk after dinner. It lowers blood sugar.'],
    ['an answer given in the post', 'Quiz answer: the red bell pepper has almost double the vitamin C of an orange. 🫑'],
    ['an invitation to share views', 'We want to know what you think about our new evening hours — tell us in the survey.'],
    ['"here’s why" followed by the reason', 'Our cafeteria is changing its menu next month. Here’s why: more fresh produce from local farms.'],
    ['what a study found, told', 'What we learned from 2,000 flu swabs this winter: most cases came from households with kids.'],
    ['an expert answer delivered', 'Can coffee raise your cholesterol? Our cardiology team weighs in: unfiltered coffee can, filtered mostly doesn’t.'],
    ['reveal followed by the answer', 'Our nurses reveal the top mistake after surgery: skipping the short walks that prevent clots.'],
    ['a plain "until" sentence', 'Walk-in flu shots run until now-ish: 6 pm tonight at 1200 Main Street.'],
    ['a later post announced with its topic', 'Find out more about our new pharmacy hours in Friday’s Reel.'],
  ])('leaves alone %s', (_name, text) => {
    expect(byNewRules(text)).toBe(false);
  });
});

describe('capitalised fact openers', () => {
  it('does not read "DID YOU KNOW?" or "FUN FACT:" as shouting', () => {
    expect(findCapsFear('DID YOU KNOW? Kids need 9–12 hours of sleep a night.')).toBeUndefined();
    expect(findCapsFear('FUN FACT: your nose can tell apart about a trillion smells.')).toBeUndefined();
  });

  it('still finds shouting after an opener', () => {
    expect(findCapsFear('DID YOU KNOW this STOPS your HEART NOW?')).toBeDefined();
  });
});
