import * as React from 'react';
import { Page } from '@strapi/strapi/admin';
import { Navigate } from 'react-router-dom';
import { PERMISSIONS } from '../constants';
import { useCan } from '../utils/use-can';

/**
 * The menu link lands here. Reviewers get the review queue; whoever may not approve is sent to the
 * first page they may see, rather than to a "no permission" page.
 */
export const ClearpostHome = ({ reviewQueue }: { reviewQueue: React.ReactNode }) => {
  const approve = useCan(PERMISSIONS.approve);
  const auditRead = useCan(PERMISSIONS.auditRead);
  const analyticsRead = useCan(PERMISSIONS.analyticsRead);
  const feedbackRead = useCan(PERMISSIONS.feedbackRead);
  if (approve.isLoading || auditRead.isLoading || analyticsRead.isLoading || feedbackRead.isLoading) return <Page.Loading />;
  if (approve.allowed) return <>{reviewQueue}</>;
  if (analyticsRead.allowed) return <Navigate to="calendar" replace />;
  if (feedbackRead.allowed) return <Navigate to="inbox" replace />;
  if (auditRead.allowed) return <Navigate to="audit" replace />;
  return <Page.NoPermissions />;
};
