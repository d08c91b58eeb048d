import { useEffect, useId, useLayoutEffect, useRef, useState, type RefObject, type SubmitEvent } from 'react';
import { isOutcomeUnknown, type CognitoError } from '../../cognito/errors.js';
import { resolvePasswordPolicy, type PasswordPolicy } from '../../cognito/password.js';
import type { UseChangePasswordResult } from '../../queries/password/changePassword.js';
import { useComponentMessages } from '../messages/context.js';
import { visuallyHidden } from '../shared/visuallyHidden.js';
import { PendingButton } from '../shared/PendingButton.js';
import type { HeadingLevel } from '../TotpSetup/types.js';
import { changePasswordFormEn, type ChangePasswordFormMessages } from './messages/en.js';
import { PasswordField, useVisibility } from './PasswordField.js';
import { PolicyHints } from './PolicyHints.js';

/** Props of {@link ChangePasswordFormView}. */
export interface ChangePasswordFormViewProps {
  /** The flow's state and `change` action, from `useChangePassword()`. */
  flow: Pick<UseChangePasswordResult, 'step' | 'isPending' | 'error' | 'hasPassword' | 'change'>;
  /** The account's username, for password managers (a hidden `autocomplete="username"` field). */
  username?: string;
  /** The pool's password policy, shown as hints while typing. Default Cognito's (8 characters, upper, lower, digit, symbol). */
  passwordPolicy?: Partial<PasswordPolicy>;
  /** The level of the title. Default 3. */
  headingLevel?: HeadingLevel;
  /** Messages to use instead of the provider's (partial). */
  messages?: Partial<ChangePasswordFormMessages>;
  /** Added to the root element's class. */
  className?: string;
}

type Field = 'current' | 'new' | 'confirm';
const FIELDS: readonly Field[] = ['current', 'new', 'confirm'];

/** The field a service error is about, if any: a wrong current password, or a refused new one. */
function fieldOf(error: CognitoError | null, hasPassword: boolean): Field | null {
  if (error?.category === 'wrong-password' && hasPassword) return 'current';
  if (error?.category === 'invalid-password') return 'new';
  return null;
}

/** Empties an input through its value setter, as typing would (`form.reset()` bypasses it). */
function clear(input: HTMLInputElement | null) {
  if (input) input.value = '';
}

function errorText(m: ChangePasswordFormMessages, error: CognitoError): string {
  switch (error.category) {
    case 'wrong-password':
      return m['password.wrongCurrent'];
    case 'invalid-password':
      return m['password.rejected'](error.message);
    case 'throttled':
      return m['password.throttled'];
    case 'session-expired':
      return m['password.sessionExpired'];
    case 'configuration':
      return m['password.configuration'];
    default:
      // No readable answer: the password may have changed after all.
      return isOutcomeUnknown(error) && error.category !== 'unknown' ? m['password.unconfirmed'] : m['password.failed'](error.message);
  }
}

/**
 * The change-password form for a given state: current, new and confirmation fields
 * (`autocomplete` set for password managers), show/hide buttons, the policy as live hints and
 * validation before sending. A user without a password sets one, without the current field.
 * Typed passwords survive errors and are cleared on success, which is announced.
 * Style it through `data-rcs`, `data-state` (the step), `data-pending` and `data-invalid`.
 */
export function ChangePasswordFormView({
  flow,
  username,
  passwordPolicy,
  headingLevel = 3,
  messages,
  className,
}: ChangePasswordFormViewProps) {
  const m = useComponentMessages(changePasswordFormEn, messages);
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const { step, error, isPending, hasPassword } = flow;
  const policy = resolvePasswordPolicy(passwordPolicy);

  const refs: Record<Field, RefObject<HTMLInputElement | null>> = {
    current: useRef<HTMLInputElement>(null),
    new: useRef<HTMLInputElement>(null),
    confirm: useRef<HTMLInputElement>(null),
  };
  const [newValue, setNewValue] = useState('');
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  // A service error about a field stops showing once the user edits that field.
  const [dismissed, setDismissed] = useState<CognitoError | null>(null);
  const visibility = useVisibility();
  // Whether the last submit set a first password: the wording of its success, kept as it was
  // sent (the user has a password by the time it is announced).
  const [firstPassword, setFirstPassword] = useState(false);

  const serviceField = fieldOf(error, hasPassword !== false);
  const shownError = error && error !== dismissed ? error : null;
  const fieldError = (field: Field) => local[field] ?? (shownError && serviceField === field ? errorText(m, shownError) : null);

  // A refusal about a field: back into that field, its text selected, ready to retype.
  useEffect(() => {
    const field = fieldOf(error, hasPassword !== false);
    if (!field) return;
    refs[field].current?.focus();
    refs[field].current?.select();
    // Once per error; the refs are stable objects.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);

  // Done: nothing typed stays, in the fields or in memory. Focus stays on the submit button.
  const [seenStep, setSeenStep] = useState(step);
  if (seenStep !== step) {
    setSeenStep(step);
    if (step === 'done') {
      setNewValue('');
      visibility.hideAll();
    }
  }
  // Before the browser paints the success, so the passwords never show next to it.
  useLayoutEffect(() => {
    if (step !== 'done') return;
    for (const field of FIELDS) clear(refs[field].current);
    // Once per success; the refs are stable objects.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step]);

  const edited = (field: Field) => {
    if (local[field]) setLocal((current) => ({ ...current, [field]: undefined }));
    if (serviceField === field) setDismissed(error);
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (isPending) return;
    const value = (field: Field) => refs[field].current?.value ?? '';
    const errors: Partial<Record<Field, string>> = {};
    if (hasPassword && !value('current')) errors.current = m['password.enterCurrent'];
    if (!value('new')) errors.new = m['password.enterNew'];
    else if (value('confirm') !== value('new')) errors.confirm = m['password.mismatch'];
    setLocal(errors);
    const invalid = FIELDS.find((field) => errors[field]);
    if (invalid) return refs[invalid].current?.focus();
    setFirstPassword(!hasPassword);
    flow.change(hasPassword ? { currentPassword: value('current'), newPassword: value('new') } : { newPassword: value('new') });
  };

  const field = (name: Field, label: string, showLabel: string, extra: { describedBy?: string; onInput?: (value: string) => void } = {}) => (
    <PasswordField
      label={label}
      name={`${name}-password`}
      autoComplete={name === 'current' ? 'current-password' : 'new-password'}
      inputRef={refs[name]}
      showText={m['password.show']}
      showLabel={showLabel}
      error={fieldError(name)}
      describedBy={extra.describedBy}
      readOnly={isPending}
      visible={visibility.visible(name)}
      onVisibleChange={visibility.setVisible(name)}
      onInput={(typed) => {
        edited(name);
        extra.onInput?.(typed);
      }}
    />
  );

  const formError = shownError && !serviceField ? errorText(m, shownError) : null;
  const title = hasPassword === false ? m['password.setTitle'] : m['password.title'];
  return (
    <section
      aria-labelledby={`${id}-title`}
      aria-busy={hasPassword === undefined || undefined}
      className={className}
      data-rcs="change-password"
      data-state={step}
      data-pending={isPending || undefined}
    >
      <Heading id={`${id}-title`}>{title}</Heading>
      {hasPassword === undefined ? (
        <p data-rcs="loading">{m['password.loading']}</p>
      ) : (
        <form noValidate onSubmit={submit}>
          {!hasPassword && <p>{m['password.setIntro']}</p>}
          {username !== undefined && (
            <input type="text" name="username" autoComplete="username" value={username} readOnly hidden aria-label={m['password.username']} />
          )}
          {hasPassword && field('current', m['password.current'], m['password.showCurrent'])}
          {field('new', m['password.new'], m['password.showNew'], { describedBy: `${id}-rules`, onInput: setNewValue })}
          <PolicyHints id={`${id}-rules`} m={m} policy={policy} value={newValue} />
          {field('confirm', m['password.confirm'], m['password.showConfirm'])}
          {formError && (
            <p role="alert" data-rcs="error">
              {formError}
            </p>
          )}
          <PendingButton type="submit" pending={isPending}>
            {isPending ? m['password.saving'] : hasPassword ? m['password.submit'] : m['password.submitSet']}
          </PendingButton>
        </form>
      )}
      <div role="status" style={visuallyHidden} data-rcs="announce-polite">
        {step === 'done' && (firstPassword ? m['password.setDone'] : m['password.changed'])}
      </div>
    </section>
  );
}
