import { useId } from 'react';
import { FactorBadges } from '../../FactorBadges/FactorBadges.js';
import { useComponentMessages } from '../../messages/context.js';
import { MfaToggleList } from '../../MfaToggleList/MfaToggleList.js';
import { PasskeyMfaSwitch } from '../../PasskeyList/PasskeyMfaSwitch.js';
import { PreferredMfaPicker } from '../../PreferredMfaPicker/PreferredMfaPicker.js';
import { accountSecurityEn } from '../messages/en.js';
import type { SectionProps } from '../types.js';

/**
 * Two-step verification: where the user stands (badges), one switch per factor (the passkey-MFA
 * switch when the pool offers it) and the preferred factor. Its title is the section's; the
 * switches' group is named "Methods" so the two do not repeat each other.
 */
export default function MfaSection({ headingLevel, props = {} }: SectionProps<'mfa'>) {
  const m = useComponentMessages(accountSecurityEn);
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const { badges, toggleList, passkeyMfa, picker } = props;
  return (
    <section data-rcs="security-section" data-section="mfa" aria-labelledby={id}>
      <Heading id={id}>{m['accountSecurity.mfa']}</Heading>
      <FactorBadges {...badges} />
      <MfaToggleList
        {...toggleList}
        messages={{ toggleListLabel: m['accountSecurity.mfaMethods'], ...toggleList?.messages }}
        totpSetup={{ headingLevel: Math.min(headingLevel + 1, 6) as 3 | 4 | 5 | 6, ...toggleList?.totpSetup }}
      />
      <PasskeyMfaSwitch {...passkeyMfa} />
      <PreferredMfaPicker {...picker} />
    </section>
  );
}
