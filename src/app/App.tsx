import './console.css';
import { useEffect } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { NotificationsProvider } from '@/components/feedback/NotificationsProvider';
import { basePathOf, ConsoleRouter, stripBasePath } from '@/components/routing';
import { SessionProvider } from '@/session';
import { startupSession } from '@/session/session-boot';
import { AppRoutes } from './AppRoutes';
import { forgetDemoWorker } from './forget-demo-worker';
import { queryClient } from './query-client';
import { preloadRoute } from './route-table';
import { applyTheme, storedTheme } from './theme';


void applyTheme(storedTheme());
if (!__DEMO_MODE__) forgetDemoWorker();

/** The console URL the browser opened, as the router sees it (without the sub-path). */
function openedRoute(): { pathname: string; search: string } {
  const { pathname, search } = window.location;
  return { pathname: stripBasePath(basePathOf(import.meta.env.BASE_URL), pathname), search };
}

// A signed-in admin opening a console URL: check the session, fetch the page's code and start its first
// queries all at once, before React renders anything. The demo's controller starts after the first paint:
// there, only the code is fetched this early, one task later so that the controller's starter (requested as
// the modules finish evaluating) does not queue behind the page's chunks, and the queries start on mount
// (they wait for the controller).
const session = startupSession({ check: !__DEMO_MODE__ });
if (session) {
  if (__DEMO_MODE__) setTimeout(() => preloadRoute(queryClient, session.tenant, openedRoute(), { data: false }), 0);
  else preloadRoute(queryClient, session.tenant, openedRoute());
}

function useDemoPrefetch(): void {
  useEffect(() => {
    if (__DEMO_MODE__ && session) preloadRoute(queryClient, session.tenant, openedRoute(), { code: false });
  }, []);
}

export function App() {
  useDemoPrefetch();
  return (
    <QueryClientProvider client={queryClient}>
      <ConsoleRouter>
        <NotificationsProvider>
          <SessionProvider>
            <AppRoutes />
          </SessionProvider>
        </NotificationsProvider>
      </ConsoleRouter>
    </QueryClientProvider>
  );
}
