export interface Transition {
  /** Console paths (without the sub-path or query string). */
  currentPathname: string;
  nextPathname: string;
}

/** Returns true when it holds the navigation; it then calls `go` itself, or never. */
export type NavigationBlocker = (transition: Transition, go: () => void) => boolean;

export interface NavigationGate {
  add(blocker: NavigationBlocker): () => void;
  /** Runs `go` unless a blocker holds it. */
  request(transition: Transition, go: () => void): void;
}

/** In-app navigations pass here first, so a page can ask before it is left (the wizard's leave guard). */
export function createNavigationGate(): NavigationGate {
  const blockers = new Set<NavigationBlocker>();
  return {
    add(blocker) {
      blockers.add(blocker);
      return () => {
        blockers.delete(blocker);
      };
    },
    request(transition, go) {
      for (const blocker of blockers) if (blocker(transition, go)) return;
      go();
    },
  };
}
