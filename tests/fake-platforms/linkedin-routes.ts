import { randomBytes } from 'node:crypto';
import { header, isRecord } from './http-io';
import type { FakeContext, PlatformFake, Reply, ScriptedFailure } from './types';

const error = (status: number, message: string, extra: object = {}): Reply => ({ status, body: { status, message, ...extra } });

const inputError = (status: number, message: string, code: string, field: string): Reply =>
  error(status, message, {
    errorDetailType: 'com.linkedin.common.error.BadRequest',
    errorDetails: { inputErrors: [{ description: message, input: { inputPath: { fieldPath: field } }, code }] },
  });

const AUTHOR = /^urn:li:(person|organization):[A-Za-z0-9_-]+$/;
const POST_KEYS = new Set(['author', 'commentary', 'visibility', 'distribution', 'content', 'lifecycleState', 'isReshareDisabledByAuthor', 'contentLandingPage', 'contentCallToActionLabel']);
const VISIBILITY = ['PUBLIC', 'CONNECTIONS', 'LOGGED_IN', 'CONTAINER'];
const MAX_COMMENTARY = 3000;

/** A reserved little-text character not preceded by a backslash (the real API silently truncates there). */
function unescapedReserved(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if ('|{}@[]()<>#*_~'.includes(text[i])) return text[i];
  }
  return undefined;
}

function versionProblem(version: string | undefined, now: number): Reply | undefined {
  if (!version) {
    return error(400, 'A version must be present. Please specify a version by adding the LinkedIn-Version header.', { code: 'VERSION_MISSING' });
  }
  const m = /^(\d{4})(\d{2})$/.exec(version);
  const d = new Date(now);
  const current = d.getUTCFullYear() * 12 + d.getUTCMonth();
  const requested = m ? Number(m[1]) * 12 + Number(m[2]) - 1 : NaN;
  // Versions are supported for roughly a year after release.
  if (!m || requested > current || current - requested > 12) {
    return error(426, `Requested version ${version} is not active`, { code: 'NONEXISTENT_VERSION' });
  }
  return undefined;
}

/** LinkedIn REST: POST /rest/posts, POST /rest/images?action=initializeUpload, PUT to the upload URL. */
export function createLinkedInFake(): PlatformFake {
  let nextId = 7_140_000_000_000_000_000n;
  const uploads = new Map<string, { image: string; owner: string }>();
  const images = new Map<string, { owner: string; status: 'WAITING_UPLOAD' | 'AVAILABLE' }>();
  const commentaryByAuthor = new Map<string, Set<string>>();

  function initializeUpload(ctx: FakeContext): Reply {
    const owner = isRecord(ctx.body) && isRecord(ctx.body.initializeUploadRequest) ? ctx.body.initializeUploadRequest.owner : undefined;
    if (typeof owner !== 'string' || !AUTHOR.test(owner)) {
      return inputError(422, 'initializeUploadRequest.owner must be a person or organization URN', 'INVALID_VALUE', '/initializeUploadRequest/owner');
    }
    const token = randomBytes(8).toString('hex');
    const image = `urn:li:image:C4E10AQ${nextId++}`;
    uploads.set(token, { image, owner });
    images.set(image, { owner, status: 'WAITING_UPLOAD' });
    return {
      status: 200,
      body: { value: { uploadUrlExpiresAt: ctx.now + 3_600_000, uploadUrl: `${ctx.origin}/linkedin/upload/${token}`, image } },
    };
  }

  function validateContent(content: unknown, author: string): Reply | undefined {
    if (!isRecord(content)) return inputError(422, 'content must be an object', 'INVALID_VALUE', '/content');
    const refs: unknown[] = [];
    if (isRecord(content.media)) refs.push(content.media);
    else if (isRecord(content.multiImage) && Array.isArray(content.multiImage.images)) {
      if (content.multiImage.images.length < 2 || content.multiImage.images.length > 20) {
        return inputError(422, 'multiImage needs 2 to 20 images', 'FIELD_ARRAY_SIZE_TOO_HIGH', '/content/multiImage/images');
      }
      refs.push(...content.multiImage.images);
    } else return inputError(422, 'Unsupported content type for this fake', 'INVALID_VALUE', '/content');
    for (const ref of refs) {
      const id = isRecord(ref) ? ref.id : undefined;
      const image = typeof id === 'string' ? images.get(id) : undefined;
      if (!image || image.owner !== author) return inputError(422, `Unknown image ${String(id)}`, 'INVALID_VALUE', '/content');
      if (image.status !== 'AVAILABLE') return inputError(422, `Image ${String(id)} has not been uploaded`, 'INVALID_VALUE', '/content');
      if (isRecord(ref) && ref.altText !== undefined && typeof ref.altText !== 'string') {
        return inputError(422, 'altText must be a string', 'INVALID_VALUE', '/content');
      }
    }
    return undefined;
  }

  function createPost(ctx: FakeContext): Reply {
    const b = ctx.body;
    if (!isRecord(b)) return error(400, 'Request body must be a JSON object');
    const unknown = Object.keys(b).filter((k) => !POST_KEYS.has(k));
    if (unknown.length > 0) return inputError(422, `Unrecognized field(s) ${unknown.join(', ')}`, 'UNRECOGNIZED_FIELD', `/${unknown[0]}`);
    if (typeof b.author !== 'string' || !AUTHOR.test(b.author)) return inputError(422, 'author must be a person or organization URN', 'INVALID_VALUE', '/author');
    if (typeof b.commentary !== 'string') return inputError(422, 'commentary is required', 'MISSING_FIELD', '/commentary');
    if (typeof b.visibility !== 'string' || !VISIBILITY.includes(b.visibility)) return inputError(422, 'visibility is invalid', 'INVALID_VALUE', '/visibility');
    const d = b.distribution;
    if (
      !isRecord(d) ||
      !['MAIN_FEED', 'NONE'].includes(String(d.feedDistribution)) ||
      !Array.isArray(d.targetEntities) ||
      !Array.isArray(d.thirdPartyDistributionChannels)
    ) {
      return inputError(422, 'distribution is invalid', 'INVALID_VALUE', '/distribution');
    }
    if (!['PUBLISHED', 'DRAFT'].includes(String(b.lifecycleState))) return inputError(422, 'lifecycleState is invalid', 'INVALID_VALUE', '/lifecycleState');
    if (typeof b.isReshareDisabledByAuthor !== 'boolean') {
      return inputError(422, 'isReshareDisabledByAuthor must be a boolean', 'INVALID_VALUE', '/isReshareDisabledByAuthor');
    }
    if (b.content !== undefined) {
      const problem = validateContent(b.content, b.author);
      if (problem) return problem;
    }
    if (b.commentary.length > MAX_COMMENTARY) {
      const message = `com.linkedin.content.common.exception.BadRequestResponseException: ShareCommentary text length (${b.commentary.length} characters) exceeded the maximum allowed (${MAX_COMMENTARY} characters)`;
      return error(400, message, {
        errorDetailType: 'com.linkedin.common.error.BadRequest',
        errorDetails: { inputErrors: [{ description: 'Array length exceeds maximum', input: { inputPath: { fieldPath: '/commentary' } }, code: 'FIELD_ARRAY_SIZE_TOO_HIGH' }] },
      });
    }
    const reserved = unescapedReserved(b.commentary);
    if (reserved) return inputError(422, `(fake check) unescaped little-text character "${reserved}" in commentary`, 'INVALID_VALUE', '/commentary');
    const seen = commentaryByAuthor.get(b.author) ?? new Set<string>();
    if (seen.has(b.commentary)) return scripted({ kind: 'duplicate' });
    seen.add(b.commentary);
    commentaryByAuthor.set(b.author, seen);
    return { status: 201, headers: { 'x-restli-id': `urn:li:share:${nextId++}` } };
  }

  function handle(ctx: FakeContext): Reply {
    const auth = header(ctx, 'authorization') ?? '';
    if (!/^Bearer\s+\S+$/.test(auth)) return error(401, 'Invalid access token', { serviceErrorCode: 65600 });
    if (ctx.method === 'PUT' && ctx.path.startsWith('/upload/')) {
      const upload = uploads.get(ctx.path.slice('/upload/'.length));
      if (!upload) return error(404, 'Upload URL not found or expired');
      if (ctx.rawBody.length === 0) return error(400, 'Empty upload');
      uploads.delete(ctx.path.slice('/upload/'.length));
      images.set(upload.image, { owner: upload.owner, status: 'AVAILABLE' });
      return { status: 201 };
    }
    if (!ctx.path.startsWith('/rest/')) return error(404, `No resource at ${ctx.path}`);
    if (header(ctx, 'x-restli-protocol-version') !== '2.0.0') return error(400, 'X-Restli-Protocol-Version: 2.0.0 is required');
    const versionError = versionProblem(header(ctx, 'linkedin-version'), ctx.now);
    if (versionError) return versionError;
    if (ctx.method === 'POST' && ctx.contentType !== 'application/json') return error(415, 'Content-Type must be application/json');
    if (ctx.body instanceof Error) return error(400, 'Invalid JSON body');
    if (ctx.method === 'POST' && ctx.path === '/rest/images' && ctx.query.get('action') === 'initializeUpload') return initializeUpload(ctx);
    if (ctx.method === 'POST' && ctx.path === '/rest/posts') return createPost(ctx);
    return error(404, `No resource at ${ctx.method} ${ctx.path}`);
  }

  function scripted(b: Pick<ScriptedFailure, 'kind'>): Reply {
    switch (b.kind) {
      case 'rate-limit':
        return error(429, 'Resource level throttle limit for calls to this resource is reached.', { serviceErrorCode: 101 });
      case 'server-error':
        return error(500, 'Internal Server Error');
      case 'revoked-token':
        return error(401, 'Invalid access token', { serviceErrorCode: 65600 });
      case 'duplicate':
        return error(422, 'com.linkedin.content.common.exception.BadRequestResponseException: Content is a duplicate of urn:li:share:7141138937766391808', {
          errorDetailType: 'com.linkedin.common.error.BadRequest',
          errorDetails: { inputErrors: [{ description: 'Duplicate post is detected', input: {}, code: 'DUPLICATE_POST' }] },
        });
    }
  }

  return {
    handle,
    scripted,
    reset: () => {
      uploads.clear();
      images.clear();
      commentaryByAuthor.clear();
    },
  };
}
