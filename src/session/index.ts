export { SessionProvider } from './SessionProvider';
export { useSession, type SessionValue } from './session-context';
export type { SessionUser } from './session-model';
