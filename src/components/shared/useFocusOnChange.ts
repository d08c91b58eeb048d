import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves focus to the element given to the returned ref whenever `key` changes (never on
 * mount), so keyboard and screen-reader users land on each new step of a flow.
 */
export function useFocusOnChange(key: unknown): (element: HTMLElement | null) => void {
  const target = useRef<HTMLElement | null>(null);
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    target.current?.focus();
  }, [key]);
  return useCallback((element: HTMLElement | null) => {
    target.current = element;
  }, []);
}
