import path from 'node:path';

type Publish = (params: { documentId: string }) => Promise<unknown>;

/**
 * Strapi's publish for one content type without any document-service middleware: the repository the
 * document service wraps, in its own transaction — what a publish costs when no plugin is installed.
 * The module is not in @strapi/core's exports map, so it is loaded by file path (bench only).
 */
export function strapiCorePublish(uid: string): Publish {
  const distDir = path.dirname(require.resolve('@strapi/core'));
  const { createContentTypeRepository } = require(path.join(distDir, 'services', 'document-service', 'repository.js')) as {
    createContentTypeRepository: (uid: string) => { publish?: Publish };
  };
  const repository = createContentTypeRepository(uid);
  if (!repository.publish) throw new Error(`${uid} has no draft & publish`);
  return repository.publish;
}
