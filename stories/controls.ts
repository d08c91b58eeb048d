import type { ComponentType } from 'react';
import { errorFromService, malformedResponse, networkError, type CognitoError } from '../src/cognito/errors.js';
import type { AuthFactorType, MfaFactor } from '../src/cognito/wire.js';
import { THEMES } from '../.storybook/themes.js';
import { LOCALES, type FrameArgs } from './frame.js';

/**
 * The errors the `error` control offers, each built the way the transport builds it from what
 * Cognito (or the network) answered, so its category and message are the real ones.
 */
export const ERRORS = {
  none: null,
  'offline (network)': networkError(new TypeError('Failed to fetch')),
  'InternalErrorException (unavailable)': errorFromService('InternalErrorException', 'An internal error occurred.', 500),
  'TooManyRequestsException (throttled)': errorFromService('TooManyRequestsException', 'Too many requests.', 400),
  'NotAuthorizedException (session expired)': errorFromService('NotAuthorizedException', 'Access Token has been revoked', 400),
  'ForbiddenException (not allowed)': errorFromService('ForbiddenException', 'Not allowed for this user pool.', 403),
  'CodeMismatchException (invalid code)': errorFromService('CodeMismatchException', 'Invalid code received for user', 400),
  'NotAuthorizedException on ChangePassword (wrong password)': errorFromService('NotAuthorizedException', 'Incorrect username or password.', 400, 'ChangePassword'),
  'InvalidPasswordException (refused password)': errorFromService('InvalidPasswordException', 'Password does not conform to policy: Password not long enough', 400),
  'InvalidUserPoolConfigurationException (device tracking off)': errorFromService('InvalidUserPoolConfigurationException', 'Device tracking is not enabled for this user pool.', 400),
  'WebAuthnNotEnabledException (passkeys off)': errorFromService('WebAuthnNotEnabledException', 'WebAuthn is not enabled.', 400),
  'malformed response': malformedResponse('GetUser', 'no Username', 200),
} satisfies Record<string, CognitoError | null>;

/** The name of an error the `error` control offers. */
export type ErrorName = keyof typeof ERRORS;

/** The MFA factors the kit knows, in the order the drop-in components show them. */
export const MFA_FACTORS = ['SOFTWARE_TOKEN_MFA', 'SMS_MFA', 'EMAIL_OTP'] as const satisfies readonly MfaFactor[];

/** The sign-in methods GetUserAuthFactors reports today. */
export const SIGN_IN_METHODS = ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] as const satisfies readonly AuthFactorType[];

/** A view story's args: the view's props with `error` picked by name, plus the frame's locale and theme. */
export type ViewStoryArgs<Props> = Omit<Props, 'error'> & FrameArgs & { error?: ErrorName };

/** A view story's args as the view's props: the named error built, the frame's args left out. */
export function viewProps<Args extends FrameArgs & { error?: ErrorName }>({ error, locale: _locale, theme: _theme, ...props }: Args) {
  return { ...props, error: error && ERRORS[error] };
}

/**
 * A view as the `component` of a meta whose args are not quite its props (the error by name):
 * Storybook reads the view's props table from it, and the meta's `render` turns args into props.
 */
export function viewComponent<Props, Args = ViewStoryArgs<Props>>(view: ComponentType<Props>): ComponentType<Args> {
  return view as unknown as ComponentType<Args>;
}

const FRAME = { category: 'Story frame' };

/** Controls of a view's data: its load status and a real CognitoError. */
export const loadArgTypes = {
  status: { control: 'inline-radio', options: ['pending', 'error', 'success'] },
  error: { control: 'select', options: Object.keys(ERRORS) },
} as const;

/** Controls of a story's frame (locale and theme, not props), and no JSON editor for `messages`. */
export const frameArgTypes = {
  messages: { control: false },
  locale: {
    control: 'inline-radio',
    options: LOCALES,
    description: 'Messages and text direction of this story; unset follows the toolbar. Not a prop: use `messages` or `SecurityMessagesProvider`.',
    table: FRAME,
  },
  theme: {
    control: 'inline-radio',
    options: THEMES.map(({ value }) => value),
    description: 'Colour scheme of this story; unset follows the toolbar. Not a prop: set `data-rcs-theme` on an ancestor.',
    table: FRAME,
  },
} as const;

/** Controls every data view's story has. */
export const viewArgTypes = { ...loadArgTypes, ...frameArgTypes } as const;
