import type { ReactNode } from 'react';
import { Bullseye, Button, EmptyState, EmptyStateActions, EmptyStateBody, EmptyStateFooter, Spinner } from '@patternfly/react-core';
import { Td, Tr } from '@patternfly/react-table';
import SearchIcon from '@patternfly/react-icons/dist/esm/icons/search-icon';
import { ErrorAlert } from '../feedback/ErrorAlert';

interface TableStateRowProps {
  columns: number;
  isLoading: boolean;
  error: unknown;
  isEmpty: boolean;
  /** Plural noun for messages: "virtual services". */
  noun: string;
  /** True when a search or filter is active (the list is empty because of it). */
  isFiltered?: boolean;
  onClearFilter?(): void;
  onRetry?(): void;
  /** Shown in the empty state when nothing exists yet, e.g. a create button. */
  emptyAction?: ReactNode;
}

/** The loading, error and empty states of a table, as one full-width row. Renders nothing when rows exist. */
export function TableStateRow({ columns, isLoading, error, isEmpty, noun, isFiltered, onClearFilter, onRetry, emptyAction }: TableStateRowProps) {
  let content: ReactNode = null;
  if (isLoading) {
    content = (
      <Bullseye>
        <Spinner size="lg" aria-label={`Loading ${noun}`} />
      </Bullseye>
    );
  } else if (error) {
    content = (
      <ErrorAlert
        error={error}
        title={`Could not load ${noun}`}
        actions={
          onRetry && (
            <Button variant="link" isInline onClick={onRetry}>
              Try again
            </Button>
          )
        }
      />
    );
  } else if (isEmpty) {
    content = isFiltered ? (
      <EmptyState headingLevel="h2" titleText={`No ${noun} match`} icon={SearchIcon} variant="sm">
        <EmptyStateBody>Nothing matches the search. Change or clear it.</EmptyStateBody>
        {onClearFilter && (
          <EmptyStateFooter>
            <EmptyStateActions>
              <Button variant="link" onClick={onClearFilter}>
                Clear search
              </Button>
            </EmptyStateActions>
          </EmptyStateFooter>
        )}
      </EmptyState>
    ) : (
      <EmptyState headingLevel="h2" titleText={`No ${noun} yet`} variant="sm">
        <EmptyStateBody>There are no {noun} in this tenant.</EmptyStateBody>
        {emptyAction && (
          <EmptyStateFooter>
            <EmptyStateActions>{emptyAction}</EmptyStateActions>
          </EmptyStateFooter>
        )}
      </EmptyState>
    );
  }
  if (!content) return null;
  return (
    <Tr>
      <Td colSpan={columns}>{content}</Td>
    </Tr>
  );
}
