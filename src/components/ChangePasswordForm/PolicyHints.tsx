import { meetsPasswordRule, passwordRules, type PasswordPolicy, type PasswordRule } from '../../cognito/password.js';
import { visuallyHidden } from '../shared/visuallyHidden.js';
import type { ChangePasswordFormMessages } from './messages/en.js';

interface PolicyHintsProps {
  id: string;
  m: ChangePasswordFormMessages;
  policy: PasswordPolicy;
  /** The new password as typed, to tick the rules it meets. */
  value: string;
}

function ruleText(m: ChangePasswordFormMessages, rule: PasswordRule, policy: PasswordPolicy): string {
  return rule === 'length' ? m['password.rule.length'](policy.minimumLength) : m[`password.rule.${rule}`];
}

/**
 * The pool's password policy as a checklist that ticks as the user types. It describes the
 * new-password input (read with it) rather than being a live region, which would speak on
 * every keystroke. Hints only: the service decides, with its own words, on submit.
 */
export function PolicyHints({ id, m, policy, value }: PolicyHintsProps) {
  return (
    <div id={id} data-rcs="password-rules">
      <p>{m['password.rules']}</p>
      <ul>
        {passwordRules(policy).map((rule) => {
          const met = meetsPasswordRule(rule, value, policy);
          return (
            <li key={rule} data-rule={rule} data-met={met || undefined}>
              <span aria-hidden="true" data-rcs="password-rule-mark">
                {met ? '✓' : '•'}
              </span>{' '}
              {ruleText(m, rule, policy)}
              <span style={visuallyHidden}>{` (${met ? m['password.ruleMet'] : m['password.ruleUnmet']})`}</span>
            </li>
          );
        })}
        {policy.passwordHistorySize > 0 && <li data-rule="history">{m['password.rule.history'](policy.passwordHistorySize)}</li>}
      </ul>
    </div>
  );
}
