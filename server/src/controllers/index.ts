import compliance from './compliance';
import review from './review';
import audit from './audit';
import analytics from './analytics';
import channels from './channels';
import delivery from './delivery';
import imageAssets from './image-assets';
import calendar from './calendar';
import { factories } from '@strapi/strapi';
import { UID } from '../constants';

export default {
  compliance,
  review,
  audit,
  analytics,
  channels,
  delivery,
  'image-assets': imageAssets,
  calendar,
  post: factories.createCoreController(UID.post),
  'reply-template': factories.createCoreController(UID.replyTemplate),
};
