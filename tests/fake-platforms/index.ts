export { startFakePlatforms, type FakePlatforms, type FakeOptions } from './fake-platforms';
export { FAKE_WEBHOOK_SECRET } from './webhook-routes';
export { INSTAGRAM_QUOTA_TOTAL } from './instagram-routes';
export type { Behaviour, FakePlatform, RecordedRequest } from './types';
