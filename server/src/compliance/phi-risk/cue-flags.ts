import { addFeature, flagBucket } from '../hashed-model/hashed-features';

/** The cues both phi-risk models read off a reply's comment and off a pointed health detail. */
export const COMMENT_CUES = [
  'ctx-health',
  'ctx-own',
  'ctx-kin',
  'restated-health',
  'restated-number',
  'restated-name',
  'restated-words',
  'restated-word',
  'restated-word&addressed',
  'pointed-health',
  'pointed-restated',
] as const;

export interface CueFlags<C extends string> {
  /** Adds the flag of the kind of text ("post" or "reply") to the feature set being collected. */
  addKind(reply: boolean): void;
  /** Adds `cue`: once on its own and once for the kind of text it is in (a post's name is a reply's "you"). */
  add(cue: C, reply: boolean): void;
}

/** The feature buckets of a phi-risk model's named cues; `prefix` keeps two models' cues apart ("phi", "phi-es"). */
export function cueFlags<C extends string>(prefix: string, cues: readonly C[]): CueFlags<C> {
  const flags = {} as Record<C, readonly [number, number, number]>;
  for (const cue of cues)
    flags[cue] = [flagBucket(`${prefix}:${cue}`), flagBucket(`${prefix}:post:${cue}`), flagBucket(`${prefix}:reply:${cue}`)];
  const kind = { post: flagBucket(`${prefix}:kind:post`), reply: flagBucket(`${prefix}:kind:reply`) };
  return {
    addKind: (reply) => addFeature(reply ? kind.reply : kind.post),
    add(cue, reply) {
      const [plain, post, forReply] = flags[cue];
      addFeature(plain);
      addFeature(reply ? forReply : post);
    },
  };
}
