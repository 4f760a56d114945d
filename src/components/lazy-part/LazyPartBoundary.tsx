import { Component, Suspense, type ReactNode } from 'react';
import { Button } from '@patternfly/react-core';
import { ErrorAlert } from '../feedback/ErrorAlert';

interface LazyPartBoundaryProps {
  /** What is loading, for the error's title: "Could not load the Policies step". */
  what: string;
  /** The part inside: Try again fetches it again. */
  part: { preload(): Promise<void> };
  /** Shown while the part's code loads; nothing by default. */
  fallback?: ReactNode;
  children: ReactNode;
}

/** Holds a lazily loaded part: a load failure says what failed and offers Try again instead of a blank. */
export class LazyPartBoundary extends Component<LazyPartBoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('Unknown error') };
  }

  private tryAgain = () => {
    this.props.part.preload().catch(() => undefined);
    this.setState({ error: undefined });
  };

  override render() {
    const { what, fallback, children } = this.props;
    if (this.state.error !== undefined) {
      return (
        <ErrorAlert
          error={this.state.error}
          title={`Could not load ${what}`}
          actions={
            <Button variant="link" isInline onClick={this.tryAgain}>
              Try again
            </Button>
          }
        />
      );
    }
    return <Suspense fallback={fallback ?? null}>{children}</Suspense>;
  }
}
