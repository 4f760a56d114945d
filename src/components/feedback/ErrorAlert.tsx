import type { ReactNode } from 'react';
import { describeProblem } from './describe-problem';
import { InlineAlert } from './InlineAlert';

interface ErrorAlertProps {
  error: unknown;
  /** What was being done, e.g. "Could not load virtual services". Defaults to the problem's own title. */
  title?: string;
  actions?: ReactNode;
}

/** An inline error: the controller's message is shown as text, never as HTML. */
export function ErrorAlert({ error, title, actions }: ErrorAlertProps) {
  const problem = describeProblem(error);
  return (
    <InlineAlert variant={problem.kind === 'conflict' ? 'warning' : 'danger'} title={title ?? problem.title} actions={actions}>
      {title ? `${problem.title}: ${problem.detail}` : problem.detail}
    </InlineAlert>
  );
}
