export { ErrorAlert } from './ErrorAlert';
export { InlineAlert } from './InlineAlert';
export { NotificationsProvider } from './NotificationsProvider';
export { useNotify, type Notify } from './notifications-context';
export { describeProblem, type Problem } from './describe-problem';
