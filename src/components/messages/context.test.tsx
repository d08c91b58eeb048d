import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { factorView } from '../../../stories/fixtures.js';
import type { UseTotpSetupResult } from '../../queries/totp.js';
import { MfaToggleListView } from '../MfaToggleList/MfaToggleListView.js';
import { TotpSetupView } from '../TotpSetup/TotpSetupView.js';
import { de } from './de.js';
import { SecurityMessagesProvider } from './context.js';

const noop = () => undefined;
const idle: UseTotpSetupResult = {
  isPending: false,
  step: 'idle',
  error: null,
  available: true,
  replacesExisting: false,
  start: noop,
  verify: noop,
  enable: noop,
  cancel: noop,
};

describe('SecurityMessagesProvider', () => {
  it('translates every component below it', () => {
    render(
      <SecurityMessagesProvider messages={de}>
        <MfaToggleListView factors={[factorView('SMS_MFA', { enableBlockedBy: 'no-phone' })]} onCheckedChange={noop} />
      </SecurityMessagesProvider>,
    );
    expect(screen.getByRole('switch', { name: 'SMS' })).toHaveAccessibleDescription(/Fügen Sie zuerst eine Telefonnummer hinzu/);
  });

  it('lets an inner provider and a component prop reword single messages, keeping the rest', () => {
    render(
      <SecurityMessagesProvider messages={de}>
        <SecurityMessagesProvider messages={{ 'factor.SMS_MFA': 'Kurznachricht' }}>
          <MfaToggleListView factors={[factorView('SMS_MFA')]} messages={{ toggleListLabel: 'Zwei Schritte' }} onCheckedChange={noop} />
        </SecurityMessagesProvider>
      </SecurityMessagesProvider>,
    );
    expect(screen.getByRole('group', { name: 'Zwei Schritte' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Kurznachricht' })).toHaveTextContent('Aus');
  });

  it('translates and rewords the authenticator-app setup flow from the same catalogue', () => {
    render(
      <SecurityMessagesProvider messages={de}>
        <SecurityMessagesProvider messages={{ 'totp.start': 'App verbinden' }}>
          <TotpSetupView setup={idle} />
        </SecurityMessagesProvider>
      </SecurityMessagesProvider>,
    );
    expect(screen.getByRole('group', { name: 'Authenticator-App' })).toHaveTextContent(
      'Anmeldecodes aus einer App wie Google Authenticator oder 1Password erhalten.',
    );
    expect(screen.getByRole('button', { name: 'App verbinden' })).toBeInTheDocument();
  });
});
