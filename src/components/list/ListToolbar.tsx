import type { ReactNode } from 'react';
import { Toolbar, ToolbarGroup, ToolbarItem } from '@/components/toolbar';
import { SearchBox } from './SearchBox';

interface ListToolbarProps {
  /** Accessible name of the search box, e.g. "Search virtual services by name". Omit for lists without search. */
  searchLabel?: string;
  searchInput?: string;
  onSearchChange?(value: string): void;
  /** Buttons such as "Create Virtual Service". */
  actions?: ReactNode;
  pagination?: ReactNode;
  /** Active filters shown next to the search box, e.g. a removable label. */
  filters?: ReactNode;
}

export function ListToolbar({ searchLabel, searchInput, onSearchChange, actions, pagination, filters }: ListToolbarProps) {
  return (
    <Toolbar>
      {searchLabel && onSearchChange && (
        <ToolbarItem>
          <SearchBox aria-label={searchLabel} placeholder="Search by name" value={searchInput ?? ''} onChange={onSearchChange} />
        </ToolbarItem>
      )}
      {filters && <ToolbarItem alignItemsCenter>{filters}</ToolbarItem>}
      {actions && <ToolbarGroup>{actions}</ToolbarGroup>}
      {pagination && <ToolbarItem isPagination>{pagination}</ToolbarItem>}
    </Toolbar>
  );
}
