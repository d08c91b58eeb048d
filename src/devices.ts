// `react-cognito-security/devices`: the remembered-device list, "sign out everywhere" and their
// message catalogues. Listed one by one: nothing internal leaks out. The hooks (`useDevices`,
// `useForgetDevice`, `useUpdateDeviceStatus`, `useSignOutEverywhere`) and the free functions
// are in the root entry.
export { DeviceList } from './components/DeviceList/DeviceList.js';
export type { DeviceListProps } from './components/DeviceList/DeviceList.js';
export { DeviceListView } from './components/DeviceList/DeviceListView.js';
export type { DeviceListViewProps } from './components/DeviceList/DeviceListView.js';
export type { DeviceNotice } from './components/DeviceList/text.js';
export type { KnownBrowser, KnownOs, UserAgentSummary } from './components/DeviceList/userAgent.js';
export { deviceListEn } from './components/DeviceList/messages/en.js';
export type { DeviceErrorCode, DeviceListMessages } from './components/DeviceList/messages/en.js';
export { deviceListDe } from './components/DeviceList/messages/de.js';
export { deviceListAr } from './components/DeviceList/messages/ar.js';
export { SignOutEverywhere } from './components/SignOutEverywhere/SignOutEverywhere.js';
export type { SignOutEverywhereProps } from './components/SignOutEverywhere/SignOutEverywhere.js';
export { SignOutEverywhereView } from './components/SignOutEverywhere/SignOutEverywhereView.js';
export type { SignOutEverywhereViewProps } from './components/SignOutEverywhere/SignOutEverywhereView.js';
export { signOutEverywhereEn } from './components/SignOutEverywhere/messages/en.js';
export type { SignOutEverywhereMessages } from './components/SignOutEverywhere/messages/en.js';
export { signOutEverywhereDe } from './components/SignOutEverywhere/messages/de.js';
export { signOutEverywhereAr } from './components/SignOutEverywhere/messages/ar.js';
