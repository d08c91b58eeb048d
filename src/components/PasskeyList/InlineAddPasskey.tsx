import { lazy, type ComponentType } from 'react';
import { useComponentMessages, useCoreMessages } from '../messages/context.js';
import { LazyBoundary } from '../shared/LazyBoundary.js';
import type { AddPasskeyProps } from './AddPasskey.js';
import { listEn } from './messages/en-list.js';

// Loaded on the first "Add a passkey" click, with the WebAuthn helpers: a page that only lists
// passkeys does not pay for them.
const LazyAddPasskey = lazy(() => import('./AddPasskey.js').then((module) => ({ default: module.AddPasskey })));

/** Props of {@link InlineAddPasskey}. */
export interface InlineAddPasskeyProps extends AddPasskeyProps {
  /** The flow component; default the lazily loaded `AddPasskey` (tests pass one whose load fails). */
  flow?: ComponentType<AddPasskeyProps>;
}

/** The add-passkey flow below the list; while its code loads a status says so, and if it cannot load, an alert. */
export function InlineAddPasskey({ flow: Flow = LazyAddPasskey, ...props }: InlineAddPasskeyProps) {
  const m = useComponentMessages(listEn, props.messages);
  const core = useCoreMessages(props.messages);
  return (
    <LazyBoundary
      m={core}
      action={
        <button type="button" onClick={props.onClose}>
          {m['passkeys.close']}
        </button>
      }
    >
      <Flow {...props} />
    </LazyBoundary>
  );
}
