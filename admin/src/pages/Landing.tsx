import { Page, useRBAC } from '@strapi/strapi/admin';
import { Navigate } from 'react-router-dom';
import { PERMISSIONS } from '../constants';
import { ReviewQueuePage } from './ReviewQueue';

/** The menu link's target: reviewers land on their queue, editors on the inbox, auditors on the audit. */
export const LandingPage = () => {
  const { allowedActions, isLoading } = useRBAC({ approve: PERMISSIONS.approve, inbox: PERMISSIONS.feedbackRead, audit: PERMISSIONS.auditRead });
  if (isLoading) return <Page.Loading />;
  if (allowedActions.canApprove) return <ReviewQueuePage />;
  if (allowedActions.canInbox) return <Navigate to="inbox" replace />;
  if (allowedActions.canAudit) return <Navigate to="audit" replace />;
  return <Page.NoPermissions />;
};
