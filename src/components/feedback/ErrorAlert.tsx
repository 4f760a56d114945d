import type { ReactNode } from 'react';
import { Alert } from '@patternfly/react-core';
import { describeProblem } from './describe-problem';

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
    <Alert variant={problem.kind === 'conflict' ? 'warning' : 'danger'} isInline title={title ?? problem.title} actionLinks={actions}>
      {title ? `${problem.title}: ${problem.detail}` : problem.detail}
    </Alert>
  );
}
