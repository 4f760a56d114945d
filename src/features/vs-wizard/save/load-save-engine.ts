import { loadOnce } from '@/components/lazy-part';

/** The save engine loads once, on reaching Review or on Save; a failed load is tried again on the next call. */
export const loadSaveEngine = loadOnce(() => import('./save-engine'));

export function prefetchSaveEngine(): void {
  loadSaveEngine().catch(() => undefined);
}
