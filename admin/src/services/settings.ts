import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type {
  ChannelView,
  CreateChannelRequest,
  PutCredentialsRequest,
  UpdateChannelRequest,
} from '../../../server/src/contracts/channels';
import type {
  DirectoryEntryRequest,
  DirectoryEntryUpdateRequest,
  DirectoryEntryView,
} from '../../../server/src/contracts/directory';
import type { SettingsOverrides, SettingsView } from '../../../server/src/contracts/settings';

export type {
  ChannelView,
  CreateChannelRequest,
  UpdateChannelRequest,
  DirectoryEntryView,
  DirectoryEntryRequest,
  SettingsView,
  SettingsOverrides,
};

const id = (documentId: string) => encodeURIComponent(documentId);

/** GET/PUT /clearpost/settings: compliance options, OCR switch and image presets. */
export function useSettingsApi() {
  const { get, put } = useFetchClient();
  return React.useMemo(
    () => ({
      get: async () => (await get<{ data: SettingsView }>('/clearpost/settings')).data.data,
      put: async (overrides: SettingsOverrides) =>
        (await put<{ data: SettingsView }>('/clearpost/settings', overrides)).data.data,
    }),
    [get, put]
  );
}

/** The organisation's public contacts the compliance gate allows. */
export function useDirectoryApi() {
  const { get, post, put, del } = useFetchClient();
  return React.useMemo(
    () => ({
      list: async () => (await get<{ data: DirectoryEntryView[] }>('/clearpost/directory-entries')).data.data,
      create: async (body: DirectoryEntryRequest) =>
        (await post<{ data: DirectoryEntryView }>('/clearpost/directory-entries', body)).data.data,
      update: async (documentId: string, body: DirectoryEntryUpdateRequest) =>
        (await put<{ data: DirectoryEntryView }>(`/clearpost/directory-entries/${id(documentId)}`, body)).data.data,
      remove: async (documentId: string) => {
        await del(`/clearpost/directory-entries/${id(documentId)}`);
      },
    }),
    [get, post, put, del]
  );
}

/** Channels; credentials go in and never come back out. */
export function useChannelsApi() {
  const { get, post, put, del } = useFetchClient();
  return React.useMemo(
    () => ({
      list: async () => (await get<{ data: ChannelView[] }>('/clearpost/channels')).data.data,
      create: async (body: CreateChannelRequest) => (await post<{ data: ChannelView }>('/clearpost/channels', body)).data.data,
      update: async (documentId: string, body: UpdateChannelRequest) =>
        (await put<{ data: ChannelView }>(`/clearpost/channels/${id(documentId)}`, body)).data.data,
      setCredentials: async (documentId: string, body: PutCredentialsRequest) =>
        (await put<{ data: ChannelView }>(`/clearpost/channels/${id(documentId)}/credentials`, body)).data.data,
      clearCredentials: async (documentId: string) =>
        (await del<{ data: ChannelView }>(`/clearpost/channels/${id(documentId)}/credentials`)).data.data,
    }),
    [get, post, put, del]
  );
}
