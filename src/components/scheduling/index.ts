export { afterNextPaint } from './after-next-paint';
export { TYPING_PAUSE_MS, whenTypingPauses } from './when-typing-pauses';
export { useShownWhenTypingPauses } from './use-shown-when-typing-pauses';
export { usePainted } from './use-painted';
export { canStoreOutOfRendering } from './out-of-rendering';
export { PresenceContext, type Presence } from './presence';
