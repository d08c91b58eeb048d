import { useState, useSyncExternalStore } from 'react';
import { passkeySupport } from '../../cognito/passkeys.js';
import { useAuthFactors } from '../../queries/hooks.js';
import { usePasskeyRemovals, usePasskeys, useRemovePasskey } from '../../queries/passkeys/hooks.js';
import { useComponentMessages, useCoreMessages } from '../messages/context.js';
import { InlineAddPasskey, preloadAddPasskey } from './InlineAddPasskey.js';
import { listEn } from './messages/en-list.js';
import { passkeyListNotice } from './notice.js';
import { PasskeyListView, type PasskeyListViewProps } from './PasskeyListView.js';

/** Props of {@link PasskeyList}. */
export type PasskeyListProps = Pick<PasskeyListViewProps, 'className' | 'messages' | 'locale' | 'headingLevel'>;

// What the browser can do does not change while the page is open: nothing to subscribe to.
const subscribe = () => () => undefined;
// On the server, and while hydrating, support is not known yet: the server's HTML and the
// browser's first render say nothing about it, so they match whatever the browser can do.
const unknownSupport = () => 'unknown' as const;

// A failed preload is tried again on the next intent or the click, which then says why.
const preload = () => void preloadAddPasskey().catch(() => undefined);

/**
 * The user's passkeys, with "Add a passkey" (its WebAuthn code loads when the user points at or
 * focuses the button, not with the page) and
 * "Remove" (confirmed first, optimistic, rolled back if Cognito refuses). Cognito has no
 * rename, so there is none. Passkey MFA is a separate switch, `PasskeyMfaSwitch`.
 */
export function PasskeyList(props: PasskeyListProps) {
  const passkeys = usePasskeys();
  const signInFactors = useAuthFactors().data?.configured;
  const { mutate: remove } = useRemovePasskey();
  const removals = usePasskeyRemovals();
  const m = useComponentMessages(listEn, props.messages);
  const core = useCoreMessages(props.messages);
  const support = useSyncExternalStore(subscribe, passkeySupport, unknownSupport);
  const [adding, setAdding] = useState(false);
  const [addedAt, setAddedAt] = useState<number | null>(null);

  return (
    <PasskeyListView
      {...props}
      passkeys={passkeys.data ?? []}
      status={passkeys.status}
      error={passkeys.error}
      support={support}
      onAdd={() => setAdding(true)}
      onAddIntent={preload}
      addFlow={
        adding && (
          <InlineAddPasskey
            messages={props.messages}
            onDone={() => {
              setAdding(false);
              setAddedAt(Date.now());
            }}
            onClose={() => setAdding(false)}
          />
        )
      }
      onRemove={(passkey) => remove(passkey.id)}
      removals={removals}
      signInFactors={signInFactors}
      notice={passkeyListNotice(m, core, addedAt, removals.at(-1))}
    />
  );
}
