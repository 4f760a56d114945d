export { ActionMenu, type ActionMenuItem } from './ActionMenu';
export { lazyMenu, type LazyMenuProps, type MenuPopupProps } from './lazy-menu';
export { lazyPopup, useLazyPopupSlot, type LazyPopup } from './lazy-popup';
export { MenuToggleButton, MenuToggleControls, menuToggleClass, type MenuToggleLook } from './MenuToggleButton';
