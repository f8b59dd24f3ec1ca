import * as React from 'react';
import { Page, Layouts } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { PERMISSIONS } from '../constants';
import { ClearpostNav } from '../components/ClearpostNav';
import { ClearpostHome } from './ClearpostHome';
import { ReviewQueuePage } from './ReviewQueue';
import { ReviewDetailPage } from './ReviewDetail';
import { AuditPage } from './Audit';
import { CalendarPage } from './Calendar';
import { AnalyticsPage } from './Analytics';
import { InboxPage } from './Inbox';
import { InboxItemPage } from './InboxItem';
import { FeedbackFiguresPage } from './FeedbackFigures';

type Permissions = React.ComponentProps<typeof Page.Protect>['permissions'];

/** Each page and the permission its API needs (the server enforces the same one). */
const PAGES: ReadonlyArray<{ path: string; permissions: Permissions; Component: React.ComponentType }> = [
  { path: 'review/:documentId', permissions: PERMISSIONS.approve, Component: ReviewDetailPage },
  { path: 'audit', permissions: PERMISSIONS.auditRead, Component: AuditPage },
  { path: 'calendar', permissions: PERMISSIONS.analyticsRead, Component: CalendarPage },
  { path: 'analytics', permissions: PERMISSIONS.analyticsRead, Component: AnalyticsPage },
  { path: 'inbox', permissions: PERMISSIONS.feedbackRead, Component: InboxPage },
  { path: 'inbox/figures', permissions: PERMISSIONS.feedbackRead, Component: FeedbackFiguresPage },
  { path: 'inbox/:documentId', permissions: PERMISSIONS.feedbackRead, Component: InboxItemPage },
];

/** The plugin's pages under /plugins/clearpost. */
const App = () => (
  <Layouts.Root sideNav={<ClearpostNav />}>
    <Routes>
      <Route index element={<ClearpostHome reviewQueue={<ReviewQueuePage />} />} />
      {PAGES.map(({ path, permissions, Component }) => (
        <Route
          key={path}
          path={path}
          element={
            <Page.Protect permissions={permissions}>
              <Component />
            </Page.Protect>
          }
        />
      ))}
      <Route path="*" element={<Page.Error />} />
    </Routes>
  </Layouts.Root>
);

export default App;
