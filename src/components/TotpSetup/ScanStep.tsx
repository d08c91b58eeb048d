import { CodeForm } from './CodeForm.js';
import { QrCode } from './QrCode.js';
import { SetupKey } from './SetupKey.js';
import type { StepProps } from './types.js';

/** The QR code, the same secret as text, and the code the app then shows. */
export function ScanStep({ setup, m, heading: Heading, focusRef }: StepProps) {
  if (setup.step !== 'scan' && setup.step !== 'verifying') return null;
  return (
    <>
      <Heading ref={focusRef} tabIndex={-1}>
        {m['totp.scanTitle']}
      </Heading>
      <p>{m['totp.scanHelp']}</p>
      <QrCode value={setup.otpauthUri} label={m['totp.qrLabel']} />
      <SetupKey secret={setup.secret} m={m} />
      <CodeForm
        m={m}
        pending={setup.step === 'verifying'}
        error={setup.error}
        onVerify={setup.verify}
        onCancel={setup.cancel}
      />
    </>
  );
}
