export type AnalyticsImportErrorCode =
  | 'SPREADSHEET_NOT_SUPPORTED'
  | 'HEADER_NOT_FOUND'
  | 'UNKNOWN_METRIC'
  | 'INVALID_OPTIONS';

/**
 * A whole-file failure (as opposed to a rejected row). Plain Error so this module stays free of Strapi;
 * the controller maps it to a ValidationError.
 */
export class AnalyticsImportError extends Error {
  constructor(
    readonly code: AnalyticsImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AnalyticsImportError';
  }
}
