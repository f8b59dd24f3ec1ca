import { factories } from '@strapi/strapi';
import { UID } from '../constants';
import admin from './admin';
import feedbackWebhook from './feedback-webhook-routes';

export default {
  admin,
  // Content API (API tokens): posts can be drafted and published — through the same gate — and read.
  post: factories.createCoreRouter(UID.post, { only: ['find', 'findOne', 'create', 'update'] }),
  'reply-template': factories.createCoreRouter(UID.replyTemplate, { only: ['find', 'findOne'] }),
  'feedback-webhook': feedbackWebhook,
};
