import type { PlatformAdapter, PlatformCredentials, PublishResult } from './types';

export interface RemoteComment {
  remoteId: string;
  /** The post (or, for X, the account's post being replied to) the comment belongs to, when known. */
  parentId?: string;
  text: string;
  authorId?: string;
  authorName?: string;
  createdAt: string;
}

export interface ListCommentsRequest {
  since: Date;
  credentials: PlatformCredentials;
  /** Our published posts to read comments from (Facebook, Instagram). X ignores it and lists mentions of the account. */
  postIds: string[];
}

export interface ReplyRequest {
  commentId: string;
  text: string;
  credentials: PlatformCredentials;
}

export interface CommentInbox {
  listComments(req: ListCommentsRequest): Promise<RemoteComment[]>;
  /** Publishes a reply: a lost answer is an UnknownOutcomeError, like publish. */
  replyToComment(req: ReplyRequest): Promise<PublishResult>;
}

export const supportsInbox = (adapter: PlatformAdapter): adapter is PlatformAdapter & CommentInbox =>
  typeof (adapter as Partial<CommentInbox>).listComments === 'function' &&
  typeof (adapter as Partial<CommentInbox>).replyToComment === 'function';

/** Graph timestamps look like 2026-11-27T23:50:00+0000, which Date.parse accepts. */
export const isSince = (createdAt: string, since: Date): boolean => {
  const t = Date.parse(createdAt);
  return !Number.isNaN(t) && t >= since.getTime();
};
