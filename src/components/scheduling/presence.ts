import { createContext } from 'react';
import type { FlagStore } from '../state';

/**
 * Whether a part of the page prepared ahead (a dialog rendered before it opens) is shown to the admin yet: a
 * store rather than a context value, so that showing the part re-renders only what subscribes to it.
 */
export type Presence = Pick<FlagStore, 'get' | 'subscribe'>;

/** The presence of the part around; none means shown. */
export const PresenceContext = createContext<Presence | undefined>(undefined);
