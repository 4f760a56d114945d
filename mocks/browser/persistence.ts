import { MockController, type MockControllerOptions } from '../controller/controller';
import { parseCookieHeader } from '../controller/http';

/** What the demo keeps in localStorage. */
export const STORAGE_KEYS = {
  store: 'avi-mock-controller:store',
  sessions: 'avi-mock-controller:sessions',
  faults: 'avi-mock-controller:faults',
} as const;

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function parse(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A controller whose state (objects, login sessions, injected faults) is restored from and saved to a
 * storage after every change: the browser demo's persistence, with localStorage.
 */
export async function createPersistentController(
  storage: StorageLike,
  options: Omit<MockControllerOptions, 'seed'> = {},
  onPersistError: (error: unknown) => void = () => undefined,
): Promise<MockController> {
  const controller = new MockController(options);
  const write = (key: string, value: unknown) => {
    try {
      storage.setItem(key, JSON.stringify(value));
    } catch (error) {
      onPersistError(error);
    }
  };
  if (!controller.importStore(parse(storage.getItem(STORAGE_KEYS.store)))) {
    await controller.reset('default');
    write(STORAGE_KEYS.store, controller.exportStore());
  }
  controller.sessions.load(parse(storage.getItem(STORAGE_KEYS.sessions)));
  controller.faults.load(parse(storage.getItem(STORAGE_KEYS.faults)));
  controller.onStoreChange = () => write(STORAGE_KEYS.store, controller.exportStore());
  controller.sessions.onChange = () => write(STORAGE_KEYS.sessions, controller.sessions.serialize());
  controller.faults.onChange = () => write(STORAGE_KEYS.faults, controller.faults.serialize());
  return controller;
}

/**
 * Another tab changed the storage (a `storage` event): take its state. This tab's own writes do not fire
 * the event, so there is no loop.
 */
export function applyStorageChange(controller: MockController, key: string | null, newValue: string | null): void {
  const value = parse(newValue);
  if (key === STORAGE_KEYS.store) {
    if (value !== undefined) controller.importStore(value);
  } else if (key === STORAGE_KEYS.sessions) {
    controller.sessions.load(value ?? []);
  } else if (key === STORAGE_KEYS.faults) {
    controller.faults.load(value ?? { nextId: 1, faults: [] });
  }
}

/**
 * The controller's cookies in a page: a service worker cannot set cookies and browsers drop `Set-Cookie`
 * from synthesised responses, so they are written to `document.cookie` (without `HttpOnly`, which scripts
 * cannot set) and read back from it. The console reads `csrftoken` there exactly as with a real controller,
 * and the session survives reloads.
 */
export function documentCookies(doc: { cookie: string }) {
  return {
    read: (): Record<string, string> => parseCookieHeader(doc.cookie),
    write: (cookies: readonly string[]): void => {
      for (const cookie of cookies) doc.cookie = cookie.replace(/;\s*HttpOnly/gi, '');
    },
  };
}
