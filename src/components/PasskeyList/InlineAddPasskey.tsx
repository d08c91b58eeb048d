import { lazy, type ComponentType } from 'react';
import { useComponentMessages, useCoreMessages } from '../messages/context.js';
import { LazyBoundary } from '../shared/LazyBoundary.js';
import type { AddPasskeyProps } from './AddPasskey.js';
import { listEn } from './messages/en-list.js';

type AddPasskeyModule = typeof import('./AddPasskey.js');

/** Where the add flow's code comes from: its own chunk, with the WebAuthn helpers. */
export const addPasskeyChunk = {
  load: (): Promise<AddPasskeyModule> => import('./AddPasskey.js'),
};

let loading: Promise<AddPasskeyModule> | null = null;
let loaded: AddPasskeyModule | null = null;

/**
 * Loads the add flow's chunk once (a failed load is tried again next time). A page that only
 * lists passkeys does not carry it, but it is fetched before the click: Safari refuses
 * `navigator.credentials.create` when the click that asked for it is too long ago, so only
 * StartWebAuthnRegistration may sit in between.
 */
export function preloadAddPasskey(): Promise<AddPasskeyModule> {
  loading ??= addPasskeyChunk.load().then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

const LazyAddPasskey = lazy(() => preloadAddPasskey().then((module) => ({ default: module.AddPasskey })));

/** Props of {@link InlineAddPasskey}. */
export interface InlineAddPasskeyProps extends AddPasskeyProps {
  /** The flow component; default the lazily loaded `AddPasskey` (tests pass one whose load fails). */
  flow?: ComponentType<AddPasskeyProps>;
}

/**
 * The add-passkey flow below the list: at once when its code was preloaded; otherwise a status
 * says it is loading, and if it cannot load, an alert.
 */
export function InlineAddPasskey({ flow: Flow = loaded?.AddPasskey ?? LazyAddPasskey, ...props }: InlineAddPasskeyProps) {
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
