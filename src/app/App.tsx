import './console.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { NotificationsProvider } from '@/components/feedback/NotificationsProvider';
import { SessionProvider } from '@/session';
import { AppRoutes } from './AppRoutes';
import { forgetDemoWorker } from './forget-demo-worker';
import { queryClient } from './query-client';
import { applyTheme, storedTheme } from './theme';

applyTheme(storedTheme());
if (!__DEMO_MODE__) forgetDemoWorker();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <NotificationsProvider>
          <SessionProvider>
            <AppRoutes />
          </SessionProvider>
        </NotificationsProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
