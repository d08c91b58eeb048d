import { ChangePasswordForm } from '../../ChangePasswordForm/ChangePasswordForm.js';
import type { SectionProps } from '../types.js';

export default function PasswordSection({ headingLevel, props }: SectionProps<'password'>) {
  return <ChangePasswordForm {...props} headingLevel={headingLevel} />;
}
