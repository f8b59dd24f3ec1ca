import { checkBasis, type CheckBasisParts } from '../check-basis';

const directory = { staff: [{ name: 'Dr. Maria Alvarez' }], departments: [], locations: [] };
const options = { clickbait: { blockAt: 0.75 } };

function parts(overrides: Partial<CheckBasisParts> = {}): CheckBasisParts {
  return {
    engineVersion: '1.0.0',
    checks: [{ field: 'body', input: { text: 'Flu shots this week at every clinic.', kind: 'post' } }],
    images: [{ processingStatus: 'ready', processingError: null, ocrText: '' }],
    overrides: [],
    directory,
    options,
    ocrEnabled: true,
    ...overrides,
  };
}

describe('checkBasis', () => {
  it('is the same for the same inputs, even from equal but distinct objects', () => {
    expect(checkBasis(parts())).toBe(
      checkBasis(parts({ directory: structuredClone(directory), options: structuredClone(options) }))
    );
  });

  it.each<[string, Partial<CheckBasisParts>]>([
    ['a text', { checks: [{ field: 'body', input: { text: 'Flu shots this week at every clinic!', kind: 'post' } }] }],
    [
      'a platform',
      { checks: [{ field: 'body', input: { text: 'Flu shots this week at every clinic.', kind: 'post', platform: 'x' } }] },
    ],
    ['the engine version', { engineVersion: '1.0.1' }],
    ['an image still processing', { images: [{ processingStatus: 'processing', processingError: null, ocrText: null }] }],
    [
      'an override',
      { overrides: [{ field: 'body', category: 'clickbait', type: 'hype', text: 'x', justification: 'checked by legal today' }] },
    ],
    ['the directory', { directory: { ...directory, staff: [] } }],
    ['the options', { options: { clickbait: { blockAt: 0.9 } } }],
    ['the OCR switch', { ocrEnabled: false }],
  ])('changes with %s', (_what, change) => {
    expect(checkBasis(parts(change))).not.toBe(checkBasis(parts()));
  });
});
