import { useState } from 'react';
import type { TotpSetupMessages } from './messages/en.js';

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`: groups of four are easier to type. */
export function groupSecret(secret: string): string {
  return (secret.replace(/[\s=]/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

interface SetupKeyProps {
  secret: string;
  m: TotpSetupMessages;
}

/** The secret as grouped text for manual entry, with a copy button (copies it ungrouped). */
export function SetupKey({ secret, m }: SetupKeyProps) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copyKey = () => {
    // `navigator.clipboard` is missing outside secure contexts: that is a failure to copy too.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(secret))
      .then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };
  return (
    <div data-rcs="totp-key">
      <p>{m['totp.keyLabel']}</p>
      <code translate="no">{groupSecret(secret)}</code>
      <button type="button" onClick={copyKey}>
        {m['totp.copyKey']}
      </button>
      <span role="status">{copy === 'copied' ? m['totp.keyCopied'] : copy === 'failed' ? m['totp.copyFailed'] : ''}</span>
    </div>
  );
}
