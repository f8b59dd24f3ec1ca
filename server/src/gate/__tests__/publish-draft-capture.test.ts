import type { Core } from '@strapi/strapi';
import { subscribePublishDraftCapture, withPendingPublish, type PendingPublish } from '../publish-draft-capture';

type Subscriber = { models: string[]; afterFindMany: (event: unknown) => Promise<void> };

function fakeStrapi(): { strapi: Core.Strapi; subscriber: () => Subscriber } {
  let subscriber: Subscriber | undefined;
  const strapi = { db: { lifecycles: { subscribe: (s: Subscriber) => (subscriber = s) } } } as unknown as Core.Strapi;
  return { strapi, subscriber: () => subscriber! };
}

const POST = 'plugin::clearpost.post';
const draftLoad = (documentId: string, result: unknown[]) => ({
  model: { uid: POST },
  params: { where: { documentId, publishedAt: null }, populate: {} },
  result,
});

describe('publish draft capture', () => {
  it('judges the draft Strapi loads for the publish in scope, once', async () => {
    const { strapi, subscriber } = fakeStrapi();
    subscribePublishDraftCapture(strapi, [POST]);
    const judged: unknown[] = [];
    const pending: PendingPublish<string, { body: string }> = {
      uid: POST,
      documentId: 'doc1',
      judge: async (draft) => {
        judged.push(draft);
        return `ok:${draft.body}`;
      },
    };
    await withPendingPublish(pending, async () => {
      await subscriber().afterFindMany(draftLoad('doc1', [{ body: 'first' }]));
      await subscriber().afterFindMany(draftLoad('doc1', [{ body: 'second' }]));
    });
    expect(judged).toEqual([{ body: 'first' }]);
    expect(pending.verdict).toBe('ok:first');
  });

  it('ignores loads outside a gated publish, of other documents, of published rows or of other models', async () => {
    const { strapi, subscriber } = fakeStrapi();
    subscribePublishDraftCapture(strapi, [POST]);
    const judge = jest.fn(async () => 'judged');
    await subscriber().afterFindMany(draftLoad('doc1', [{}]));
    const pending: PendingPublish<string, unknown> = { uid: POST, documentId: 'doc1', judge };
    await withPendingPublish(pending, async () => {
      await subscriber().afterFindMany(draftLoad('doc2', [{}]));
      await subscriber().afterFindMany({
        ...draftLoad('doc1', [{}]),
        params: { where: { documentId: 'doc1', publishedAt: { $ne: null } } },
      });
      await subscriber().afterFindMany({ ...draftLoad('doc1', [{}]), model: { uid: 'plugin::clearpost.reply-template' } });
      await subscriber().afterFindMany(draftLoad('doc1', []));
    });
    expect(judge).not.toHaveBeenCalled();
    expect(pending.verdict).toBeUndefined();
  });

  it('ignores loads made after the publish returned, by work it deferred in its scope', async () => {
    const { strapi, subscriber } = fakeStrapi();
    subscribePublishDraftCapture(strapi, [POST]);
    const judge = jest.fn(async () => 'judged');
    const pending: PendingPublish<string, unknown> = { uid: POST, documentId: 'doc1', judge };
    let deferred: Promise<void> | undefined;
    await withPendingPublish(pending, async () => {
      deferred = new Promise((resolve) => setImmediate(() => resolve(subscriber().afterFindMany(draftLoad('doc1', [{}])))));
    });
    await deferred;
    expect(judge).not.toHaveBeenCalled();
  });

  it('lets a refusal propagate out of the load, so the publish fails before anything is written', async () => {
    const { strapi, subscriber } = fakeStrapi();
    subscribePublishDraftCapture(strapi, [POST]);
    const pending: PendingPublish<string, unknown> = {
      uid: POST,
      documentId: 'doc1',
      judge: async () => {
        throw new Error('blocked');
      },
    };
    await expect(withPendingPublish(pending, () => subscriber().afterFindMany(draftLoad('doc1', [{}])))).rejects.toThrow(
      'blocked'
    );
    expect(pending.verdict).toBeUndefined();
  });

  it('notes whether the publish found a published version to replace, from its own lookup, once', async () => {
    const { strapi, subscriber } = fakeStrapi();
    subscribePublishDraftCapture(strapi, [POST]);
    const publishedLookup = (documentId: string, result: unknown[]) => ({
      model: { uid: POST },
      params: { where: { documentId, publishedAt: { $ne: null } }, select: ['id', 'locale'] },
      result,
    });
    const first: PendingPublish<string, unknown> = { uid: POST, documentId: 'doc1', judge: async () => 'ok' };
    await withPendingPublish(first, async () => {
      await subscriber().afterFindMany(publishedLookup('doc2', [{ id: 9 }]));
      await subscriber().afterFindMany(publishedLookup('doc1', []));
      await subscriber().afterFindMany(publishedLookup('doc1', [{ id: 3 }]));
      await subscriber().afterFindMany(draftLoad('doc1', [{}]));
    });
    expect(first.previouslyPublished).toBe(false);
    expect(first.verdict).toBe('ok');

    const again: PendingPublish<string, unknown> = { uid: POST, documentId: 'doc1', judge: async () => 'ok' };
    await withPendingPublish(again, () => subscriber().afterFindMany(publishedLookup('doc1', [{ id: 3 }])));
    expect(again.previouslyPublished).toBe(true);

    const unseen: PendingPublish<string, unknown> = { uid: POST, documentId: 'doc1', judge: async () => 'ok' };
    await withPendingPublish(unseen, () => subscriber().afterFindMany(draftLoad('doc1', [{}])));
    expect(unseen.previouslyPublished).toBeUndefined();
  });
});
