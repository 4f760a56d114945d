import { randomToken } from './ids';
import { isPlainObject } from './types';

export interface Session {
  id: string;
  csrf: string;
  username: string;
  created: number;
  lastSeen: number;
}

export type SessionLookup = { state: 'valid'; session: Session } | { state: 'missing' } | { state: 'expired' };

/** Login sessions with an idle timeout, measured with an injectable clock. */
export class SessionManager {
  private sessions = new Map<string, Session>();
  /** Called after any change that should be persisted (the browser demo stores sessions). */
  onChange: (() => void) | undefined;

  constructor(
    private readonly now: () => number,
    public ttlSeconds: number,
  ) {}

  create(username: string): Session {
    this.prune();
    const now = this.now();
    const session: Session = { id: randomToken(), csrf: randomToken(), username, created: now, lastSeen: now };
    this.sessions.set(session.id, session);
    this.onChange?.();
    return session;
  }

  /** Finds a live session and refreshes its idle timer; an expired one is removed. */
  lookup(id: string | undefined): SessionLookup {
    if (!id) return { state: 'missing' };
    const session = this.sessions.get(id);
    if (!session) return { state: 'missing' };
    const now = this.now();
    if (now - session.lastSeen > this.ttlSeconds * 1000) {
      this.sessions.delete(id);
      this.onChange?.();
      return { state: 'expired' };
    }
    // Persist the idle timer at most once a second: a reload within the TTL keeps the session.
    const persist = now - session.lastSeen >= 1000;
    session.lastSeen = now;
    if (persist) this.onChange?.();
    return { state: 'valid', session };
  }

  delete(id: string): void {
    if (this.sessions.delete(id)) this.onChange?.();
  }

  expireAll(): number {
    const n = this.sessions.size;
    this.sessions.clear();
    this.onChange?.();
    return n;
  }

  get count(): number {
    return this.sessions.size;
  }

  private prune(): void {
    const now = this.now();
    for (const [id, s] of this.sessions) if (now - s.lastSeen > this.ttlSeconds * 1000) this.sessions.delete(id);
  }

  serialize(): Session[] {
    return [...this.sessions.values()];
  }

  load(value: unknown): void {
    if (!Array.isArray(value)) return;
    this.sessions = new Map();
    for (const s of value) {
      if (
        isPlainObject(s) &&
        typeof s.id === 'string' &&
        typeof s.csrf === 'string' &&
        typeof s.username === 'string' &&
        typeof s.created === 'number' &&
        typeof s.lastSeen === 'number'
      ) {
        this.sessions.set(s.id, { id: s.id, csrf: s.csrf, username: s.username, created: s.created, lastSeen: s.lastSeen });
      }
    }
  }
}
