import { useId, useRef } from 'react';
import type { Device } from '../../cognito/devices.js';
import type { DeviceChange } from '../../queries/devices/hooks.js';
import { useComponentMessages, useCoreMessages } from '../messages/context.js';
import type { SecurityMessages } from '../messages/en.js';
import { LoadState } from '../shared/LoadState.js';
import type { SettingsViewProps } from '../shared/types.js';
import type { HeadingLevel } from '../TotpSetup/types.js';
import { DeviceItem, deviceRowError } from './DeviceItem.js';
import { deviceListEn, type DeviceListMessages } from './messages/en.js';
import { NoticeRegions, type Notice as DeviceNotice } from '../shared/NoticeRegions.js';

/** Props of {@link DeviceListView}. */
export interface DeviceListViewProps extends Omit<SettingsViewProps, 'messages'> {
  devices: readonly Device[];
  /** The `DeviceKey` of the device this page runs on, if the app knows it (Amplify keeps it after ConfirmDevice): marked "This device". */
  currentDeviceKey?: string | null | undefined;
  /** Called once the user confirmed forgetting a device. */
  onForget: (device: Device) => void;
  /** Shows "Stop remembering" / "Remember" on each device. */
  onRememberChange?: (device: Device, remembered: boolean) => void;
  /** Device changes so far (`useDeviceChanges()`): a device whose last change failed says why; one pending waits. */
  changes?: readonly DeviceChange[];
  /** The latest outcome to announce to screen readers. */
  notice?: DeviceNotice | null;
  /** The locale of relative times. Default the messages' `devices.locale`. */
  locale?: string;
  /** What "now" is for "last used 2 days ago". Default the time of rendering. */
  now?: Date;
  /** The level of the heading. Default 3. */
  headingLevel?: HeadingLevel;
  /** Messages to use instead of the provider's (partial): this component's and the shared ones. */
  messages?: Partial<DeviceListMessages & SecurityMessages>;
}

/**
 * The user's remembered devices without data fetching: bring your own data and callbacks.
 * Device tracking off in the pool (`InvalidUserPoolConfigurationException` as `error`) hides the
 * list and says why. Style it through `data-rcs`, `data-state`, `data-current` and `data-invalid`.
 */
export function DeviceListView(props: DeviceListViewProps) {
  const { devices, currentDeviceKey, onForget, onRememberChange, changes = [], notice, status, error, className, headingLevel = 3 } = props;
  const m = useComponentMessages(deviceListEn, props.messages);
  const core = useCoreMessages(props.messages);
  const locale = props.locale ?? m['devices.locale'];
  const now = props.now ?? new Date();
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const heading = useRef<HTMLHeadingElement>(null);
  const trackingOff = status === 'error' && error?.code === 'InvalidUserPoolConfigurationException';

  const lastChange = (device: Device) => changes.filter((change) => change.deviceKey === device.key).at(-1);

  return (
    <section
      data-rcs="devices"
      data-state={trackingOff ? 'unavailable' : undefined}
      className={className}
      aria-labelledby={`${id}t`}
      aria-busy={status === 'pending' || undefined}
    >
      <Heading ref={heading} id={`${id}t`} tabIndex={-1} data-rcs="devices-title">
        {m['devices.title']}
      </Heading>
      {trackingOff ? (
        <p data-rcs="devices-unavailable">{m['devices.trackingOff']}</p>
      ) : (
        <>
          <p data-rcs="devices-intro">{m['devices.intro']}</p>
          <LoadState status={status} error={error} m={core}>
            {devices.length > 0 ? (
              <ul data-rcs="device-list">
                {devices.map((device) => {
                  const last = lastChange(device);
                  return (
                    <DeviceItem
                      key={device.key}
                      device={device}
                      m={m}
                      core={core}
                      locale={locale}
                      now={now}
                      current={currentDeviceKey === device.key}
                      updating={last?.status === 'pending' && last.type !== 'forget'}
                      error={last?.status === 'error' && last.error ? deviceRowError(m, core, device, { type: last.type, error: last.error }) : null}
                      onForget={() => {
                        onForget(device);
                        // The row is going: keep focus in the section rather than losing it to the page.
                        heading.current?.focus();
                      }}
                      onRememberChange={onRememberChange && ((remembered) => onRememberChange(device, remembered))}
                    />
                  );
                })}
              </ul>
            ) : (
              <p data-rcs="devices-empty">{m['devices.empty']}</p>
            )}
          </LoadState>
        </>
      )}
      <NoticeRegions notice={notice} />
    </section>
  );
}
