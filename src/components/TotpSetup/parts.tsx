import type { CognitoError } from '../../cognito/errors.js';
import type { TotpSetupMessages } from './messages/en.js';
import { errorReason } from '../messages/text.js';

/** What went wrong, in the words the setup flow uses; other errors read as everywhere else. */
function totpErrorText(m: TotpSetupMessages, error: CognitoError): string {
  if (error.code === 'InvalidCodeFormat') return m['totp.codeIncomplete'];
  if (error.code === 'SoftwareTokenMFANotFoundException') return m['totp.setupLost'];
  if (error.category === 'invalid-code') return m['totp.wrongCode'];
  return errorReason(m, error);
}

interface ErrorTextProps {
  m: TotpSetupMessages;
  error: CognitoError | null;
  /** For `aria-describedby` on the field the error is about. */
  id?: string;
}

/** Why the last step failed, announced at once. Renders nothing without an error. */
export function ErrorText({ m, error, id }: ErrorTextProps) {
  if (!error) return null;
  return (
    <p id={id} role="alert" data-rcs="error">
      {totpErrorText(m, error)}
    </p>
  );
}
