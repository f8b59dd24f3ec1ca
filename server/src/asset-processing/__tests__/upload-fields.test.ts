import { processingJobId } from '../processing-job-id';
import { imageAssetUploadFields } from '../upload-fields';

describe('upload fields', () => {
  it('trims, turns focal fields into numbers and drops empty optional fields', () => {
    expect(imageAssetUploadFields.parse({ altText: 'A nurse', credit: '  ', focalX: '0.25', focalY: '1' })).toEqual({
      altText: 'A nurse',
      focalX: 0.25,
      focalY: 1,
    });
  });

  it.each([
    [{}, /altText is required/],
    [{ altText: '   ' }, /altText must not be empty/],
    [{ altText: 'x', focalX: '2', focalY: '0.5' }, /from 0 to 1/],
    [{ altText: 'x', focalX: 'left', focalY: '0.5' }, /from 0 to 1/],
    [{ altText: 'x', focalY: '0.5' }, /set together/],
    [{ altText: 'x', colour: 'red' }, /colour/],
  ])('refuses %j', (input, message) => {
    const result = imageAssetUploadFields.safeParse(input);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });
});

describe('processing job id', () => {
  it('is the same for the same image and focal point, and differs otherwise', () => {
    expect(processingJobId('abc123', 7, null)).toBe('asset-abc123-file-7-focus-auto');
    expect(processingJobId('abc123', 7, { x: 0.3333333, y: 0.5 })).toBe('asset-abc123-file-7-focus-0.3333x0.5');
    expect(processingJobId('abc123', 8, null)).not.toBe(processingJobId('abc123', 7, null));
  });

  it('never contains a colon and refuses unsafe ids', () => {
    expect(processingJobId('a-b_c', 1, { x: 0, y: 1 })).not.toContain(':');
    expect(() => processingJobId('a:b', 1, null)).toThrow(/unsafe/);
    expect(() => processingJobId('abc', 0, null)).toThrow(/bad file id/);
  });
});
