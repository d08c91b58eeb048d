import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { PendingButton } from '../shared/PendingButton.js';
import { contactErrorText, isValueError } from './errorText.js';
import type { ContactStepProps } from './types.js';

/**
 * The new phone number or email address. What the user typed stays through every refusal; an
 * error about the value is shown at the field, which takes focus again.
 */
export function EditStep({ flow, m, core, heading: Heading, focusRef }: ContactStepProps) {
  const id = useId();
  const input = useRef<HTMLInputElement | null>(null);
  const [value, setValue] = useState(flow.step === 'editing' || flow.step === 'saving' ? flow.draft : '');
  const { attribute, error } = flow;
  const pending = flow.step === 'saving';
  const phone = attribute === 'phone_number';
  const invalid = error !== null && isValueError(error);

  useEffect(() => {
    if (error) input.current?.focus();
  }, [error]);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!pending) flow.submit(value);
  };
  const described = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');

  return (
    <>
      <Heading data-rcs="contact-flow-title">
        {flow.current || flow.pending ? m[`contacts.changeTitle.${attribute}`] : m[`contacts.addTitle.${attribute}`]}
      </Heading>
      <form noValidate onSubmit={submit} data-rcs="contact-form">
        <label htmlFor={`${id}-value`}>{m[`contacts.field.${attribute}`]}</label>
        <input
          ref={(element) => {
            input.current = element;
            focusRef(element);
          }}
          id={`${id}-value`}
          name={attribute}
          type={phone ? 'tel' : 'email'}
          inputMode={phone ? 'tel' : 'email'}
          autoComplete={phone ? 'tel' : 'email'}
          spellCheck={false}
          dir="ltr"
          value={value}
          readOnly={pending}
          aria-invalid={invalid || undefined}
          data-invalid={invalid || undefined}
          aria-describedby={described}
          onChange={(event) => setValue(event.target.value)}
        />
        <p id={`${id}-hint`} data-rcs="hint">
          {phone ? m['contacts.phoneHint'] : m['contacts.emailHint']}
          {flow.keepsOriginal && flow.current && ` ${m[`contacts.keepsOriginal.${attribute}`]}`}
        </p>
        {error && (
          <p id={`${id}-error`} role="alert" data-rcs="error">
            {contactErrorText(m, core, attribute, error)}
          </p>
        )}
        <PendingButton type="submit" pending={pending}>
          {pending ? m['contacts.sendingCode'] : m['contacts.sendCode']}
        </PendingButton>
        <button type="button" onClick={flow.cancel}>
          {m['contacts.cancel']}
        </button>
      </form>
    </>
  );
}
