import { Page, Layouts } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { PERMISSIONS } from '../constants';
import { ClearpostNav } from '../components/ClearpostNav';
import { ReviewQueuePage } from './ReviewQueue';
import { ReviewDetailPage } from './ReviewDetail';
import { AuditPage } from './Audit';

/** The plugin's pages under /plugins/clearpost; each is gated by the permission its API needs. */
const App = () => (
  <Layouts.Root sideNav={<ClearpostNav />}>
    <Routes>
      <Route
        index
        element={
          <Page.Protect permissions={PERMISSIONS.approve}>
            <ReviewQueuePage />
          </Page.Protect>
        }
      />
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
      <Route path="*" element={<Page.Error />} />
    </Routes>
  </Layouts.Root>
);

export default App;
