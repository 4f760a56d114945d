import { lazy, Suspense, type ReactNode } from 'react';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { Td, Tr } from '@/components/table';

// Error and empty states are rare: their components (Alert, EmptyState and their styles) load when needed.
const TableErrorState = lazy(() => import('./TableProblemStates').then((m) => ({ default: m.TableErrorState })));
const TableEmptyState = lazy(() => import('./TableProblemStates').then((m) => ({ default: m.TableEmptyState })));

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
    content = <TableErrorState error={error} noun={noun} onRetry={onRetry} />;
  } else if (isEmpty) {
    content = <TableEmptyState noun={noun} isFiltered={isFiltered} onClearFilter={onClearFilter} emptyAction={emptyAction} />;
  }
  if (!content) return null;
  return (
    <Tr>
      <Td colSpan={columns}>
        <Suspense>{content}</Suspense>
      </Td>
    </Tr>
  );
}
