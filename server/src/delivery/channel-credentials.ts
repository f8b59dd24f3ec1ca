import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import type { PlatformCredentials } from '../platforms';
import { optionalService } from './delivery-plan';
import type { PublicationRecord } from './publication-record';

/** Only the channel and platform matter, so inbox replies and pulls can ask without a publication. */
export type CredentialsResolver = (
  record: Pick<PublicationRecord, 'channelDocumentId' | 'platform'>
) => Promise<PlatformCredentials>;

interface ChannelsService {
  getCredentials(channelDocumentId: string): Promise<(Partial<PlatformCredentials> & { accessToken?: string }) | null>;
}

/** Decrypts through the channels service when present; the outbox needs no secret, so it works before that. */
export function createChannelCredentials(strapi: Core.Strapi): CredentialsResolver {
  return async (record) => {
    const channel = (await strapi.db
      .query(UID.channel)
      .findOne({ where: { documentId: record.channelDocumentId }, select: ['accountId', 'enabled'] })) as {
      accountId: string | null;
      enabled: boolean;
    } | null;
    if (!channel) throw new Error(`channel ${record.channelDocumentId} no longer exists`);
    if (!channel.enabled) throw new Error('the channel was disabled after this publication was scheduled');
    const channels = optionalService<ChannelsService>(strapi, 'channels');
    if (channels?.getCredentials) {
      const stored = await channels.getCredentials(record.channelDocumentId);
      if (!stored && record.platform === 'outbox') return { accessToken: '', accountId: channel.accountId ?? '' };
      if (!stored) throw new Error('this channel has no credentials; connect it again');
      return { ...stored, accessToken: stored.accessToken ?? '', accountId: stored.accountId ?? channel.accountId ?? '' };
    }
    if (record.platform === 'outbox') return { accessToken: '', accountId: channel.accountId ?? '' };
    throw new Error('no credentials: the channels service is not available');
  };
}
