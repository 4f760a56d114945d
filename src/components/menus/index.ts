export { lazyMenu, type LazyMenuProps, type MenuPopupProps } from './lazy-menu';
export { MenuToggleButton, type MenuToggleLook } from './MenuToggleButton';
