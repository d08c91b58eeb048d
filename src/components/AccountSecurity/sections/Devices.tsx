import { DeviceList } from '../../DeviceList/DeviceList.js';
import type { SectionProps } from '../types.js';

export default function DevicesSection({ headingLevel, props }: SectionProps<'devices'>) {
  return <DeviceList {...props} headingLevel={headingLevel} />;
}
