import { Page, useRBAC } from '@strapi/strapi/admin';
import { Navigate } from 'react-router-dom';
import { PERMISSIONS } from '../constants';
import { ReviewQueuePage } from './ReviewQueue';

/** The menu link's target: reviewers land on their queue, editors on the inbox, auditors on the audit. */
export const LandingPage = () => {
  // useRBAC names each answer after the action's last segment (…approve → canApprove, …read → canRead), so the two reads need their own calls.
  const reviewer = useRBAC(PERMISSIONS.approve);
  const inbox = useRBAC(PERMISSIONS.feedbackRead);
  const audit = useRBAC(PERMISSIONS.auditRead);
  if (reviewer.isLoading || inbox.isLoading || audit.isLoading) return <Page.Loading />;
  if (reviewer.allowedActions.canApprove) return <ReviewQueuePage />;
  if (inbox.allowedActions.canRead) return <Navigate to="inbox" replace />;
  if (audit.allowedActions.canRead) return <Navigate to="audit" replace />;
  return <Page.NoPermissions />;
};
