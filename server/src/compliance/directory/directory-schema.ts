import { z } from 'zod';
import type { Directory } from '../types';

const contact = { phone: z.string().optional(), email: z.string().optional() };

export const directorySchema = z.object({
  organisation: z.string().optional(),
  website: z.string().optional(),
  staff: z.array(z.object({ name: z.string(), title: z.string().optional(), department: z.string().optional(), ...contact })).default([]),
  departments: z.array(z.object({ name: z.string(), ...contact })).default([]),
  locations: z.array(z.string()).optional(),
  allowedTerms: z.array(z.string()).optional(),
});

/** Parses an organisation directory (e.g. the JSON file given to the CLI); throws a readable error. */
export function parseDirectory(value: unknown): Directory {
  const parsed = directorySchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`Invalid directory: ${issues}`);
  }
  return parsed.data;
}
