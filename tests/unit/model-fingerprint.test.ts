import phiRiskModel from '../../server/src/compliance/phi-risk/phi-risk-model.json';
import replyRiskModel from '../../server/src/compliance/reply-risk/reply-risk-model.json';
import { phiRiskFingerprint, replyRiskFingerprint } from '../../scripts/lib/model-fingerprint';

const RETRAIN = 'the features changed since the model was trained: run `npm run train:reply-risk && npm run train:phi-risk` and commit both models';

describe('committed models match the current features', () => {
  it('reply-risk', () => {
    expect({ fingerprint: replyRiskFingerprint(), fix: RETRAIN }).toEqual({ fingerprint: replyRiskModel.ownRowsFingerprint, fix: RETRAIN });
  });

  it('phi-risk', () => {
    expect({ fingerprint: phiRiskFingerprint(), fix: RETRAIN }).toEqual({ fingerprint: phiRiskModel.ownRowsFingerprint, fix: RETRAIN });
  });
});
