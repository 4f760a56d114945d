import type { ReactNode } from 'react';
import { Button, EmptyState, EmptyStateActions, EmptyStateBody, EmptyStateFooter } from '@patternfly/react-core';
import SearchIcon from '@patternfly/react-icons/dist/esm/icons/search-icon';
import { ErrorAlert } from '../feedback/ErrorAlert';

export interface TableErrorStateProps {
  error: unknown;
  noun: string;
  onRetry?(): void;
}

export function TableErrorState({ error, noun, onRetry }: TableErrorStateProps) {
  return (
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
}

export interface TableEmptyStateProps {
  noun: string;
  isFiltered?: boolean;
  onClearFilter?(): void;
  emptyAction?: ReactNode;
}

export function TableEmptyState({ noun, isFiltered, onClearFilter, emptyAction }: TableEmptyStateProps) {
  return isFiltered ? (
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
