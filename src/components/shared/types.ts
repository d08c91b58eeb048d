import type { CognitoError } from '../../cognito/errors.js';
import type { CoreMessages } from '../messages/en.js';

/** Props every presentational view shares. */
export interface SettingsViewProps<M extends object = CoreMessages> {
  /** Loading state of the data shown: `pending` shows a placeholder, `error` the reason. Default `success`. */
  status?: 'pending' | 'error' | 'success';
  /** Why loading failed, shown when `status` is `error`. */
  error?: CognitoError | null;
  /** This component's messages to use instead of the provider's (any subset of its own keys). */
  messages?: Partial<M>;
  /** Added to the root element's class. */
  className?: string;
}
