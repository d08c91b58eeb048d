import { Component, Suspense, type ReactNode } from 'react';
import type { CoreMessages } from '../messages/en.js';

/** Shows `fallback` instead of crashing the page when lazily loaded code cannot be loaded. */
class LoadFailure extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * Around a flow whose code loads on the user's action: while it loads, a status message says
 * so; if it cannot load (a deploy, a lost connection), an alert says why, followed by `action`
 * (a way out, such as a Close button) when given. `quiet`: the loading text is not announced
 * (for code that loads with the page, where several parts loading at once would talk over
 * each other; the parts say when their data is loading).
 */
export function LazyBoundary({ m, action, quiet, children }: { m: CoreMessages; action?: ReactNode; quiet?: boolean; children: ReactNode }) {
  return (
    <LoadFailure
      fallback={
        <p role="alert" data-rcs="load-error">
          {m.loadFailed(m['error.network'])}
          {action && <> {action}</>}
        </p>
      }
    >
      <Suspense
        fallback={
          <p role={quiet ? undefined : 'status'} data-rcs="loading">
            {m.loading}
          </p>
        }
      >
        {children}
      </Suspense>
    </LoadFailure>
  );
}
