import type { Remedy } from '@/domain/rules';

/** A way to fix a rule violation that the UI offers next to a disabled control: a button or a link. */
export interface FixAction {
  label: string;
  /** Applies the fix in place (e.g. turns off Connection Multiplexing) or navigates inside the wizard. */
  onClick?: () => void;
  /** A console page where the fix is made; opened in a new tab so the current draft stays as it is. */
  href?: string;
}

/** Turns a remedy of the rule module into an action, or undefined when the host offers none. */
export type FixResolver = (remedy: Remedy) => FixAction | undefined;

/** The first resolver that knows a remedy wins. */
export function combineFixResolvers(...resolvers: (FixResolver | undefined)[]): FixResolver {
  return (remedy) => {
    for (const resolve of resolvers) {
      const action = resolve?.(remedy);
      if (action) return action;
    }
    return undefined;
  };
}
