import { Page, Layouts } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { PERMISSIONS } from '../constants';
import { ClearpostNav } from '../components/ClearpostNav';
import { ReviewQueuePage } from './ReviewQueue';
import { ReviewDetailPage } from './ReviewDetail';
import { AuditPage } from './Audit';
import { CalendarPage } from './Calendar';
import { AnalyticsPage } from './Analytics';
import { ClearpostHome } from './ClearpostHome';

/** The plugin's pages under /plugins/clearpost; each is gated by the permission its API needs. */
const App = () => (
  <Layouts.Root sideNav={<ClearpostNav />}>
    <Routes>
      <Route index element={<ClearpostHome reviewQueue={<ReviewQueuePage />} />} />
      <Route
        path="review/:documentId"
        element={
          <Page.Protect permissions={PERMISSIONS.approve}>
            <ReviewDetailPage />
          </Page.Protect>
        }
      />
      <Route
        path="audit"
        element={
          <Page.Protect permissions={PERMISSIONS.auditRead}>
            <AuditPage />
          </Page.Protect>
        }
      />
      <Route
        path="calendar"
        element={
          <Page.Protect permissions={PERMISSIONS.analyticsRead}>
            <CalendarPage />
          </Page.Protect>
        }
      />
      <Route
        path="analytics"
        element={
          <Page.Protect permissions={PERMISSIONS.analyticsRead}>
            <AnalyticsPage />
          </Page.Protect>
        }
      />
      <Route path="*" element={<Page.Error />} />
    </Routes>
  </Layouts.Root>
);

export default App;
