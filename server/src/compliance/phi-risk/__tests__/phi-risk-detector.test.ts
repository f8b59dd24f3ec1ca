import { check } from '../../engine';
import { resolveOptions } from '../../default-options';
import { TEST_DIRECTORY } from '../../__tests__/test-directory';
import type { DetectorContext, Finding, TextKind } from '../../types';
import { detectPhiRisk } from '../phi-risk-detector';

function ctxOf(text: string, kind: TextKind, context?: string, phiRiskModel = true): DetectorContext {
  return { text, kind, context, directory: TEST_DIRECTORY, options: resolveOptions({ phiRiskModel }) };
}

const BYPASS_REPLY = 'Thanks for letting us know! Sending love while your dad recovers from his bypass. Call us any time 💙';
const BYPASS_COMMENT = 'Dad had bypass surgery Monday';
const STAY_POST = 'Busy week for our team! Our longest-stay patient heads home tomorrow after 41 days in the ICU.';

describe('phi-risk model in check()', () => {
  it('blocks a post the PHI rules pass, on the sentence that ties the stay to a person', () => {
    const off = check({ text: STAY_POST, kind: 'post', directory: TEST_DIRECTORY, options: { phiRiskModel: false } });
    expect(off.findings.some((f) => f.category === 'phi' && f.severity === 'block')).toBe(false);
    const report = check({ text: STAY_POST, kind: 'post', directory: TEST_DIRECTORY });
    const model = report.findings.filter((f) => f.rule.startsWith('phi-risk-model.'));
    expect(model).toHaveLength(1);
    const [f] = model;
    expect(f).toMatchObject({ category: 'phi', severity: 'block', type: 'diagnosis', rule: 'phi-risk-model.diagnosis' });
    expect(f!.text).toBe('Our longest-stay patient heads home tomorrow after 41 days in the ICU.');
    expect(STAY_POST.slice(f!.start, f!.end)).toBe(f!.text);
    expect(f!.message).toMatch(/PHI-risk model: \d+% likely/);
    expect(f!.suggestion).toBeTruthy();
    expect(report.verdict).toBe('block');
  });

  it('names a medication when the sentence holds one', () => {
    const findings = detectPhiRisk(ctxOf('Glad your son is breathing easier on the new inhaler!', 'reply', "Son's breathing is way better"), []);
    expect(findings.map((f) => f.type)).toEqual(['medication']);
  });

  it('passes routing replies, thanks and general education', () => {
    for (const [text, context] of [
      ["Thanks for the kind words! We'll pass them along to the team.", BYPASS_COMMENT],
      ['Please call our nurse line at (555) 300-1000 so a nurse can help.', 'Chest pain since this morning'],
      ['Heart disease is the leading cause of death for women. Know the signs.', undefined],
    ] as const) {
      expect(detectPhiRisk(ctxOf(text, context ? 'reply' : 'post', context), [])).toEqual([]);
    }
  });

  it('passes a reply that routes to a crisis line, whatever the comment told', () => {
    const text = '988 is the Suicide & Crisis Lifeline: call or text 988 anytime, 24/7. If someone is in immediate danger, call 911.';
    expect(detectPhiRisk(ctxOf(text, 'reply', "what's the 988 thing? my teammate keeps saying he doesn't want to be here anymore since his injury"), [])).toEqual([]);
    // The sentence that ties the comment's detail to the teammate is still scored.
    expect(detectPhiRisk(ctxOf(`${text} We're so sorry your teammate is struggling after his injury.`, 'reply', "my teammate keeps saying he doesn't want to be here anymore since his injury"), []).length).toBe(1);
  });

  // A crisis line's capitalised name reads like a person's to the name cue; its post scores just under the threshold.
  it('passes posts that name a crisis line', () => {
    for (const text of [
      '988 is the Suicide & Crisis Lifeline. Call or text 988 any time.',
      'Call or text 988, the Suicide & Crisis Lifeline, any time. You are not alone.',
      'Feeling overwhelmed? The 988 Suicide & Crisis Lifeline is free, confidential and open 24/7.',
    ]) {
      expect(detectPhiRisk(ctxOf(text, 'post'), [])).toEqual([]);
    }
  });

  // Session 22 let the model score such sentences too: blind recall rose a little, and it blocked these
  // (docs/history/compliance-engine.md, "Session 22").
  it('leaves a named or aged person with no health word near them to the rules, which only warn', () => {
    for (const text of [
      'Happy retirement to Linda Park after 30 years at our front desk!',
      'Congrats to a 16-year-old Westfield student who won the county science fair!',
      'Congrats to Maya Torres, 17, who won the state spelling bee!',
    ]) {
      expect(detectPhiRisk(ctxOf(text, 'post'), [])).toEqual([]);
      expect(check({ text, kind: 'post', directory: TEST_DIRECTORY }).verdict).toBe('pass');
    }
  });
});

describe('phi-risk model gating', () => {
  const ruleBlock: Finding = {
    category: 'phi',
    type: 'name',
    start: 0,
    end: 4,
    text: 'Dana',
    severity: 'block',
    message: 'Name',
    rule: 'phi.name',
  };

  it('stays silent when the rules already blocked PHI in the item', () => {
    expect(detectPhiRisk(ctxOf(BYPASS_REPLY, 'reply', BYPASS_COMMENT), [ruleBlock])).toEqual([]);
  });

  it('still speaks when the rules only warned about PHI or blocked another category', () => {
    const warn: Finding = { ...ruleBlock, severity: 'warn' };
    const advice: Finding = { ...ruleBlock, category: 'medical-advice', type: 'individual-advice' };
    expect(detectPhiRisk(ctxOf(BYPASS_REPLY, 'reply', BYPASS_COMMENT), [warn, advice])).toHaveLength(1);
  });

  it('stays silent when options.phiRiskModel is false', () => {
    expect(detectPhiRisk(ctxOf(BYPASS_REPLY, 'reply', BYPASS_COMMENT, false), [])).toEqual([]);
    const report = check({ text: BYPASS_REPLY, context: BYPASS_COMMENT, kind: 'reply', directory: TEST_DIRECTORY, options: { phiRiskModel: false } });
    expect(report.findings.filter((f) => f.rule.startsWith('phi-risk-model.'))).toEqual([]);
  });

  it('judges only posts and replies', () => {
    for (const kind of ['alt-text', 'template'] as const) expect(detectPhiRisk(ctxOf(BYPASS_REPLY, kind, BYPASS_COMMENT), [])).toEqual([]);
  });

  it('gives at most one finding, with offsets inside the text, for any input', () => {
    const texts = [
      '',
      '   ',
      '💙💙💙',
      `${BYPASS_REPLY} ${BYPASS_REPLY}\n\n${BYPASS_REPLY}`,
      '  So sorry the vertigo came back, hang in there.  ',
      'pain; pain; pain!!! '.repeat(50),
    ];
    for (const text of texts) {
      const findings = detectPhiRisk(ctxOf(text, 'reply', 'vertigo is back ugh'), []);
      expect(findings.length).toBeLessThanOrEqual(1);
      for (const f of findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(f.start, f.end)).toBe(f.text);
        expect(f.text).toBe(f.text.trim());
      }
    }
  });
});
