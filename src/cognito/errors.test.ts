import { describe, expect, it } from 'vitest';
import { errorFromService, networkError, normaliseErrorCode, toCognitoError, CognitoError } from './errors.js';

describe('errorFromService', () => {
  // Every exception docs/behaviour.md#error-categories lists for GetUser, GetUserAuthFactors and SetUserMFAPreference.
  it.each([
    ['ForbiddenException', 400, 'not-allowed', false],
    ['InternalErrorException', 500, 'unavailable', true],
    ['InvalidParameterException', 400, 'not-allowed', false],
    ['PasswordResetRequiredException', 400, 'session-expired', false],
    ['ResourceNotFoundException', 400, 'configuration', false],
    ['TooManyRequestsException', 400, 'throttled', true],
    ['LimitExceededException', 400, 'throttled', false],
    ['UserNotConfirmedException', 400, 'session-expired', false],
    ['UserNotFoundException', 400, 'session-expired', false],
    ['OperationNotEnabledException', 400, 'not-allowed', false],
    ['EnableSoftwareTokenMFAException', 400, 'invalid-code', false],
    ['CodeMismatchException', 400, 'invalid-code', false],
    ['SoftwareTokenMFANotFoundException', 400, 'not-allowed', false],
  ] as const)('maps %s (HTTP %i) to %s, retryable: %s', (code, status, category, retryable) => {
    const error = errorFromService(code, 'service says no', status);
    expect(error).toBeInstanceOf(CognitoError);
    expect(error).toMatchObject({ code, category, retryable, status, message: 'service says no' });
  });

  it.each([
    ['Access Token has expired', 'session-expired'],
    ['Access Token has been revoked', 'session-expired'],
    ['Access Token does not have required scopes', 'configuration'],
    ['Invalid Access Token', 'session-expired'],
  ] as const)('tells NotAuthorizedException "%s" apart by its message: %s', (message, category) => {
    expect(errorFromService('NotAuthorizedException', message, 400).category).toBe(category);
  });

  it('keeps an unknown exception readable, with its name and message', () => {
    const error = errorFromService('BrandNewException', 'Something new happened', 400);
    expect(error).toMatchObject({ code: 'BrandNewException', category: 'unknown', message: 'Something new happened' });
  });

  it('treats an unknown exception with a 5xx status as the service being unavailable', () => {
    expect(errorFromService('WeirdGatewayThing', '', 502)).toMatchObject({ category: 'unavailable', retryable: true, message: 'WeirdGatewayThing' });
  });
});

describe('normaliseErrorCode', () => {
  it.each([
    ['NotAuthorizedException', 'NotAuthorizedException'],
    ['com.amazonaws.cognito#TooManyRequestsException', 'TooManyRequestsException'],
    ['InvalidParameterException:http://internal.amazon.com/coral/', 'InvalidParameterException'],
    ['aws.protocoljson#UserNotFoundException,extra', 'UserNotFoundException'],
  ])('reads %s as %s, as the AWS SDK does', (raw, code) => {
    expect(normaliseErrorCode(raw)).toBe(code);
  });
});

describe('toCognitoError', () => {
  it('wraps a foreign error without losing its message', () => {
    const error = toCognitoError(new RangeError('out of range'));
    expect(error).toMatchObject({ code: 'RangeError', category: 'unknown', message: 'out of range' });
  });
});

describe('networkError', () => {
  it('tells an abort or timeout from another realm (not instanceof Error) from a failed connection', () => {
    const foreignTimeout = { name: 'TimeoutError', message: 'signal timed out' };
    expect(networkError(foreignTimeout)).toMatchObject({ code: 'TimeoutError', category: 'network', retryable: false });
    expect(networkError(new TypeError('Failed to fetch'))).toMatchObject({ code: 'NetworkError', retryable: true });
  });
});
