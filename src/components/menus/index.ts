export { useMenuOnFirstOpen, type MenuOnFirstOpen } from './use-menu-on-first-open';
