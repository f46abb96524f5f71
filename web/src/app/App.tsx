import { Suspense } from 'react';
import { BrowserRouter } from 'react-router';
import { FullPageSpinner } from '../ui/FullPageSpinner';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './router';

export function App() {
  return (
    <AppProviders>
      <BrowserRouter>
        <Suspense fallback={<FullPageSpinner />}>
          <AppRoutes />
        </Suspense>
      </BrowserRouter>
    </AppProviders>
  );
}
