import { z } from 'zod';

export const DIRECTORY_KINDS = ['person', 'department', 'location'] as const;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** Mirrors the directory-entry attributes (content-types/directory-entry/schema.ts). */
export const directoryEntryBody = z.strictObject({
  kind: z.enum(DIRECTORY_KINDS),
  name: z.string().trim().min(1, 'name is required').max(160),
  title: optionalText(160),
  department: optionalText(160),
  phone: optionalText(40),
  email: z
    .union([z.email('must be an email address').max(254), z.literal('')])
    .nullable()
    .optional(),
});
export type DirectoryEntryRequest = z.infer<typeof directoryEntryBody>;

export const directoryEntryUpdateBody = directoryEntryBody.partial();
export type DirectoryEntryUpdateRequest = z.infer<typeof directoryEntryUpdateBody>;

export interface DirectoryEntryView {
  documentId: string;
  kind: (typeof DIRECTORY_KINDS)[number];
  name: string;
  title: string | null;
  department: string | null;
  phone: string | null;
  email: string | null;
  updatedAt: string | null;
}
