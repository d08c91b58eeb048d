import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CognitoError } from '../../cognito/errors.js';
import type { Passkey } from '../../cognito/passkeys.js';
import type { UseAddPasskeyResult } from '../../queries/passkeys/add.js';
import { enCore } from '../messages/en-core.js';
import { AddPasskeyView } from './AddPasskeyView.js';
import { passkeyListAr } from './messages/ar.js';
import { passkeyListDe } from './messages/de.js';
import { passkeyListEn, type PasskeyErrorCode } from './messages/en.js';
import { PasskeyListView } from './PasskeyListView.js';
import { lastPasskeyWarning, passkeyErrorText } from './text.js';

const noop = () => undefined;
const passkey: Passkey = {
  id: 'AAAA',
  name: 'Passkey',
  relyingPartyId: 'localhost',
  attachment: 'platform',
  transports: ['internal', 'quantum-link'],
  createdAt: new Date(Date.UTC(2026, 0, 15, 12)),
};
const flow = (state: Partial<UseAddPasskeyResult>): UseAddPasskeyResult =>
  ({ step: 'idle', error: null, cancelled: false, isPending: false, start: vi.fn(), cancel: vi.fn(), ...state }) as UseAddPasskeyResult;

describe('PasskeyListView', () => {
  it('says why a page without a secure context cannot add passkeys, and offers no button', () => {
    render(<PasskeyListView passkeys={[passkey]} support="insecure-context" onAdd={noop} onRemove={noop} />);
    expect(screen.getByText('Passkeys can only be added on a secure (https) page.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a passkey' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Passkey' })).toBeInTheDocument();
  });

  it('leaves out transports it has no words for, and follows the `locale` prop', () => {
    render(<PasskeyListView passkeys={[passkey]} onRemove={noop} locale="de" />);
    expect(screen.getByRole('listitem')).toHaveTextContent('Added 15.01.2026 · Saved on a device · Connects by the device itself');
  });

  it('shows the load state: busy while loading, the reason when it failed', () => {
    const { rerender } = render(<PasskeyListView passkeys={[]} status="pending" onRemove={noop} />);
    expect(screen.getByRole('region', { name: 'Passkeys' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    const error = new CognitoError('x', { code: 'InternalErrorException', category: 'unavailable' });
    rerender(<PasskeyListView passkeys={[]} status="error" error={error} onRemove={noop} />);
    expect(screen.getByText(/Could not load your security settings\. The service is not responding\./)).toHaveAttribute('role', 'alert');
  });

  it('takes the heading level from `headingLevel`', () => {
    render(<PasskeyListView passkeys={[]} onRemove={noop} headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Passkeys' })).toBeInTheDocument();
  });

  it('calls onAddIntent when the pointer moves over "Add a passkey" or it gets focus, before any click', async () => {
    const onAdd = vi.fn();
    const onAddIntent = vi.fn();
    render(<PasskeyListView passkeys={[]} onAdd={onAdd} onAddIntent={onAddIntent} onRemove={noop} />);
    const add = screen.getByRole('button', { name: 'Add a passkey' });
    await userEvent.hover(add);
    expect(onAddIntent).toHaveBeenCalledTimes(1);
    await userEvent.tab();
    expect(add).toHaveFocus();
    expect(onAddIntent).toHaveBeenCalledTimes(2);
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('calls onRemove only after the confirmation', async () => {
    const onRemove = vi.fn();
    render(<PasskeyListView passkeys={[passkey]} onRemove={onRemove} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove Passkey' }));
    expect(onRemove).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Remove passkey' }));
    expect(onRemove).toHaveBeenCalledWith(passkey);
  });
});

describe('AddPasskeyView', () => {
  it.each([
    ['starting', 'Preparing…'],
    ['waiting-for-authenticator', 'Follow the steps your browser shows to create the passkey.'],
    ['completing', 'Saving your passkey…'],
  ] as const)('tells what happens while %s', (step, text) => {
    render(<AddPasskeyView add={flow({ step, isPending: true })} />);
    expect(screen.getByRole('status')).toHaveTextContent(text);
    expect(screen.getByRole('group', { name: 'Add a passkey' })).toHaveAttribute('data-pending', 'true');
  });

  it('offers Cancel until the passkey is being saved', () => {
    const { rerender } = render(<AddPasskeyView add={flow({ step: 'waiting-for-authenticator' })} />);
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    rerender(<AddPasskeyView add={flow({ step: 'completing' })} />);
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
  });

  it('says why it failed and offers "Try again", which restarts', async () => {
    const error = new CognitoError('x', { code: 'WebAuthnChallengeNotFoundException', category: 'not-allowed' });
    const add = flow({ step: 'error', error, cancelled: false });
    render(<AddPasskeyView add={add} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The passkey was not added. The request expired. Start again.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(add.start).toHaveBeenCalledOnce();
  });
});

describe('messages', () => {
  const codes = Object.keys(passkeyListEn)
    .filter((key) => key.startsWith('passkeys.error.'))
    .map((key) => key.slice('passkeys.error.'.length) as PasskeyErrorCode);

  it('give every WebAuthn exception of the spec its own sentence, in every language', () => {
    expect(codes.filter((code) => code.startsWith('WebAuthn')).sort()).toEqual([
      'WebAuthnChallengeNotFoundException',
      'WebAuthnClientMismatchException',
      'WebAuthnConfigurationMissingException',
      'WebAuthnCredentialNotSupportedException',
      'WebAuthnNotEnabledException',
      'WebAuthnOriginNotAllowedException',
      'WebAuthnRelyingPartyMismatchException',
    ]);
    for (const m of [passkeyListEn, passkeyListDe, passkeyListAr]) {
      const sentences = codes.map((code) => passkeyErrorText(m, enCore, new CognitoError('x', { code, category: 'not-allowed' })));
      expect(new Set(sentences).size).toBe(codes.length);
    }
  });

  it('fall back to the shared wording for other errors', () => {
    const error = new CognitoError('x', { code: 'NetworkError', category: 'network' });
    expect(passkeyErrorText(passkeyListEn, enCore, error)).toBe(enCore['error.network']);
  });

  it('have the same keys in German and Arabic, with their own locale', () => {
    expect(Object.keys(passkeyListDe).sort()).toEqual(Object.keys(passkeyListEn).sort());
    expect(Object.keys(passkeyListAr).sort()).toEqual(Object.keys(passkeyListEn).sort());
    expect([passkeyListDe['passkeys.locale'], passkeyListAr['passkeys.locale']]).toEqual(['de', 'ar']);
  });
});

describe('lastPasskeyWarning', () => {
  it.each([
    [2, ['PASSWORD', 'WEB_AUTHN'], null],
    [1, ['PASSWORD', 'WEB_AUTHN'], 'last-passwordless'],
    [1, ['PASSWORD', 'SOFTWARE_TOKEN', 'WEB_AUTHN'], 'last-passwordless'],
    [1, ['WEB_AUTHN'], 'last-way'],
    [1, ['PASSWORD', 'SMS_OTP', 'WEB_AUTHN'], null],
    [1, ['MAGIC_LINK', 'WEB_AUTHN'], null],
    [1, undefined, 'last-passwordless'],
  ] as const)('with %i passkey(s) and %j is %s', (count, factors, expected) => {
    expect(lastPasskeyWarning(count, factors)).toBe(expected);
  });
});
