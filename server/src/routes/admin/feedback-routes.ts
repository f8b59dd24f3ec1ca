import { PERMISSION } from '../../constants';
import { guardedRoute } from './guarded-route';

export const feedbackRoutes = [
  guardedRoute('GET', '/feedback', 'feedback.list', PERMISSION.feedbackRead),
  guardedRoute('GET', '/feedback/figures', 'feedback.figures', PERMISSION.feedbackRead),
  guardedRoute('POST', '/feedback/import', 'feedback.importCsv', PERMISSION.feedbackImport),
  guardedRoute('POST', '/feedback/pull', 'feedback.pull', PERMISSION.feedbackImport),
  guardedRoute('GET', '/feedback/:documentId', 'feedback.findOne', PERMISSION.feedbackRead),
  guardedRoute('POST', '/feedback/:documentId/draft', 'feedback.draft', PERMISSION.feedbackRespond),
  guardedRoute('POST', '/feedback/:documentId/send', 'feedback.send', PERMISSION.feedbackRespond),
  guardedRoute('POST', '/feedback/:documentId/approve', 'feedback.approve', PERMISSION.feedbackApprove),
  guardedRoute('POST', '/feedback/:documentId/take-offline', 'feedback.takeOffline', PERMISSION.feedbackRespond),
  guardedRoute('POST', '/feedback/:documentId/fraud-flag', 'feedback.flagFraud', PERMISSION.feedbackRespond),
  guardedRoute('POST', '/feedback/:documentId/fraud-flag/approve', 'feedback.approveFraud', PERMISSION.feedbackApprove),
  guardedRoute('POST', '/feedback/:documentId/fraud-flag/reverse', 'feedback.reverseFraud', PERMISSION.feedbackApprove),
];
