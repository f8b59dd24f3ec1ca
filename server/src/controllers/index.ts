import compliance from './compliance';
import review from './review';
import audit from './audit';
import analytics from './analytics';
import channels from './channels';
import delivery from './delivery';
import imageAssets from './image-assets';
import feedback from './feedback';
import feedbackWebhook from './feedback-webhook';
import settings from './settings';
import directory from './directory';
import calendar from './calendar';
import postPreview from './post-preview';
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
  feedback,
  'feedback-webhook': feedbackWebhook,
  settings,
  directory,
  calendar,
  'post-preview': postPreview,
  post: factories.createCoreController(UID.post),
  'reply-template': factories.createCoreController(UID.replyTemplate),
};
