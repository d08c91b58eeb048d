import { lazy, type ComponentType } from 'react';
import { useCoreMessages } from '../messages/context.js';
import { LazyBoundary } from '../shared/LazyBoundary.js';
import type { TotpSetupProps } from '../TotpSetup/TotpSetup.js';

// Loaded on the first "Set up" click, so a page with the switches alone does not pay for
// the flow and its QR encoder.
const LazyTotpSetup = lazy(() => import('../TotpSetup/TotpSetup.js').then((module) => ({ default: module.TotpSetup })));

/** Props of {@link InlineTotpSetup}. */
export interface InlineTotpSetupProps extends Omit<TotpSetupProps, 'autoStart' | 'onCancel'> {
  /** Called when the user leaves the flow before finishing. */
  onCancel: () => void;
  /** The flow component; default the lazily loaded `TotpSetup` (tests pass one whose load fails). */
  flow?: ComponentType<TotpSetupProps>;
}

/**
 * The authenticator-app setup flow, started at once, for `MfaToggleList`'s "Set up" action.
 * While its code loads, a status message says so; if it cannot load, an alert says why.
 */
export function InlineTotpSetup({ flow: Flow = LazyTotpSetup, ...props }: InlineTotpSetupProps) {
  const m = useCoreMessages(props.messages);
  return (
    <LazyBoundary m={m}>
      <Flow {...props} autoStart />
    </LazyBoundary>
  );
}
