import { useLayoutEffect } from 'react';
import { useNavigate } from './hooks';

/** Goes to `to` once rendered: a redirect. */
export function Navigate({ to, replace = false }: { to: string; replace?: boolean }) {
  const navigate = useNavigate();
  useLayoutEffect(() => {
    navigate(to, { replace });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, as rendered
  }, []);
  return null;
}
