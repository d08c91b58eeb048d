import { useDeviceChanges, useDevices, useForgetDevice, useUpdateDeviceStatus } from '../../queries/devices/hooks.js';
import { useComponentMessages, useCoreMessages } from '../messages/context.js';
import { DeviceListView, type DeviceListViewProps } from './DeviceListView.js';
import { deviceListEn } from './messages/en.js';
import { deviceChangeNotice } from './text.js';

/** Props of {@link DeviceList}. */
export type DeviceListProps = Pick<DeviceListViewProps, 'className' | 'messages' | 'locale' | 'headingLevel' | 'currentDeviceKey'>;

/**
 * The user's remembered devices (ListDevices, every page), with "Forget" (confirmed first,
 * optimistic, rolled back if Cognito refuses) and "Stop remembering" / "Remember". Pass
 * `currentDeviceKey` to mark the device this page runs on. Needs `<CognitoSecurityProvider>`.
 */
export function DeviceList(props: DeviceListProps) {
  const devices = useDevices();
  const { mutate: forget } = useForgetDevice();
  const { mutate: update } = useUpdateDeviceStatus();
  const changes = useDeviceChanges();
  const m = useComponentMessages(deviceListEn, props.messages);
  const core = useCoreMessages(props.messages);
  const list = devices.data ?? [];

  return (
    <DeviceListView
      {...props}
      devices={list}
      status={devices.status}
      error={devices.error}
      onForget={(device) => forget(device.key)}
      onRememberChange={(device, remembered) => update({ deviceKey: device.key, remembered })}
      changes={changes}
      notice={deviceChangeNotice(m, core, changes.at(-1), list)}
    />
  );
}
