import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, UID } from '../constants';
import { NotFoundError } from '../errors';
import { channelCredentialsSchema, type ChannelCredentials } from '../channels/channel-credentials';
import { openCredentials, sealCredentials } from '../channels/credential-cipher';
import { resolveCredentialsKey } from '../channels/credentials-key';
import type { ChannelView, CreateChannelRequest, UpdateChannelRequest } from '../contracts/channels';

interface ChannelRow {
  id: number;
  documentId: string;
  platform: string;
  name: string;
  accountId: string | null;
  timezone: string;
  enabled: boolean;
  dailyCap: number;
  minGapMinutes: number;
  credentialsEncrypted: string | null;
  credentialsSetAt: string | Date | null;
  updatedAt: string | Date | null;
}

function toView(row: ChannelRow): ChannelView {
  return {
    documentId: row.documentId,
    platform: row.platform,
    name: row.name,
    accountId: row.accountId ?? null,
    timezone: row.timezone,
    enabled: Boolean(row.enabled),
    dailyCap: row.dailyCap,
    minGapMinutes: row.minGapMinutes,
    hasCredentials: Boolean(row.credentialsEncrypted),
    credentialsSetAt: row.credentialsEncrypted && row.credentialsSetAt ? new Date(row.credentialsSetAt).toISOString() : null,
    updatedAt: row.updatedAt === null ? null : new Date(row.updatedAt).toISOString(),
  };
}

/** Channels with write-only credentials: sealed on the way in, opened only for delivery workers. */
export const createChannelsService = ({ strapi }: { strapi: Core.Strapi }) => {
  let key: Buffer | null = null;
  const cipherKey = (): Buffer => {
    key ??= resolveCredentialsKey(
      strapi.plugin(PLUGIN_ID).config('credentialsKey') as string | undefined,
      strapi.config.get('admin.secrets.encryptionKey') as string | undefined,
    );
    return key;
  };
  const query = () => strapi.db.query(UID.channel);

  const findRow = async (documentId: string): Promise<ChannelRow> => {
    const row = (await query().findOne({ where: { documentId } })) as ChannelRow | null;
    if (!row) throw new NotFoundError(`No channel with documentId '${documentId}'`);
    return row;
  };

  const writeSealed = async (documentId: string, sealed: string | null): Promise<ChannelView> => {
    await query().updateMany({ where: { documentId }, data: { credentialsEncrypted: sealed, credentialsSetAt: sealed ? new Date() : null, updatedAt: new Date() } });
    return toView(await findRow(documentId));
  };

  return {
    async list(): Promise<ChannelView[]> {
      const rows = (await query().findMany({ orderBy: { name: 'asc' } })) as ChannelRow[];
      return rows.map(toView);
    },

    async findOne(documentId: string): Promise<ChannelView> {
      return toView(await findRow(documentId));
    },

    async create(input: CreateChannelRequest): Promise<ChannelView> {
      const { credentials, ...fields } = input;
      return strapi.db.transaction(async () => {
        const created = await strapi.documents(UID.channel).create({ data: fields as never });
        const documentId = created.documentId as string;
        if (credentials) return writeSealed(documentId, sealCredentials(cipherKey(), documentId, credentials));
        return toView(await findRow(documentId));
      });
    },

    async update(documentId: string, input: UpdateChannelRequest): Promise<ChannelView> {
      await findRow(documentId);
      await strapi.documents(UID.channel).update({ documentId, data: input as never });
      return toView(await findRow(documentId));
    },

    async setCredentials(documentId: string, credentials: ChannelCredentials): Promise<ChannelView> {
      await findRow(documentId);
      return writeSealed(documentId, sealCredentials(cipherKey(), documentId, credentials));
    },

    async clearCredentials(documentId: string): Promise<ChannelView> {
      await findRow(documentId);
      return writeSealed(documentId, null);
    },

    /** Decrypted credentials for delivery; null when none are set. Never return this from an endpoint. */
    async getCredentials(channelDocumentId: string): Promise<ChannelCredentials | null> {
      const row = await findRow(channelDocumentId);
      if (!row.credentialsEncrypted) return null;
      return channelCredentialsSchema.parse(openCredentials(cipherKey(), channelDocumentId, row.credentialsEncrypted));
    },
  };
};

export type ChannelsService = ReturnType<typeof createChannelsService>;
