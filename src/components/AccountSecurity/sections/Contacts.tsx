import { ContactDetails } from '../../ContactDetails/ContactDetails.js';
import type { SectionProps } from '../types.js';

export default function ContactsSection({ headingLevel, props }: SectionProps<'contacts'>) {
  return <ContactDetails {...props} headingLevel={headingLevel} />;
}
