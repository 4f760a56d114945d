export { lazyPart, type LazyPart } from './lazy-part';
export { LazyPartBoundary } from './LazyPartBoundary';
