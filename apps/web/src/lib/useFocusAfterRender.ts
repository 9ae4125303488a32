import { type RefObject, useCallback, useEffect, useRef } from "react";

/**
 * Focus an element once it is rendered: call the returned function when an update will show the
 * element (a loaded card, the end of a list), and focus moves there right after React commits it.
 */
export function useFocusAfterRender<T extends HTMLElement>(ref: RefObject<T | null>): () => void {
  const pending = useRef(false);
  useEffect(() => {
    if (pending.current && ref.current) {
      pending.current = false;
      ref.current.focus();
    }
  });
  return useCallback(() => {
    pending.current = true;
  }, []);
}
