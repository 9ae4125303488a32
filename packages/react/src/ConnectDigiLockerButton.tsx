import type { LockerKitError, StartConsentInput } from "@lockerkit/client";
import { type ButtonHTMLAttributes, type ReactNode, useEffect, useId } from "react";
import { useStartConsent } from "./hooks.js";

export interface ConnectDigiLockerButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  "onClick" | "onError" | "type"
> {
  /** What to ask DigiLocker for; `returnUrl` defaults to `<origin>/return`. */
  input?: Partial<StartConsentInput>;
  /** The label (default "Connect DigiLocker"). */
  children?: ReactNode;
  /** Shown (and announced) while the consent starts (default "Opening DigiLocker…"). */
  busyLabel?: ReactNode;
  /** Called with the failure; the button also announces it unless `hideError`. */
  onError?: (error: LockerKitError) => void;
  /** Called once the consent started, before the browser leaves for DigiLocker. */
  onStarted?: () => void;
  hideError?: boolean;
}

/**
 * A real `<button>`: keyboard and screen-reader usable, `aria-busy` and disabled while the consent
 * starts, the failure announced in a live region tied to it with `aria-describedby`.
 */
export function ConnectDigiLockerButton({
  input,
  children,
  busyLabel,
  onError,
  onStarted,
  hideError,
  ...rest
}: ConnectDigiLockerButtonProps) {
  const { start, starting, error } = useStartConsent();
  const errorId = useId();
  useEffect(() => {
    if (error) onError?.(error);
  }, [error, onError]);
  const onClick = async () => {
    const returnUrl = input?.returnUrl ?? `${window.location.origin}/return`;
    const started = await start({ ...input, returnUrl }, { redirect: false });
    if (!started) return;
    onStarted?.();
    window.location.assign(started.authorizationUrl);
  };
  return (
    <>
      <button
        type="button"
        {...rest}
        onClick={onClick}
        disabled={starting || rest.disabled}
        aria-busy={starting}
        aria-describedby={error && !hideError ? errorId : rest["aria-describedby"]}
      >
        {starting ? (busyLabel ?? "Opening DigiLocker…") : (children ?? "Connect DigiLocker")}
      </button>
      {!hideError && (
        <span id={errorId} role="alert" className="lockerkit-error">
          {error ? error.message : null}
        </span>
      )}
    </>
  );
}
