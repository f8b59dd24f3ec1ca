export { ImageRejectedError, IMAGE_REJECTION_CODES, isImageRejectedError, type ImageRejectionCode } from './image-rejected-error';
export { RenditionBudgetError } from './rendition-budget-error';
export {
  DEFAULT_LIMIT_INPUT_PIXELS,
  FAIL_ON_LEVELS,
  ImagesConfigError,
  imagesConfigInputSchema,
  resolveImagesConfig,
  type DecodeLimits,
  type FailOnLevel,
  type ImagesConfig,
  type ImagesConfigInput,
} from './images-config';
export {
  DEFAULT_PRESETS,
  IMAGE_PLATFORMS,
  OUTPUT_FORMATS,
  PLATFORM_DEFAULTS,
  renditionPresetSchema,
  type ImagePlatform,
  type OutputFormat,
  type RenditionPreset,
} from './presets';
export { focalPointSchema, type FocalPoint, type RenditionWarning, type RenditionWarningCode } from './crop-plan';
export { inspectImage, type InspectedImage } from './inspect-image';
export type { ImageSource } from './image-source';
export { SUPPORTED_INPUT_FORMATS, type SupportedInputFormat } from './sniff-format';
export {
  renderRenditions,
  UnknownPresetError,
  type Rendition,
  type RenditionProgress,
  type RenditionSet,
  type RenderOptions,
} from './render-renditions';
export {
  createTextRecognizer,
  OcrTimeoutError,
  type RecognizedText,
  type TextRecognizer,
  type TextRecognizerOptions,
  type WordBox,
} from './text-recognizer';
