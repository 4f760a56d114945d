import { forwardRef, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { useHref, useNavigate } from './hooks';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** A console URL: `/pools`, `/applications/virtual-services?page=2`. */
  to: string;
  replace?: boolean;
}

/** A plain left click stays in the console; with a modifier key or another button the browser does what it does with links. */
function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey && (!event.currentTarget.target || event.currentTarget.target === '_self');
}

/** A link to a console page: a real `<a href>` (with the sub-path) that navigates in the console when clicked. */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link({ to, replace, onClick, ...anchor }, ref) {
  const href = useHref(to);
  const navigate = useNavigate();
  return (
    <a
      {...anchor}
      ref={ref}
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainClick(event)) return;
        event.preventDefault();
        navigate(to, { replace });
      }}
    />
  );
});

export interface NavLinkProps extends LinkProps {
  /** The page the link leads to is the one shown (or one of its sub-pages). */
  isCurrent: boolean;
}

/** A navigation link that tells assistive technology which page is shown. */
export const NavLink = forwardRef<HTMLAnchorElement, NavLinkProps>(function NavLink({ isCurrent, ...link }, ref) {
  return <Link {...link} ref={ref} aria-current={isCurrent ? 'page' : undefined} />;
});
