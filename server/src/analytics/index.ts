export * from './analytics-import-error';
export * from './analytics-row';
export * from './cell-parsers';
export * from './encoding-sniffer';
export * from './export-formats/format-spec';
export * from './export-formats/format-registry';
export * from './export-formats/generic-format';
export * from './parse-analytics-csv';
export type { CsvInput } from './text-decoding';
