import { Page, Layouts } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { PERMISSIONS } from '../constants';
import { ClearpostNav } from '../components/ClearpostNav';
import { LandingPage } from './Landing';
import { ReviewDetailPage } from './ReviewDetail';
import { AuditPage } from './Audit';
import { InboxPage } from './Inbox';
import { InboxItemPage } from './InboxItem';
import { FeedbackFiguresPage } from './FeedbackFigures';

/** The plugin's pages under /plugins/clearpost; each is gated by the permission its API needs. */
const App = () => (
  <Layouts.Root sideNav={<ClearpostNav />}>
    <Routes>
      <Route index element={<LandingPage />} />
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
        path="inbox"
        element={
          <Page.Protect permissions={PERMISSIONS.feedbackRead}>
            <InboxPage />
          </Page.Protect>
        }
      />
      <Route
        path="inbox/figures"
        element={
          <Page.Protect permissions={PERMISSIONS.feedbackRead}>
            <FeedbackFiguresPage />
          </Page.Protect>
        }
      />
      <Route
        path="inbox/:documentId"
        element={
          <Page.Protect permissions={PERMISSIONS.feedbackRead}>
            <InboxItemPage />
          </Page.Protect>
        }
      />
      <Route path="*" element={<Page.Error />} />
    </Routes>
  </Layouts.Root>
);

export default App;
