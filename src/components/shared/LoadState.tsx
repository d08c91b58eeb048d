import type { ReactNode } from 'react';
import type { CoreMessages } from '../messages/en.js';
import { errorReason } from '../messages/text.js';
import type { SettingsViewProps } from './types.js';

interface LoadStateProps extends Pick<SettingsViewProps, 'status' | 'error'> {
  m: CoreMessages;
  children: ReactNode;
}

/** Shows a placeholder while loading, the reason when loading failed, and the content otherwise. */
export function LoadState({ status, error, m, children }: LoadStateProps) {
  if (status === 'pending') return <p data-rcs="loading">{m.loading}</p>;
  if (status === 'error' && error) {
    const reason = errorReason(m, error);
    // An expired session is not a load failure the user can retry: say only what to do.
    return (
      <p data-rcs="load-error" role="alert">
        {error.category === 'session-expired' ? reason : m.loadFailed(reason)}
      </p>
    );
  }
  return children;
}
