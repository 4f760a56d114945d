import type { ReactNode } from 'react';
import { useHref } from '@/components/routing';

/**
 * A link to a console page that opens in a new tab, so the admin keeps the form they are in. The path is
 * resolved by the router, so it carries the sub-path the console is served under (`vite build --base`).
 */
export function NewTabLink({ to, children }: { to: string; children: ReactNode }) {
  const href = useHref(to);
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
