import { createContext, useContext } from 'react';

export interface Notify {
  success(title: string, detail?: string): void;
  /** Shows the controller's error for a failed write. */
  error(title: string, error: unknown): void;
}

export const NotificationsContext = createContext<Notify | undefined>(undefined);

export function useNotify(): Notify {
  const notify = useContext(NotificationsContext);
  if (!notify) throw new Error('useNotify must be used inside <NotificationsProvider>.');
  return notify;
}
