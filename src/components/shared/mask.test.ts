import { describe, expect, it } from 'vitest';
import { maskDestination } from './mask.js';

describe('maskDestination', () => {
  it('keeps only the last four digits of a phone number', () => {
    expect(maskDestination('+1 (555) 010-0123')).toBe('••••\u00a00123');
  });

  it('keeps the first letter and the domain of an email address', () => {
    expect(maskDestination('jane.doe@example.com')).toBe('j•••@example.com');
  });
});
