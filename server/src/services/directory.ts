import type { Core } from '@strapi/strapi';
import type { Directory } from '../compliance';
import { PLUGIN_ID, UID } from '../constants';
import type { PluginConfig } from '../config';

interface DirectoryEntryRow {
  kind: 'person' | 'department' | 'location';
  name: string;
  title?: string | null;
  department?: string | null;
  phone?: string | null;
  email?: string | null;
}

const CACHE_MS = 30_000;

const orUndefined = (value: string | null | undefined) => (value ? value : undefined);

export function buildDirectory(rows: readonly DirectoryEntryRow[], config: PluginConfig['directory']): Directory {
  return {
    organisation: config?.organisation,
    website: config?.website,
    staff: rows
      .filter((row) => row.kind === 'person')
      .map((row) => ({
        name: row.name,
        title: orUndefined(row.title),
        department: orUndefined(row.department),
        phone: orUndefined(row.phone),
        email: orUndefined(row.email),
      })),
    departments: rows
      .filter((row) => row.kind === 'department')
      .map((row) => ({ name: row.name, phone: orUndefined(row.phone), email: orUndefined(row.email) })),
    locations: [...(config?.locations ?? []), ...rows.filter((row) => row.kind === 'location').map((row) => row.name)],
    allowedTerms: config?.allowedTerms ?? [],
  };
}

/** The organisation's public contacts as the compliance engine wants them: directory entries plus config. */
export const createDirectoryService = ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: { directory: Directory; at: number } | null = null;

  return {
    async get(): Promise<Directory> {
      if (cached && Date.now() - cached.at < CACHE_MS) return cached.directory;
      const rows = (await strapi.db.query(UID.directoryEntry).findMany({
        select: ['kind', 'name', 'title', 'department', 'phone', 'email'],
        limit: 10_000,
      })) as DirectoryEntryRow[];
      const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
      const directory = buildDirectory(rows, config.directory);
      cached = { directory, at: Date.now() };
      return directory;
    },

    invalidate(): void {
      cached = null;
    },
  };
};

export type DirectoryService = ReturnType<typeof createDirectoryService>;
