import { useLockerKit } from "@lockerkit/react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { StartNotice } from "../App";
import { resumeConsent } from "../api/consent";
import { type Problem, resumeFailure } from "./problems";

/**
 * "Connect DigiLocker again" for the session this tab holds: re-consent on the same session. When the
 * session cannot be reopened (ended, erased), `onRestart` takes the user to a fresh consent with the
 * reason; a passing failure (network, DigiLocker down) stays as `problem`, to try again.
 */
export function useResume(onRestart: (notice?: StartNotice) => void) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const running = useRef(false);
  const { client } = useLockerKit();

  useEffect(() => {
    // Back from DigiLocker with the browser's Back button: the page may come back from the
    // back/forward cache as it was left ("Opening DigiLocker…").
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      running.current = false;
      setBusy(false);
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, []);

  const resume = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setProblem(null);
    try {
      // On success the browser is on its way to DigiLocker: stay busy until the page goes.
      await resumeConsent(client);
    } catch (error) {
      running.current = false;
      setBusy(false);
      const failure = resumeFailure(error as { code?: string });
      if (failure.fresh) onRestart({ problem: failure.problem });
      else setProblem(failure.problem);
    }
  }, [onRestart, client]);

  return { resume, busy, problem };
}
