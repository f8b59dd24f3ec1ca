export { check, ENGINE_VERSION, DETECTORS, normaliseFindings } from './engine';
export { DEFAULT_CHECK_OPTIONS, resolveOptions } from './default-options';
export { EMPTY_DIRECTORY, indexDirectory } from './directory/directory-index';
export { directorySchema, parseDirectory } from './directory/directory-schema';
export { detectPhi } from './phi/phi-detector';
export { detectTemplateIssues, KNOWN_PLACEHOLDERS } from './template/template-rules';
export * from './types';
