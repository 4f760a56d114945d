import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import { describeProblem } from './describe-problem';
import { NotificationsContext, type Notify } from './notifications-context';
import type { Toast } from './ToastList';

const ToastList = lazy(() => import('./ToastList'));

let nextId = 1;

/** Toasts for the outcome of writes. The toast component loads with the first toast. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const remove = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const add = useCallback((toast: Omit<Toast, 'id'>) => setToasts((list) => [...list.slice(-4), { ...toast, id: nextId++ }]), []);

  const notify = useMemo<Notify>(
    () => ({
      success: (title, detail) => add({ variant: 'success', title, ...(detail ? { detail } : {}) }),
      error: (title, error) => {
        const problem = describeProblem(error);
        add({ variant: problem.kind === 'conflict' ? 'warning' : 'danger', title, detail: `${problem.title}: ${problem.detail}` });
      },
    }),
    [add],
  );

  const latest = toasts.at(-1);
  return (
    <NotificationsContext.Provider value={notify}>
      {children}
      {/* Present from the start, so screen readers announce each outcome even before the toasts have loaded. */}
      <div className="pf-v6-screen-reader" aria-live="polite" role="status">
        {latest ? `${latest.title}. ${latest.detail ?? ''}` : ''}
      </div>
      {toasts.length > 0 && (
        <Suspense fallback={null}>
          <ToastList toasts={toasts} onRemove={remove} announce={false} />
        </Suspense>
      )}
    </NotificationsContext.Provider>
  );
}
