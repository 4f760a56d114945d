export { lazyPart, type LazyPart } from './lazy-part';
export { LazyPartBoundary } from './LazyPartBoundary';
export { loadOnce } from './load-once';
