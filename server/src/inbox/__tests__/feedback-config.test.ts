import { validatePluginConfig } from '../../config';
import { resolveFeedbackConfig } from '../feedback-config';

describe('feedback config', () => {
  it('defaults to no webhook and approval of replies to negative feedback', () => {
    expect(resolveFeedbackConfig({})).toEqual({ webhookSecret: null, negativeRepliesNeedApproval: true });
    expect(resolveFeedbackConfig({ feedback: { negativeRepliesNeedApproval: false } }).negativeRepliesNeedApproval).toBe(false);
  });

  it('stops boot on a short secret or an unknown key, naming it', () => {
    expect(() => validatePluginConfig({ timezone: 'UTC', feedback: { webhookSecret: 'short' } })).toThrow(
      /'feedback.webhookSecret': must be at least 32 characters/
    );
    expect(() => validatePluginConfig({ timezone: 'UTC', feedback: { secret: 'x'.repeat(40) } })).toThrow(
      /unknown key 'feedback.secret'/
    );
    expect(
      validatePluginConfig({ timezone: 'UTC', feedback: { webhookSecret: 'x'.repeat(40) } }).feedback?.webhookSecret
    ).toHaveLength(40);
  });
});
