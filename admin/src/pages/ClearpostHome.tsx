import * as React from 'react';
import { Page, useRBAC } from '@strapi/strapi/admin';
import { Navigate } from 'react-router-dom';
import { PERMISSIONS } from '../constants';

/**
 * The menu link lands here. Reviewers get the review queue; whoever may not approve is sent to the
 * first page they may see, rather than to a "no permission" page.
 */
export const ClearpostHome = ({ reviewQueue }: { reviewQueue: React.ReactNode }) => {
  const { allowedActions, isLoading } = useRBAC({
    approve: PERMISSIONS.approve,
    auditRead: PERMISSIONS.auditRead,
    analyticsRead: PERMISSIONS.analyticsRead,
  });
  if (isLoading) return <Page.Loading />;
  if (allowedActions.canApprove) return <>{reviewQueue}</>;
  if (allowedActions.canAnalyticsRead) return <Navigate to="calendar" replace />;
  if (allowedActions.canAuditRead) return <Navigate to="audit" replace />;
  return <Page.NoPermissions />;
};
