import { useMutationState, type MutationKey } from '@tanstack/react-query';
import type { CognitoError } from '../cognito/errors.js';

/** Where one change stands, as the mutation cache holds it. */
export interface MutationOutcome {
  status: 'pending' | 'success' | 'error';
  error: CognitoError | null;
  submittedAt: number;
}

/**
 * Every mutation of this session under `mutationKey`, oldest first, from any component: its
 * outcome, plus what `pick` reads from its variables and `onMutate` context.
 */
export function useMutationRecords<TRecord extends object>(
  mutationKey: MutationKey,
  // The cache holds `unknown`: `pick` names the types its key's mutations use.
  pick: (variables: never, context: never) => TRecord,
): (TRecord & MutationOutcome)[] {
  return useMutationState({
    // A mutation enters the cache before it starts (TanStack Query 5.89 shows it then, with no
    // variables yet): only started ones are changes.
    filters: { mutationKey, predicate: (mutation) => mutation.state.status !== 'idle' },
    select: ({ state }) => ({
      ...pick(state.variables as never, state.context as never),
      status: state.status as MutationOutcome['status'],
      error: state.error as CognitoError | null,
      submittedAt: state.submittedAt,
    }),
  });
}
