import type { CognitoError } from '../../cognito/errors.js';
import type { SecurityMessages } from '../messages/en.js';

/** Props every presentational view shares. */
export interface SettingsViewProps {
  /** Loading state of the data shown: `pending` shows a placeholder, `error` the reason. Default `success`. */
  status?: 'pending' | 'error' | 'success';
  /** Why loading failed, shown when `status` is `error`. */
  error?: CognitoError | null;
  /** Messages to use instead of the provider's (partial). */
  messages?: Partial<SecurityMessages>;
  /** Added to the root element's class. */
  className?: string;
}
