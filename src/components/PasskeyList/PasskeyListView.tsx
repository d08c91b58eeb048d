import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Passkey, PasskeySupport } from '../../cognito/passkeys.js';
import type { AuthFactorType } from '../../cognito/wire.js';
import type { PasskeyRemoval } from '../../queries/passkeys/hooks.js';
import { useComponentMessages, useCoreMessages } from '../messages/context.js';
import type { SecurityMessages } from '../messages/en.js';
import { LoadState } from '../shared/LoadState.js';
import type { SettingsViewProps } from '../shared/types.js';
import type { HeadingLevel } from '../TotpSetup/types.js';
import { listEn } from './messages/en-list.js';
import type { PasskeyListMessages } from './messages/en.js';
import { NoticeRegions, type Notice as PasskeyNotice } from '../shared/NoticeRegions.js';
import { PasskeyItem } from './PasskeyItem.js';
import { lastPasskeyWarning } from './text.js';

/** Props of {@link PasskeyListView}. */
export interface PasskeyListViewProps extends Omit<SettingsViewProps, 'messages'> {
  passkeys: readonly Passkey[];
  /**
   * Whether this page can create passkeys (`passkeySupport()`); otherwise it says why instead of
   * offering "Add". `unknown` (server rendering, hydration): neither. Default `supported`.
   */
  support?: PasskeySupport | 'unknown';
  /** Shows "Add a passkey". */
  onAdd?: () => void;
  /** The user is about to press "Add a passkey" (pointer over it, or focus): time to load the add flow's code. */
  onAddIntent?: () => void;
  /** The add flow, shown below "Add a passkey" (which waits, `aria-disabled`, while it is there). */
  addFlow?: ReactNode;
  /** Called once the user confirmed removing a passkey. */
  onRemove: (passkey: Passkey) => void;
  /** Removals so far (`usePasskeyRemovals()`): a passkey whose last removal failed says why. */
  removals?: readonly PasskeyRemoval[];
  /** `ConfiguredUserAuthFactors`, to warn before the last way to sign in without a password goes. */
  signInFactors?: readonly AuthFactorType[];
  /** The latest outcome to announce to screen readers. */
  notice?: PasskeyNotice | null;
  /** The locale of dates and lists. Default the messages' `passkeys.locale`. */
  locale?: string;
  /** The level of the "Passkeys" heading. Default 3. */
  headingLevel?: HeadingLevel;
  /** Messages to use instead of the provider's (partial): this component's and the shared ones. */
  messages?: Partial<PasskeyListMessages & SecurityMessages>;
}

/** The user's passkeys without data fetching: bring your own data and callbacks. */
export function PasskeyListView(props: PasskeyListViewProps) {
  const { passkeys, support = 'supported', onAdd, onAddIntent, addFlow, onRemove, removals = [], signInFactors, notice } = props;
  const { status, error, className, headingLevel = 3 } = props;
  const m = useComponentMessages(listEn, props.messages);
  const core = useCoreMessages(props.messages);
  const locale = props.locale ?? m['passkeys.locale'];
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const heading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const adding = addFlow != null && addFlow !== false;

  // The flow closed: back to "Add a passkey", unless the user has moved on elsewhere.
  const wasAdding = useRef(adding);
  useEffect(() => {
    const active = document.activeElement;
    if (wasAdding.current && !adding && (active === null || active === document.body)) addButton.current?.focus();
    wasAdding.current = adding;
  }, [adding]);

  const warning = lastPasskeyWarning(passkeys.length, signInFactors);
  const failed = (passkey: Passkey) => {
    const last = removals.filter((removal) => removal.passkeyId === passkey.id).at(-1);
    return last?.status === 'error' ? last.error : null;
  };

  return (
    <section data-rcs="passkeys" className={className} aria-labelledby={`${id}t`} aria-busy={status === 'pending' || undefined}>
      <Heading ref={heading} id={`${id}t`} tabIndex={-1} data-rcs="passkeys-title">
        {m['passkeys.title']}
      </Heading>
      <p data-rcs="passkeys-intro">{m['passkeys.intro']}</p>
      <LoadState status={status} error={error} m={core}>
        {passkeys.length > 0 ? (
          <ul data-rcs="passkey-list">
            {passkeys.map((passkey) => (
              <PasskeyItem
                key={passkey.id}
                passkey={passkey}
                m={m}
                core={core}
                locale={locale}
                warning={warning}
                error={failed(passkey)}
                onRemove={() => {
                  onRemove(passkey);
                  // The row is going: keep focus in the list rather than losing it to the page.
                  heading.current?.focus();
                }}
              />
            ))}
          </ul>
        ) : (
          <p data-rcs="passkeys-empty">{m['passkeys.empty']}</p>
        )}
        {support === 'unknown' ? null : support !== 'supported' ? (
          <p data-rcs="passkeys-unsupported">{m[support === 'insecure-context' ? 'passkeys.insecureContext' : 'passkeys.noWebAuthn']}</p>
        ) : (
          onAdd && (
            <button
              ref={addButton}
              type="button"
              data-rcs="passkey-add-button"
              aria-disabled={adding || undefined}
              onPointerEnter={onAddIntent}
              onFocus={onAddIntent}
              onClick={() => adding || onAdd()}
            >
              {m['passkeys.add']}
            </button>
          )
        )}
        {addFlow}
      </LoadState>
      <NoticeRegions notice={notice} />
    </section>
  );
}
