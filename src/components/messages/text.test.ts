import { describe, expect, it } from 'vitest';
import { cognitoError } from '../../../stories/fixtures.js';
import { en } from './en.js';
import { errorReason } from './text.js';

describe('errorReason', () => {
  it('explains a refusal the kit predicted with its eligibility reason', () => {
    expect(errorReason(en, cognitoError('not-allowed', 'required-by-pool'))).toBe(en['blocked.required-by-pool']);
  });

  it('explains other errors by category, hiding the service wording', () => {
    expect(errorReason(en, cognitoError('not-allowed', 'InvalidParameterException', 'User does not have delivery config'))).toBe(
      'This change is not allowed for your account.',
    );
  });

  it('keeps the service wording only for errors the kit does not know', () => {
    expect(errorReason(en, cognitoError('unknown', 'NewException', 'Brand new failure'))).toBe('Something went wrong (Brand new failure).');
  });
});
