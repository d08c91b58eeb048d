/** The signed-in user and MFA: GetUser, GetUserAuthFactors, SetUserMFAPreference, and the authenticator app. */
import type {
  AssociateSoftwareTokenOutput,
  GetUserAuthFactorsOutput,
  GetUserOutput,
  VerifySoftwareTokenOutput,
} from '../../cognito/wire.js';
import { applyMfaPreference } from '../mfa.js';
import { WEB_AUTHN_MFA } from '../passkeyMfa.js';
import { CognitoFault } from '../protocol.js';
import { randomBase32Secret, verifyTotpCode } from '../totp.js';
import { configuredAuthFactors, type DomainOperations, type SimulatorContext, type UserRecord } from './context.js';

/** The MFA fields GetUser and GetUserAuthFactors share: absent rather than empty (docs/behaviour.md#absent-versus-empty). */
function mfaFields(user: UserRecord): Pick<GetUserOutput, 'UserMFASettingList' | 'PreferredMfaSetting'> {
  return {
      ...((user.enabledMfa.length > 0 || user.webAuthnMfa) && {
        UserMFASettingList: [...user.enabledMfa, ...(user.webAuthnMfa ? [WEB_AUTHN_MFA] : [])],
      }),
      ...(user.preferredMfa !== null && { PreferredMfaSetting: user.preferredMfa }),
    };
  }

  export function mfaOperations({ pool }: SimulatorContext): DomainOperations<
    'GetUser' | 'GetUserAuthFactors' | 'SetUserMFAPreference' | 'AssociateSoftwareToken' | 'VerifySoftwareToken'
  > {
    return {
    GetUser: (user): GetUserOutput => ({
      Username: user.username,
      UserAttributes: [
        { Name: 'sub', Value: user.sub },
        ...Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value })),
      ],
      ...mfaFields(user),
    }),

    GetUserAuthFactors: (user): GetUserAuthFactorsOutput => ({
      Username: user.username,
      ...mfaFields(user),
      ConfiguredUserAuthFactors: configuredAuthFactors(user),
    }),

    SetUserMFAPreference: (user, input) => {
      const facts = { totpVerified: user.totpSecret !== null, passkeyCount: user.passkeys.length };
      const choice = applyMfaPreference(pool, { ...user, ...facts }, input);
      user.enabledMfa = choice.enabledMfa;
      user.preferredMfa = choice.preferredMfa;
      user.webAuthnMfa = choice.webAuthnMfa;
      return {};
    },

    AssociateSoftwareToken: (user): AssociateSoftwareTokenOutput => {
      if (pool.mfa === 'OFF' || !pool.factors.includes('SOFTWARE_TOKEN_MFA')) {
        throw new CognitoFault(
          'SoftwareTokenMFANotFoundException',
          'Software Token MFA has not been enabled by the userPool.',
        );
      }
      // docs/behaviour.md#mfa-row-13: the old secret stops working at once, while SOFTWARE_TOKEN_MFA stays in the enabled list.
      user.totpSecret = null;
      user.pendingTotpSecret = randomBase32Secret();
      return { SecretCode: user.pendingTotpSecret };
    },

    VerifySoftwareToken: async (user, input): Promise<VerifySoftwareTokenOutput> => {
      const code = input.UserCode;
      if (typeof code !== 'string' || !/^\d{6}$/.test(code)) {
        throw new CognitoFault(
          'InvalidParameterException',
          "1 validation error detected: Value at 'userCode' failed to satisfy constraint: Member must be 6 digits",
        );
      }
      const pending = user.pendingTotpSecret;
      if (pending === null) {
        throw new CognitoFault('SoftwareTokenMFANotFoundException', 'Software Token MFA does not exist for the user.');
      }
      const valid = await verifyTotpCode(pending, code, pool.now());
      // A re-association while the code was being checked makes this verification stale.
      if (!valid || user.pendingTotpSecret !== pending) {
        throw new CognitoFault('EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA');
      }
      // docs/behaviour.md#mfa-row-14: verified, but not enabled as MFA until SetUserMFAPreference.
      user.totpSecret = pending;
      user.pendingTotpSecret = null;
      return { Status: 'SUCCESS' };
    },
  };
}
