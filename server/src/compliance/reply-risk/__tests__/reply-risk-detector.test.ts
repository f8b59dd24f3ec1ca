import { check } from '../../engine';
import { TEST_DIRECTORY } from '../../__tests__/test-directory';
import { mayHoldAdvice } from '../../advice/advice-content';
import { resolveOptions } from '../../default-options';
import { detectReplyRisk } from '../reply-risk-detector';

function modelFindings(text: string, context: string, kind: 'reply' | 'post' = 'reply') {
  return check({ text, context, kind, directory: TEST_DIRECTORY }).findings.filter((f) => f.rule.startsWith('reply-risk-model.'));
}

describe('reply-risk model in check()', () => {
  it('blocks a confirming reply the phrase rules miss, pointing at the sentence that confirms', () => {
    const text = 'Thank you so much! The hygienists were thrilled you stopped by, and they loved your new haircut.';
    const report = check({ text, context: 'Loved the dental team', kind: 'reply', directory: TEST_DIRECTORY });
    expect(report.verdict).toBe('block');
    const [f] = report.findings.filter((x) => x.rule === 'reply-risk-model.patient-confirmation');
    expect(f).toBeDefined();
    expect(f?.severity).toBe('block');
    expect(f?.category).toBe('patient-confirmation');
    expect(f?.text).toBe('The hygienists were thrilled you stopped by, and they loved your new haircut.');
    expect(text.slice(f!.start, f!.end)).toBe(f?.text);
    expect(f?.message).toMatch(/confirming that the person is or was a patient/);
    expect(f?.suggestion).toBeTruthy();
  });

  it('never points at an emoji-only sentence', () => {
    const findings = modelFindings('Five years cancer-free is worth celebrating! 🎉💗', 'Breast cancer survivor, 5 years today!');
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.text).toMatch(/\p{L}/u);
  });

  it('blocks hedged advice the phrase rules miss', () => {
    const findings = modelFindings('You might want to stop them for a few days and see how you feel.', 'Can I stop my blood pressure pills?');
    expect(findings.map((f) => [f.category, f.severity])).toEqual([['medical-advice', 'block']]);
  });

  it('adds nothing where a rule already blocks the same category', () => {
    const report = check({ text: 'Great to see you back! Your next cleaning is booked for March.', kind: 'reply', directory: TEST_DIRECTORY });
    const confirmations = report.findings.filter((f) => f.category === 'patient-confirmation');
    expect(confirmations.length).toBeGreaterThan(0);
    expect(confirmations.every((f) => !f.rule.startsWith('reply-risk-model.'))).toBe(true);
  });

  it('does not read meeting someone at a public event as care', () => {
    const event = modelFindings('Hi Dana! So glad you stopped by our booth at the street fair 🎈', 'Great fair today!');
    expect(event.filter((f) => f.category === 'patient-confirmation')).toEqual([]);
  });

  it('does not read a comment about our posts, a new job or a talk given here as care', () => {
    const confirmations = (text: string, context: string) => modelFindings(text, context).filter((f) => f.category === 'patient-confirmation');
    const cases: Array<[text: string, otherVisit: string, care: string]> = [
      ["Tell her we said hi! 👋 We're so glad she enjoys them.", 'my 93 year old nana watches all your videos lol', 'my 93 year old nana loves coming in'],
      ["Hi Gloria! So glad you're enjoying them 💕", 'Love all your heart month posts! — Gloria', 'Love all your heart nurses! — Gloria'],
      ["Welcome to the team! 🎉 You're going to love it at Lakeside.", 'Just accepted a job as a medical assistant at Lakeside, so excited!', 'Just got my first appointment at Lakeside, so excited!'],
      ["Thank you for joining us! We hope you'll come back to speak next year.", "Spoke at Lakeside's grand rounds today. Great audience!", 'Was at Lakeside today. Great team!'],
    ];
    for (const [text, otherVisit, care] of cases) {
      expect(confirmations(text, otherVisit)).toEqual([]);
      // The same reply to a comment that may tell of care is still the model's to judge.
      expect(confirmations(text, care).length).toBeGreaterThan(0);
    }
  });

  it('does not read an answer to a question about health in general as advice', () => {
    const advice = (text: string, context: string) => modelFindings(text, context).filter((f) => f.category === 'medical-advice');
    const text = 'Teens generally need 8-10 hours a night 😴 Consistent wake times, a screen curfew and a dark, cool room all help.';
    expect(advice(text, 'How much sleep do teenagers actually need?')).toEqual([]);
    expect(advice(text, 'Quick question: is it true teens need more sleep than adults?')).toEqual([]);
    // Asked about the writer's own child, the same answer is advice to one family.
    expect(advice(text, 'My son only sleeps 5 hours, how much does he need?').length).toBeGreaterThan(0);
  });

  it('does not read a comment about a tournament we covered, a parent night or a Facebook Live as care', () => {
    const confirmations = (text: string, context: string) => modelFindings(text, context).filter((f) => f.category === 'patient-confirmation');
    expect(confirmations('So glad you came! Slides from Dr. Helena Marsh are posted on our website.', 'Thanks for the parent night on overtraining, learned a ton!')).toEqual([]);
    expect(confirmations('So glad you came! Slides from Dr. Helena Marsh are posted on our website.', 'Thanks for yesterday, learned a ton!').length).toBeGreaterThan(0);
  });

  it('reads "Thank you! Dr. Marsh and the crew are thrilled" as about our staff only', () => {
    const confirmations = (text: string) => modelFindings(text, 'Congrats to your team on the regional award!').filter((f) => f.category === 'patient-confirmation');
    expect(confirmations('Thank you! 💙 Dr. Helena Marsh and the whole crew are thrilled.')).toEqual([]);
    // Words of care to the commenter still confirm (here a phrase rule blocks first).
    const cared = check({ text: 'Thank you! 💙 Dr. Helena Marsh and the whole crew are thrilled you are healing so well.', context: 'Congrats to your team on the regional award!', kind: 'reply', directory: TEST_DIRECTORY });
    expect(cared.findings.some((f) => f.category === 'patient-confirmation' && f.severity === 'block')).toBe(true);
  });

  it('reads a reply without the name it greets: a first-name greeting with no health detail is fine', () => {
    const confirmations = (text: string, context: string) => modelFindings(text, context).filter((f) => f.category === 'patient-confirmation');
    expect(confirmations('Hi Jess! Thanks so much for following along 💜', "hi!! it's Jess 👋 love the new hours")).toEqual([]);
    expect(confirmations('Hi Jess! Thanks so much for following along 💜', 'hi!! love the new hours')).toEqual([]);
    expect(confirmations('Hi Jess! Thanks for tagging us! 🎉', 'Ran my first 5K with @riversidefh!')).toEqual([]);
  });

  it('passes a routing reply', () => {
    const report = check({
      text: 'Please call our nurse line at (555) 300-1000 so a nurse can help. If he is hard to wake or struggling to breathe, call 911.',
      context: "My son's fever won't break",
      kind: 'reply',
      directory: TEST_DIRECTORY,
    });
    expect(report.verdict).toBe('pass');
  });

  it('only judges replies', () => {
    expect(modelFindings('You might want to stop them for a few days and see how you feel.', '', 'post')).toEqual([]);
  });
});

describe('reply-risk model switch', () => {
  it('adds nothing when options.replyRiskModel is false', () => {
    const report = check({
      text: 'You might want to stop them for a few days and see how you feel.',
      context: 'Can I stop my blood pressure pills?',
      kind: 'reply',
      directory: TEST_DIRECTORY,
      options: { replyRiskModel: false },
    });
    expect(report.findings.filter((f) => f.rule.startsWith('reply-risk-model.'))).toEqual([]);
  });
});

describe('reply-risk advice model and the advice word list', () => {
  const modelOnly = (text: string, context: string) =>
    detectReplyRisk({ text, context, kind: 'reply', directory: TEST_DIRECTORY, options: resolveOptions() }, []).map((f) => f.rule);

  it('is heard when sure, even in a reply without any word the list holds', () => {
    const text = "Sounds like growing pains to me, a warm bath at bedtime and he'll be right as rain!";
    expect(mayHoldAdvice(text)).toBe(false);
    expect(modelOnly(text, 'my 7yo keeps waking up with sore legs at night')).toContain('reply-risk-model.medical-advice');
  });

  it('is not heard on a cheerful reply the list keeps clear', () => {
    expect(modelOnly("That's huge, congratulations on the new job! 🎉", 'Finally back to work after my knee surgery!')).not.toContain('reply-risk-model.medical-advice');
  });
});
