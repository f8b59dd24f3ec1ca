import fs from 'node:fs';
import { ValidationError } from '../errors';

export interface UploadedFile {
  filepath: string;
  size: number;
}

export interface UploadMessages {
  /** e.g. 'the CSV' — "Send the CSV as multipart/form-data …" */
  subject: string;
  /** The parenthesis of the "file: required (…)" error. */
  required: string;
  /** The error when the part holds several files. */
  many: string;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The one file of a multipart request, in a part named `file`; anything else is a 400 that says what to send. */
export function singleUpload<T extends UploadedFile = UploadedFile>(ctx: any, messages: UploadMessages): T {
  if (!ctx.is('multipart'))
    throw new ValidationError(
      `${capitalised(`send ${messages.subject}`)} as multipart/form-data with the file in a part named \`file\``
    );
  const files = (ctx.request.files ?? {}) as Record<string, T | T[]>;
  const others = Object.keys(files).filter((name) => name !== 'file');
  if (others.length > 0)
    throw new ValidationError(
      `Unexpected file part${others.length > 1 ? 's' : ''}: ${others.join(', ')} (send one part named \`file\`)`
    );
  const file = files.file;
  if (file === undefined) throw new ValidationError(`file: required (${messages.required})`);
  if (Array.isArray(file)) throw new ValidationError(messages.many);
  return file;
}

/** Deletes the request's temporary upload files (koa-body leaves them on disk). */
export function removeUploads(ctx: any): void {
  const files = (ctx.request.files ?? {}) as Record<string, UploadedFile | UploadedFile[]>;
  for (const file of Object.values(files).flat()) fs.promises.rm(file.filepath, { force: true }).catch(() => undefined);
}
