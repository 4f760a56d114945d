export { afterNextPaint } from './after-next-paint';
