import type { DigiLockerRequestEvent } from "@lockerkit/core";
import { UpstreamWindow } from "../src/observability/upstream-window";

const event = (
  operation: DigiLockerRequestEvent["operation"],
  outcome: string,
  status: number | null,
): DigiLockerRequestEvent => ({
  operation,
  attempt: 1,
  status,
  durationMs: 5,
  outcome,
  willRetry: false,
});

describe("the console's upstream window (DigiLocker errors by operation, last hour/day)", () => {
  it("counts errors per operation inside the window only, and forgets what is older than a day", () => {
    let now = Date.UTC(2026, 11, 7, 0, 0, 0);
    const window = new UpstreamWindow(() => now);
    window.record(event("user", "ok", 200));
    window.record(event("user", "invalid_token", 401));
    window.record(event("files.issued", "timeout", null));
    now += 2 * 3_600_000; // two hours later
    window.record(event("user", "ok", 200));
    expect(window.counts(3_600_000)).toEqual([{ operation: "user", requests: 1, errors: 0 }]);
    expect(window.counts(86_400_000)).toEqual([
      { operation: "files.issued", requests: 1, errors: 1 },
      { operation: "user", requests: 3, errors: 1 },
    ]);
    now += 25 * 3_600_000; // past a day: the old slots are dropped at the next record
    window.record(event("revoke", "ok", 200));
    expect(window.counts(86_400_000 * 7)).toEqual([{ operation: "revoke", requests: 1, errors: 0 }]);
  });
});
