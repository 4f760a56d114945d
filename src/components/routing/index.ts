/** The console's routing, on wouter: only this module imports it (an ESLint rule). */
export { ConsoleRouter } from './ConsoleRouter';
export { Route, Routes } from './Routes';
export { Link, NavLink, type LinkProps, type NavLinkProps } from './Link';
export { Navigate } from './Navigate';
export { useHref, useLocation, useNavigate, useParams, useSearchParams, type SetSearchParams } from './hooks';
export { useBlocker, type Blocker } from './use-blocker';
export { matchesPath } from './match-path';
export { basePathOf, stripBasePath } from './base-path';
export type { ConsoleLocation } from './location-store';
