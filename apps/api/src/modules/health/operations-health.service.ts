import type { SessionStatus } from "../sessions/session.enums";
import type { UpstreamWindow } from "../../observability/upstream-window";
import type { OperationsHealthRepository } from "./operations-health.repository";
import { HealthWindow, type OperationsHealth } from "./operations-health.type";

const SHAPES: Record<HealthWindow, { ms: number; bucketS: number }> = {
  [HealthWindow.HOUR]: { ms: 3_600_000, bucketS: 300 },
  [HealthWindow.DAY]: { ms: 86_400_000, bucketS: 3600 },
};

const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** The console's "health at a glance": rates over the last hour or day. */
export class OperationsHealthService {
  constructor(
    private readonly repository: OperationsHealthRepository,
    private readonly upstream: UpstreamWindow,
    private readonly now: () => number = Date.now,
  ) {}

  async health(tenantId: string, window: HealthWindow): Promise<OperationsHealth> {
    const { ms, bucketS } = SHAPES[window];
    // Buckets start on a boundary, so consecutive reads line up.
    const end = Math.ceil(this.now() / (bucketS * 1000)) * bucketS * 1000;
    const since = new Date(end - ms);
    const [byStatus, rows] = await Promise.all([
      this.repository.sessionsByStatus(tenantId, since),
      this.repository.buckets(tenantId, since, bucketS),
    ]);
    const count = ms / 1000 / bucketS;
    const buckets = Array.from({ length: count }, (_, i) => {
      const r = rows.find((b) => b.bucket === i);
      return {
        start: new Date(since.getTime() + i * bucketS * 1000),
        started: r?.started ?? 0,
        completed: r?.completed ?? 0,
        webhookAttempts: r?.attempts ?? 0,
        webhookSucceeded: r?.succeeded ?? 0,
      };
    });
    const sum = (key: "started" | "completed" | "webhookAttempts" | "webhookSucceeded") =>
      buckets.reduce((n, b) => n + b[key], 0);
    return {
      window,
      since,
      sessionsByStatus: byStatus.map((s) => ({ status: s.status as SessionStatus, count: s.count })),
      completionRate: rate(sum("completed"), sum("started")),
      webhookSuccessRate: rate(sum("webhookSucceeded"), sum("webhookAttempts")),
      buckets,
      upstream: this.upstream
        .counts(ms)
        .map((c) => ({ ...c, errorRate: c.requests ? c.errors / c.requests : 0 })),
      upstreamSince: this.upstream.since,
    };
  }
}
