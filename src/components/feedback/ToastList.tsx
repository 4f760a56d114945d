import { Alert, AlertActionCloseButton, AlertGroup } from '@patternfly/react-core';

export interface Toast {
  id: number;
  variant: 'success' | 'danger' | 'warning';
  title: string;
  detail?: string;
}

/** The toasts themselves, loaded with the first one. Successes fade, errors stay until closed. */
export default function ToastList({ toasts, onRemove, announce }: { toasts: Toast[]; onRemove(id: number): void; announce: boolean }) {
  return (
    <AlertGroup isToast isLiveRegion={announce} aria-label="Notifications">
      {toasts.map((toast) => (
        <Alert
          key={toast.id}
          variant={toast.variant}
          title={toast.title}
          timeout={toast.variant === 'success' ? 6000 : false}
          onTimeout={() => onRemove(toast.id)}
          actionClose={<AlertActionCloseButton title={toast.title} onClose={() => onRemove(toast.id)} />}
        >
          {toast.detail}
        </Alert>
      ))}
    </AlertGroup>
  );
}
