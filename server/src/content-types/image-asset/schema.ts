import { PROCESSING_STATUSES } from '../../constants';

const system = { configurable: false, writable: false } as const;

export default {
  kind: 'collectionType',
  collectionName: 'clearpost_image_assets',
  info: {
    singularName: 'image-asset',
    pluralName: 'image-assets',
    displayName: 'Image asset',
    description: 'A stock image with alt text, credit and platform renditions',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
  attributes: {
    name: { type: 'string', maxLength: 120 },
    image: { type: 'media', multiple: false, required: true, allowedTypes: ['images'] },
    altText: { type: 'text', required: true, minLength: 1, maxLength: 1000 },
    stockSource: { type: 'string', maxLength: 255 },
    credit: { type: 'string', maxLength: 255 },
    licence: { type: 'string', maxLength: 255 },
    focalX: { type: 'float', min: 0, max: 1 },
    focalY: { type: 'float', min: 0, max: 1 },
    renditions: { type: 'json', ...system },
    processingStatus: { type: 'enumeration', enum: [...PROCESSING_STATUSES], default: 'pending', ...system },
    processingProgress: { type: 'integer', min: 0, max: 100, default: 0, ...system },
    processingError: { type: 'text', ...system },
    /** The job whose result the asset wants: its image id and focal point, see asset-processing/processing-job-id. */
    processingJobId: { type: 'string', ...system },
    ocrText: { type: 'text', ...system },
    ocrFindings: { type: 'json', ...system },
  },
};
