// Password and account: ChangePassword, DeleteUser. Behaviour: docs/behaviour.md#password.

export interface ChangePasswordInput {
  /** Omitted only for users without a password (passwordless sign-up). */
  PreviousPassword?: string;
  ProposedPassword: string;
}
