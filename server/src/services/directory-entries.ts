import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import type { DirectoryEntryRequest, DirectoryEntryUpdateRequest, DirectoryEntryView } from '../contracts/directory';
import { NotFoundError } from '../errors';

type Row = Omit<DirectoryEntryView, 'updatedAt'> & { updatedAt: string | Date | null };

const toView = (row: Row): DirectoryEntryView => ({
  documentId: row.documentId,
  kind: row.kind,
  name: row.name,
  title: row.title ?? null,
  department: row.department ?? null,
  phone: row.phone ?? null,
  email: row.email ?? null,
  updatedAt: row.updatedAt === null ? null : new Date(row.updatedAt).toISOString(),
});

/** Empty strings from a form mean "no value". */
const blanksToNull = <T extends Record<string, unknown>>(data: T): T =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [key, value === '' ? null : value])) as T;

/**
 * The directory as the Settings page edits it. Writes go through the document service, so the
 * directory-invalidation middleware drops the cached directory the compliance gate reads.
 */
export const createDirectoryEntriesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = () => strapi.documents(UID.directoryEntry);

  const exists = async (documentId: string) => {
    const found = await documents().findOne({ documentId });
    if (!found) throw new NotFoundError(`No directory entry with documentId '${documentId}'`);
  };

  return {
    async list(): Promise<DirectoryEntryView[]> {
      const rows = (await documents().findMany({
        sort: [{ kind: 'asc' }, { name: 'asc' }],
        limit: 10_000,
      } as never)) as unknown as Row[];
      return rows.map(toView);
    },

    async create(input: DirectoryEntryRequest): Promise<DirectoryEntryView> {
      const created = await documents().create({ data: blanksToNull(input) as never });
      return toView(created as unknown as Row);
    },

    async update(documentId: string, input: DirectoryEntryUpdateRequest): Promise<DirectoryEntryView> {
      await exists(documentId);
      const updated = await documents().update({ documentId, data: blanksToNull(input) as never });
      return toView(updated as unknown as Row);
    },

    async remove(documentId: string): Promise<void> {
      await exists(documentId);
      await documents().delete({ documentId });
    },
  };
};

export type DirectoryEntriesService = ReturnType<typeof createDirectoryEntriesService>;
