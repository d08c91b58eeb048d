// Password and account: ChangePassword, DeleteUser. Behaviour: docs/behaviour.md#password.
import type { CognitoClient } from './client.js';
import { parseEmpty } from './parse.js';
import type { SendOptions } from './transport.js';

export interface ChangePasswordInput {
  /** Omitted only for users without a password (passwordless sign-up). */
  PreviousPassword?: string;
  ProposedPassword: string;
}

/**
 * ChangePassword: sets a new password. A wrong `PreviousPassword` rejects with category
 * `wrong-password` and keeps the session (account spec §10); policy and history refusals
 * reject with `invalid-password` and the service's reason as the message.
 */
export async function changePassword(client: CognitoClient, input: ChangePasswordInput, options?: SendOptions): Promise<void> {
  parseEmpty('ChangePassword', await client.call('ChangePassword', input, options));
}

/** DeleteUser: deletes the signed-in user's account. Irreversible; the session is over once it resolves. */
export async function deleteUser(client: CognitoClient, options?: SendOptions): Promise<void> {
  parseEmpty('DeleteUser', await client.call('DeleteUser', {}, options));
}

/**
 * A user pool's password policy (`PasswordPolicyType`). A signed-in user's token cannot read it
 * (spec §6), so the app states it for the hints shown before submitting.
 */
export interface PasswordPolicy {
  /** `MinimumLength`, 6 to 99. */
  minimumLength: number;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
  /** `PasswordHistorySize`: how many previous passwords cannot be reused (0 to 24; 0 is off). */
  passwordHistorySize: number;
}

/** Cognito's default policy: 8 characters with upper- and lower-case letters, a digit and a symbol; no history. */
export const DEFAULT_PASSWORD_POLICY: Readonly<PasswordPolicy> = {
  minimumLength: 8,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
  passwordHistorySize: 0,
};

/** One requirement of a password policy that can be checked as the user types. */
export type PasswordRule = 'length' | 'uppercase' | 'lowercase' | 'number' | 'symbol';

/**
 * The characters Cognito counts as symbols. A space counts too, but not at the start or end
 * (Cognito developer guide, "Password policies").
 */
export const PASSWORD_SYMBOLS = '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-';
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]/;

const TESTS: Record<PasswordRule, (password: string, policy: PasswordPolicy) => boolean> = {
  length: (password, policy) => password.length >= policy.minimumLength,
  uppercase: (password) => /[A-Z]/.test(password),
  lowercase: (password) => /[a-z]/.test(password),
  number: (password) => /[0-9]/.test(password),
  symbol: (password) => SYMBOL.test(password) || password.trim().includes(' '),
};

/** A policy with Cognito's defaults for whatever `policy` leaves out. */
export function resolvePasswordPolicy(policy: Partial<PasswordPolicy> = {}): PasswordPolicy {
  return { ...DEFAULT_PASSWORD_POLICY, ...policy };
}

/** The rules `policy` enforces, in the order Cognito reports them. */
export function passwordRules(policy: PasswordPolicy): PasswordRule[] {
  const required: Record<PasswordRule, boolean> = {
    length: policy.minimumLength > 0,
    uppercase: policy.requireUppercase,
    lowercase: policy.requireLowercase,
    number: policy.requireNumbers,
    symbol: policy.requireSymbols,
  };
  return (Object.keys(required) as PasswordRule[]).filter((rule) => required[rule]);
}

/** Whether `password` meets `rule` of `policy`. */
export function meetsPasswordRule(rule: PasswordRule, password: string, policy: PasswordPolicy): boolean {
  return TESTS[rule](password, policy);
}

/** The rules of `policy` that `password` does not meet yet, in the order Cognito reports them. */
export function unmetPasswordRules(password: string, policy: PasswordPolicy): PasswordRule[] {
  return passwordRules(policy).filter((rule) => !TESTS[rule](password, policy));
}
