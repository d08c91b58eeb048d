import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A flow's state, and runs that supersede each other: each action calls `begin()` and writes
 * through the `commit` it got, which stops working as soon as a newer run begins or the
 * component unmounts (its `signal` aborts then). So an answer that arrives late can never bring
 * back a step, or a secret, the user already left.
 */
export function useFlowRuns<State>(initial: State) {
  const [state, setState] = useState<State>(initial);
  const latest = useRef({ state, controller: null as AbortController | null });
  useEffect(
    () => () => {
      latest.current.controller?.abort();
      latest.current.controller = null;
    },
    [],
  );
  const begin = useCallback(() => {
    latest.current.controller?.abort();
    const controller = new AbortController();
    latest.current.controller = controller;
    const commit = (next: State) => {
      if (latest.current.controller !== controller) return;
      latest.current.state = next;
      setState(next);
    };
    return { signal: controller.signal, commit };
  }, []);
  const current = useCallback(() => latest.current.state, []);
  return { state, current, begin };
}
