import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { factorView } from '../../../stories/fixtures.js';
import { MfaToggleListView } from '../MfaToggleList/MfaToggleListView.js';
import { de } from './de.js';
import { SecurityMessagesProvider } from './context.js';

const noop = () => undefined;

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
});
