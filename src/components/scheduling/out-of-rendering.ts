/**
 * Whether the browser can keep a part of the page out of rendering (`content-visibility: hidden`): not painted,
 * not reachable by the keyboard or assistive technology, its styles kept. One that cannot (Firefox before 125,
 * Safari before 18) must keep a part prepared ahead `inert` instead.
 */
export const canStoreOutOfRendering = (): boolean => typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('content-visibility', 'hidden');
