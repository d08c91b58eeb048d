import { SignOutEverywhere } from '../../SignOutEverywhere/SignOutEverywhere.js';
import type { SectionProps } from '../types.js';

export default function SignOutSection({ headingLevel, props }: SectionProps<'signOut'>) {
  return <SignOutEverywhere {...props} headingLevel={headingLevel} />;
}
