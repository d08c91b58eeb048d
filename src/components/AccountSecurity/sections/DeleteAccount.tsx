import { DeleteAccount } from '../../DeleteAccount/DeleteAccount.js';
import type { SectionProps } from '../types.js';

export default function DeleteAccountSection({ headingLevel, props }: SectionProps<'deleteAccount'>) {
  return <DeleteAccount {...props} headingLevel={headingLevel} />;
}
