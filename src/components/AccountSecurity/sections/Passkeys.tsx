import { PasskeyList } from '../../PasskeyList/PasskeyList.js';
import type { SectionProps } from '../types.js';

export default function PasskeysSection({ headingLevel, props }: SectionProps<'passkeys'>) {
  return <PasskeyList {...props} headingLevel={headingLevel} />;
}
