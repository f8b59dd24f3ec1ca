import compliance from './compliance';
import review from './review';
import audit from './audit';
import { factories } from '@strapi/strapi';
import { UID } from '../constants';

export default {
  compliance,
  review,
  audit,
  post: factories.createCoreController(UID.post),
  'reply-template': factories.createCoreController(UID.replyTemplate),
};
