import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { viewArgTypes, viewComponent, viewProps, type ViewStoryArgs } from '../../../stories/controls.js';
import type { ContactAttribute } from '../../cognito/contacts.js';
import type { ContactRow } from '../../queries/contacts/hooks.js';
import { ContactDetailsView, type ContactDetailsViewProps } from './ContactDetailsView.js';

/** A row as `useContactDetails()` gives it: nothing on file, unless overridden. */
const row = (attribute: ContactAttribute, overrides: Partial<ContactRow> = {}): ContactRow => ({
  attribute,
  current: null,
  pending: null,
  codeSent: null,
  state: 'none',
  removeBlockedBy: null,
  keepsOriginal: false,
  ...overrides,
});

const PHONE = row('phone_number', { current: { value: '+15555550123', verified: true }, state: 'verified' });

const meta = {
  title: 'Views/ContactDetailsView',
  component: viewComponent(ContactDetailsView),
  render: (args) => <ContactDetailsView {...viewProps(args)} />,
  argTypes: {
    ...viewArgTypes,
    rows: { control: 'object' },
    openAttribute: { control: 'inline-radio', options: ['phone_number', 'email', null] },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5] },
    children: { control: false },
    announcement: { control: false },
    sectionRef: { control: false },
  },
  args: { rows: [PHONE, row('email')], status: 'success', onAction: fn() },
} satisfies Meta<ViewStoryArgs<ContactDetailsViewProps>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every control applies: edit the rows, a load status and error, a locale and theme. */
export const Playground: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('heading', { name: 'Contact details' })).toBeVisible();
    await expect(canvas.getByText('+15555550123').parentElement).toHaveTextContent('Verified');
    await expect(canvas.getByText('No email address')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Add email address' }));
    await expect(args.onAction).toHaveBeenCalledWith('email', 'add');
  },
};

/** A new address waits for its code while the verified one stays in use. */
export const ChangePending: Story = {
  args: {
    rows: [
      PHONE,
      row('email', {
        current: { value: 'ada@example.com', verified: true },
        pending: { value: 'ada@example.org', delivery: { attribute: 'email', medium: 'EMAIL', destination: 'a***@e***' }, sentAt: 1 },
        state: 'pending',
        keepsOriginal: true,
      }),
    ],
  },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByText('Change pending verification').parentElement).toHaveTextContent(
      /New: .*ada@example\.org.*, not in use until you enter the code sent to it\. The current one stays in use until then\./,
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Resend code' }));
    await expect(args.onAction).toHaveBeenCalledWith('email', 'resend');
  },
};

/** "Remove" while text-message codes go to the number: focusable, says why, does nothing. */
export const RemoveBlocked: Story = {
  args: { rows: [{ ...PHONE, removeBlockedBy: 'SMS_MFA' }, row('email')] },
  play: async ({ canvas, userEvent, args }) => {
    const remove = canvas.getByRole('button', { name: 'Remove phone number' });
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await expect(remove).toHaveAccessibleDescription('Text-message codes are sent to this number: turn them off before removing it.');
    await userEvent.click(remove);
    await expect(args.onAction).not.toHaveBeenCalled();
  },
};

export const Loading: Story = {
  args: { status: 'pending', rows: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Contact details' })).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByText('Loading…')).toBeVisible();
  },
};
