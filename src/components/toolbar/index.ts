export { Toolbar, ToolbarGroup, ToolbarItem } from './Toolbar';
