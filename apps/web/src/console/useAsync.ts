import { useCallback, useEffect, useState } from "react";

export type AsyncState<T> =
  { status: "loading" } | { status: "error"; error: Error } | { status: "ready"; data: T };

/** Runs `load` now and whenever `deps` change; `reload` runs it again and keeps the old data while it does. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): [AsyncState<T>, () => Promise<void>] {
  const [state, setState] = useState<AsyncState<T>>({ status: "loading" });
  const run = useCallback(load, deps);
  const reload = useCallback(async () => {
    try {
      setState({ status: "ready", data: await run() });
    } catch (error) {
      setState({ status: "error", error: error as Error });
    }
  }, [run]);
  useEffect(() => {
    let live = true;
    setState({ status: "loading" });
    run().then(
      (data) => live && setState({ status: "ready", data }),
      (error: Error) => live && setState({ status: "error", error }),
    );
    return () => {
      live = false;
    };
  }, [run]);
  return [state, reload];
}
