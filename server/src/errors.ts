import { errors } from '@strapi/utils';
import type { z } from 'zod';

export const { ApplicationError, ValidationError, ForbiddenError, NotFoundError, UnauthorizedError, PolicyError } = errors;

/**
 * A 403 whose message reaches the caller: Strapi's router masks any other ForbiddenError raised in a
 * route handler as a bare "Forbidden".
 */
export class RefusedError extends PolicyError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, details);
  }
}

export interface FieldError {
  path: string[];
  message: string;
  name: 'ValidationError';
}

/** Strapi's own error shape (`details.errors[]`), so clients treat our 400s like the Content Manager's. */
export function fieldErrors(issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>): FieldError[] {
  return issues.map((issue) => ({
    path: issue.path.map((p) => String(p)),
    message: issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message,
    name: 'ValidationError',
  }));
}

export function toValidationError(error: z.ZodError, summary = 'Invalid input'): InstanceType<typeof ValidationError> {
  const details = fieldErrors(error.issues);
  const message = `${summary}: ${details.map((d) => d.message).join('; ')}`;
  return new ValidationError(message, { errors: details });
}

/** Parses untrusted input or throws a 400 that names every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, summary?: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw toValidationError(result.error, summary);
  return result.data;
}
