import { useCallback, useId, useRef, useState } from 'react';
import type { Device } from '../../cognito/devices.js';
import type { CognitoError } from '../../cognito/errors.js';
import type { CoreMessages } from '../messages/en.js';
import { PendingButton } from '../shared/PendingButton.js';
import type { DeviceListMessages } from './messages/en.js';
import { deviceErrorText, deviceName, relativeTime } from './text.js';

interface DeviceItemProps {
  device: Device;
  m: DeviceListMessages;
  core: CoreMessages;
  locale: string;
  now: Date;
  current: boolean;
  /** A status change of this device is on its way. */
  updating: boolean;
  /** The last change of this device failed, and why. */
  error: { text: string } | null;
  onForget: () => void;
  onRememberChange?: ((remembered: boolean) => void) | undefined;
}

const focusOnMount = (element: HTMLElement | null) => element?.focus();

/**
 * One device: its readable name, when it was last used, whether it is remembered, "This device",
 * "Stop remembering" / "Remember", and "Forget", which asks first in place.
 */
export function DeviceItem({ device, m, locale, now, current, updating, error, onForget, onRememberChange }: DeviceItemProps) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const forgetButton = useRef<HTMLButtonElement>(null);
  const keep = useCallback(() => {
    setConfirming(false);
    forgetButton.current?.focus();
  }, []);
  const name = deviceName(m, device);
  const remembered = device.status === 'remembered';
  const lastUsed = device.lastAuthenticatedAt ?? device.lastModifiedAt;
  const details = [
    lastUsed ? m['devices.lastUsed'](relativeTime(lastUsed, now, locale)) : m['devices.neverUsed'],
    remembered ? m['devices.remembered'] : m['devices.notRemembered'],
    ...(device.lastIp ? [m['devices.lastIp'](device.lastIp)] : []),
  ].join(' · ');

  return (
    <li
      data-rcs="device"
      data-state={confirming ? 'confirming' : remembered ? 'remembered' : 'not-remembered'}
      data-current={current || undefined}
      data-invalid={error ? true : undefined}
    >
      <span data-rcs="device-text">
        <span id={`${id}n`} data-rcs="device-name">
          {name}
        </span>
        {current && (
          <span id={`${id}c`} data-rcs="device-current">
            {m['devices.thisDevice']}
          </span>
        )}
        <span id={`${id}d`} data-rcs="device-details">
          {details}
        </span>
      </span>
      <span data-rcs="device-actions">
        {onRememberChange && (
          <PendingButton
            pending={updating}
            data-rcs="device-remember"
            aria-labelledby={`${id}s ${id}n`}
            aria-describedby={error ? `${id}d ${id}e` : `${id}d`}
            onClick={() => onRememberChange(!remembered)}
          >
            <span id={`${id}s`}>{remembered ? m['devices.stopRemembering'] : m['devices.remember']}</span>
          </PendingButton>
        )}
        <button
          ref={forgetButton}
          type="button"
          data-rcs="device-forget"
          aria-labelledby={`${id}f ${id}n`}
          aria-describedby={error ? `${id}d ${id}e` : `${id}d`}
          aria-expanded={confirming}
          onClick={() => setConfirming(true)}
        >
          <span id={`${id}f`}>{m['devices.forget']}</span>
        </button>
      </span>
      {confirming && (
        <div role="group" aria-labelledby={`${id}q`} data-rcs="device-confirm">
          <p id={`${id}q`} tabIndex={-1} ref={focusOnMount} data-rcs="device-question">
            {m['devices.confirmForget'](name)}
          </p>
          <p data-rcs="device-hint">{m['devices.confirmForgetHint']}</p>
          {current && <p data-rcs="warning">{m['devices.confirmForgetThis']}</p>}
          <button
            type="button"
            data-rcs="device-confirm-forget"
            onClick={() => {
              setConfirming(false);
              onForget();
            }}
          >
            {m['devices.confirm']}
          </button>
          <button type="button" data-rcs="device-keep" onClick={keep}>
            {m['devices.keep']}
          </button>
        </div>
      )}
      {error && (
        <p id={`${id}e`} data-rcs="error">
          {error.text}
        </p>
      )}
    </li>
  );
}

/** The row's error line for a failed change. */
export function deviceRowError(m: DeviceListMessages, core: CoreMessages, device: Device, change: { type: string; error: CognitoError }) {
  const reason = deviceErrorText(m, core, change.error);
  const failed = change.type === 'forget' ? m['devices.forgetFailed'] : m['devices.updateFailed'];
  return { text: failed(deviceName(m, device), reason) };
}
