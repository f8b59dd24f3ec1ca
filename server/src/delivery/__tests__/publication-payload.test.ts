import { payloadFor } from '../publication-payload';

const original = { url: '/uploads/lobby.jpg', mime: 'image/png', width: 2000, height: 1500 };
// The shape the image pipeline stores (asset-processing/rendition-files StoredRendition).
const renditions = [
  { preset: 'instagram-square', platform: 'instagram', width: 1080, height: 1080, bytes: 1, format: 'jpeg', url: '/uploads/lobby-instagram-square.jpg', fileId: 1 },
  { preset: 'instagram-portrait', platform: 'instagram', width: 1080, height: 1350, bytes: 1, format: 'jpeg', url: '/uploads/lobby-instagram-portrait.jpg', fileId: 2 },
  { preset: 'x', platform: 'x', width: 1600, height: 900, bytes: 1, format: 'webp', url: '/uploads/lobby-x.webp', fileId: 3 },
];
const post = { body: ' Our lobby is open. ', link: 'https://clinic.example.org', variants: [{ platform: 'x', text: 'Lobby open!' }], images: [{ altText: 'The lobby', renditions, image: original }] };

describe('payloadFor', () => {
  it("sends the platform's stored rendition, with its format as the MIME type", () => {
    expect(payloadFor(post, 'x', 'https://cms.example.org/').images).toEqual([
      { url: 'https://cms.example.org/uploads/lobby-x.webp', altText: 'The lobby', mimeType: 'image/webp' },
    ]);
    expect(payloadFor(post, 'instagram', '').images[0].url).toBe('/uploads/lobby-instagram-square.jpg');
  });

  it('falls back to the original when the platform has no rendition', () => {
    expect(payloadFor(post, 'linkedin', '').images).toEqual([{ url: '/uploads/lobby.jpg', altText: 'The lobby', mimeType: 'image/png' }]);
  });

  it("takes the platform's variant when written, else the trimmed body, and keeps the link apart", () => {
    expect(payloadFor(post, 'x', '')).toMatchObject({ text: 'Lobby open!', link: 'https://clinic.example.org' });
    expect(payloadFor(post, 'facebook', '')).toMatchObject({ text: 'Our lobby is open.', link: 'https://clinic.example.org' });
  });
});
