import type { ChangePasswordFormProps } from '../ChangePasswordForm/ChangePasswordForm.js';
import type { ContactDetailsProps } from '../ContactDetails/ContactDetails.js';
import type { DeleteAccountProps } from '../DeleteAccount/DeleteAccount.js';
import type { DeviceListProps } from '../DeviceList/DeviceList.js';
import type { FactorBadgesProps } from '../FactorBadges/FactorBadges.js';
import type { MfaToggleListProps } from '../MfaToggleList/MfaToggleList.js';
import type { PasskeyListProps } from '../PasskeyList/PasskeyList.js';
import type { PasskeyMfaSwitchProps } from '../PasskeyList/PasskeyMfaSwitch.js';
import type { PreferredMfaPickerProps } from '../PreferredMfaPicker/PreferredMfaPicker.js';
import type { SignOutEverywhereProps } from '../SignOutEverywhere/SignOutEverywhere.js';

/** The props AccountSecurity passes on to each section's components (their heading levels it sets itself). */
export interface AccountSecuritySectionProps {
  /** `ContactDetails`: phone number and email address. */
  contacts?: Omit<ContactDetailsProps, 'headingLevel'>;
  /** Two-step verification: `FactorBadges`, `MfaToggleList`, `PasskeyMfaSwitch`, `PreferredMfaPicker`. */
  mfa?: {
    badges?: FactorBadgesProps;
    toggleList?: MfaToggleListProps;
    passkeyMfa?: PasskeyMfaSwitchProps;
    picker?: PreferredMfaPickerProps;
  };
  /** `PasskeyList`. */
  passkeys?: Omit<PasskeyListProps, 'headingLevel'>;
  /** `DeviceList` (pass `currentDeviceKey` to mark this browser). */
  devices?: Omit<DeviceListProps, 'headingLevel'>;
  /** `ChangePasswordForm`. */
  password?: Omit<ChangePasswordFormProps, 'headingLevel'>;
  /** `SignOutEverywhere`. */
  signOut?: Omit<SignOutEverywhereProps, 'headingLevel'>;
  /** `DeleteAccount`. */
  deleteAccount?: Omit<DeleteAccountProps, 'headingLevel'>;
}

/** A section of the page, by name. */
export type AccountSecuritySection = keyof AccountSecuritySectionProps;

/** The level of a section's title: one below the page's. */
export type SectionHeadingLevel = 2 | 3 | 4 | 5;

/** What AccountSecurity gives the section it renders. */
export interface SectionProps<K extends AccountSecuritySection> {
  headingLevel: SectionHeadingLevel;
  props: AccountSecuritySectionProps[K];
}
