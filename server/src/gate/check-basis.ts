import { sha256Hex } from '../utils/sha256';
import { stableStringify } from '../utils/stable-stringify';
import type { FieldCheck } from './post-texts';

const fingerprints = new WeakMap<object, string>();

/** Hash of a cached object (the directory, the engine options), computed once per object. */
function fingerprintOf(value: object): string {
  let fingerprint = fingerprints.get(value);
  if (fingerprint === undefined) {
    fingerprint = sha256Hex(stableStringify(value));
    fingerprints.set(value, fingerprint);
  }
  return fingerprint;
}

export interface CheckBasisParts {
  engineVersion: string;
  checks: readonly FieldCheck[];
  /** What decides whether an image's text counts as checked. */
  images: ReadonlyArray<{ processingStatus?: string | null; processingError?: string | null; ocrText?: string | null }>;
  overrides: unknown;
  directory: object;
  options: object;
  ocrEnabled: boolean;
}

/**
 * Everything a post's report depends on, hashed: the texts exactly as the engine is asked to judge them,
 * the image-text state, the overrides, the directory, the options and the engine version. A stored report
 * with the same basis is the report a new check would produce, so publish does not run the engine again
 * on what was checked at approval.
 */
export function checkBasis(parts: CheckBasisParts): string {
  return sha256Hex(
    stableStringify({
      engineVersion: parts.engineVersion,
      checks: parts.checks,
      images: parts.images.map((image) => [image.processingStatus ?? null, image.processingError ?? null, image.ocrText != null]),
      overrides: parts.overrides ?? null,
      directory: fingerprintOf(parts.directory),
      options: fingerprintOf(parts.options),
      ocrEnabled: parts.ocrEnabled,
    })
  );
}
