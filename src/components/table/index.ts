export { Table, Tbody, Thead, Tr, type TableProps } from './Table';
export { Th, type ThProps } from './Th';
export { Td, type TdProps } from './Td';
export type { CellModifier, CellWidth } from './modifiers';
export type { SortBy, SortDirection, ThSort } from './sorting';
