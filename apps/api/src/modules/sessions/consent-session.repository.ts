import type { DataSource, EntityManager, Repository } from "typeorm";
import { ConsentSessionEntity, SessionStatus } from "../../db/entities/consent-session.entity";
import { EntityRows } from "../../db/entity-rows";
import { pooledQuery } from "../../db/pooled-query";
import { queryRows } from "../../db/query-rows";
import type { SealedColumn } from "../../db/sealed-column";
import { deleteSessionData } from "./session-erasure.repository";
import { sessionAad } from "./session-secrets";

export interface TenantSessionQuery {
  tenantId: string;
  statuses: SessionStatus[] | null;
  createdAfter: Date | null;
  createdBefore: Date | null;
  /** Start strictly after this position (the previous page's last row). */
  after: { createdAt: string; id: string } | null;
  limit: number;
}

/** What a lapsed session held when it was purged: its tokens, so the caller can queue their revoke. */
export interface LapsedSession {
  id: string;
  tenantId: string;
  accessTokenEnc: string | null;
  refreshTokenEnc: string | null;
}

/** The sealed columns of `consent_sessions` (key rotation), each with its AAD builder. */
export const sealedColumns: SealedColumn[] = (
  [
    ["state_enc", sessionAad.state],
    ["pkce_verifier_enc", sessionAad.verifier],
    ["access_token_enc", sessionAad.accessToken],
    ["refresh_token_enc", sessionAad.refreshToken],
    ["profile_enc", sessionAad.profile],
    ["authorize_options_enc", sessionAad.authorizeOptions],
  ] as const
).map(([column, aad]) => ({
  table: "consent_sessions",
  key: "id",
  column,
  select: "id::text AS k",
  aad: (row) => aad(row.k),
}));

/** The secrets and personal data a finished session gives up (for `SET` clauses). */
const ERASE_SESSION_SECRETS = `access_token_enc = NULL, refresh_token_enc = NULL, profile_enc = NULL, pkce_verifier_enc = NULL,
  state_enc = NULL, claim_code_hash = NULL, claim_expires_at = NULL, authorize_options_enc = NULL`;

/** Finished states whose data the tenant's retention period ends (an ACTIVE grant lapses with its consent). */
const FINISHED_STATUSES = [
  SessionStatus.ENDED,
  SessionStatus.DENIED,
  SessionStatus.FAILED,
  SessionStatus.EXPIRED,
  SessionStatus.REAUTH_REQUIRED,
];

/** States a re-consent may continue from (plus ACTIVE past its consent's validity). */
export const RESUMABLE_STATUSES = [
  SessionStatus.REAUTH_REQUIRED,
  SessionStatus.EXPIRED,
  SessionStatus.DENIED,
  SessionStatus.FAILED,
  SessionStatus.PENDING,
];

/**
 * Every state change is one conditional UPDATE … RETURNING, so concurrent or replayed requests
 * cannot both win a transition.
 */
export class ConsentSessionRepository {
  private readonly repo: Repository<ConsentSessionEntity>;
  private readonly rows: EntityRows<ConsentSessionEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(ConsentSessionEntity);
    this.rows = new EntityRows(dataSource, ConsentSessionEntity);
  }

  insert(session: ConsentSessionEntity): Promise<unknown> {
    return this.repo.insert(session);
  }

  findById(id: string): Promise<ConsentSessionEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<ConsentSessionEntity[]> {
    return this.repo.createQueryBuilder("s").where("s.id IN (:...ids)", { ids }).getMany();
  }

  /**
   * Every session-token request starts here: one raw SELECT through the pool, hydrated by the cached
   * column map (the query builder and TypeORM's entity transformer cost more CPU than the query itself).
   */
  async findBySessionTokenHash(hash: string): Promise<ConsentSessionEntity | null> {
    const rows = await pooledQuery<{ row: Record<string, unknown> }>(
      this.dataSource,
      "SELECT to_json(s) AS row FROM consent_sessions s WHERE s.session_token_hash = $1",
      [hash],
    );
    return rows.length ? this.rows.fromJson(rows[0].row) : null;
  }

  findByIdempotencyKey(tenantId: string, scope: string, key: string): Promise<ConsentSessionEntity | null> {
    return this.repo.findOneBy({ tenantId, idempotencyScope: scope, idempotencyKey: key });
  }

  /** Runs `work` in one transaction (a state change and the events it causes commit together). */
  inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Consumes a live PENDING state exactly once, moving it to `next`. */
  async consumeState(
    stateHash: string,
    next: SessionStatus,
    manager?: EntityManager,
  ): Promise<ConsentSessionEntity | null> {
    // The authorize options (maybe a verified mobile) are spent once DigiLocker answered.
    return this.transition(
      { stateHash, from: [SessionStatus.PENDING], to: next, live: true, set: { authorizeOptionsEnc: null } },
      manager,
    );
  }

  /** PENDING past its window → EXPIRED (no token request is ever made for it). */
  async expireState(stateHash: string, manager?: EntityManager): Promise<ConsentSessionEntity | null> {
    return this.transition(
      {
        stateHash,
        from: [SessionStatus.PENDING],
        to: SessionStatus.EXPIRED,
        set: { authorizeOptionsEnc: null },
      },
      manager,
    );
  }

  async transition(
    args: {
      id?: string;
      stateHash?: string;
      from: SessionStatus[];
      to: SessionStatus;
      live?: boolean;
      set?: Partial<ConsentSessionEntity>;
    },
    manager?: EntityManager,
  ): Promise<ConsentSessionEntity | null> {
    const qb = (manager ? manager.getRepository(ConsentSessionEntity) : this.repo)
      .createQueryBuilder()
      .update(ConsentSessionEntity)
      .set({ ...args.set, status: args.to })
      .where("status IN (:...from)", { from: args.from });
    if (args.id) qb.andWhere("id = :id", { id: args.id });
    if (args.stateHash) qb.andWhere("state_hash = :stateHash", { stateHash: args.stateHash });
    if (args.live) qb.andWhere("expires_at > now()");
    const result = await qb.returning("*").execute();
    const row = (result.raw as Record<string, unknown>[])[0];
    return row ? this.repo.create(this.rows.toPartial(row)) : null;
  }

  /**
   * Re-consent: puts a lapsed session of the tenant back to PENDING with a new state, in one
   * conditional UPDATE. Purged sessions, ended ones and live grants are never reopened; a purge
   * holding the row makes this wait and then find it purged.
   */
  async reopen(
    id: string,
    tenantId: string,
    set: Partial<ConsentSessionEntity>,
  ): Promise<ConsentSessionEntity | null> {
    const result = await this.repo
      .createQueryBuilder()
      .update(ConsentSessionEntity)
      .set({ ...set, status: SessionStatus.PENDING, updatedAt: () => "now()" })
      .where("id = :id AND tenant_id = :tenantId AND purged_at IS NULL", { id, tenantId })
      .andWhere("(status IN (:...resumable) OR (status = :active AND consent_valid_till <= now()))", {
        resumable: RESUMABLE_STATUSES,
        active: SessionStatus.ACTIVE,
      })
      .returning("*")
      .execute();
    const row = (result.raw as Record<string, unknown>[])[0];
    return row ? this.repo.create(this.rows.toPartial(row)) : null;
  }

  /**
   * One page of a tenant's sessions, newest first, by keyset on (created_at, id) — the
   * `consent_sessions_tenant_created` index read backwards — with the filter's total in the same statement.
   */
  async pageForTenant(
    query: TenantSessionQuery,
  ): Promise<{ rows: Array<{ session: ConsentSessionEntity; createdAtKey: string }>; total: number }> {
    const where = `tenant_id = $1
           AND ($2::text[] IS NULL OR status = ANY($2::text[]))
           AND ($3::timestamptz IS NULL OR created_at >= $3::timestamptz)
           AND ($4::timestamptz IS NULL OR created_at < $4::timestamptz)`;
    const result: unknown = await this.dataSource.query(
      `SELECT t.total, p.* FROM (SELECT count(*) AS total FROM consent_sessions WHERE ${where}) t
       LEFT JOIN LATERAL (
         SELECT consent_sessions.*, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at_key
         FROM consent_sessions
         WHERE ${where} AND ($5::timestamp IS NULL OR (created_at, id) < ($5::timestamp AT TIME ZONE 'UTC', $6::uuid))
         ORDER BY created_at DESC, id DESC LIMIT $7
       ) p ON true`,
      [
        query.tenantId,
        query.statuses,
        query.createdAfter,
        query.createdBefore,
        query.after?.createdAt ?? null,
        query.after?.id ?? null,
        query.limit,
      ],
    );
    const rows = queryRows<Record<string, unknown>>(result);
    return {
      total: rows.length ? Number(rows[0].total) : 0,
      rows: rows
        .filter((row) => row.id !== null)
        .map((row) => ({
          session: this.repo.create(this.rows.toPartial(row)),
          createdAtKey: String(row.created_at_key),
        })),
    };
  }

  /**
   * Spends a claim code once and binds a session token hash to the session, with its absolute expiry
   * (`now + maxLifetimeS`, or the consent's validity when sooner). With `claimVerifierHash` the code
   * only redeems together with the matching verifier; null claims without one (development).
   */
  async claim(args: {
    claimCodeHash: string;
    claimVerifierHash: string | null;
    sessionTokenHash: string;
    now: Date;
    maxLifetimeS: number;
  }): Promise<ConsentSessionEntity | null> {
    const result: unknown = await this.dataSource.query(
      `UPDATE consent_sessions
         SET claim_expires_at = NULL, claim_verifier_hash = NULL, claim_attempts = 0,
             session_token_hash = $3, session_token_used_at = $4::timestamptz,
             session_token_expires_at = LEAST($4::timestamptz + make_interval(secs => $5::double precision), COALESCE(consent_valid_till, 'infinity'::timestamptz)),
             updated_at = now()
       WHERE claim_code_hash = $1 AND claim_expires_at > now() AND status = '${SessionStatus.ACTIVE}'
         AND ($2::text IS NULL OR claim_verifier_hash = $2::text)
       RETURNING *`,
      [args.claimCodeHash, args.claimVerifierHash, args.sessionTokenHash, args.now, args.maxLifetimeS],
    );
    const [row] = queryRows<Record<string, unknown>>(result);
    return row ? this.repo.create(this.rows.toPartial(row)) : null;
  }

  /**
   * A live claim code presented with a wrong verifier: counts the attempt, and spends the code at
   * `maxAttempts`. Returns the attempts so far, or null when the code is not live (unknown, used, expired).
   */
  async refuseClaim(claimCodeHash: string, maxAttempts: number): Promise<number | null> {
    const result: unknown = await this.dataSource.query(
      `UPDATE consent_sessions
         SET claim_attempts = claim_attempts + 1,
             claim_expires_at = CASE WHEN claim_attempts + 1 >= $2 THEN NULL ELSE claim_expires_at END
       WHERE claim_code_hash = $1 AND claim_expires_at > now() AND status = '${SessionStatus.ACTIVE}'
       RETURNING claim_attempts`,
      [claimCodeHash, maxAttempts],
    );
    const [row] = queryRows<{ claim_attempts: number }>(result);
    return row ? Number(row.claim_attempts) : null;
  }

  /**
   * Why a claim code does not redeem: a spent code keeps its hash with no expiry (`used`), a live one
   * past its window is `expired`, anything else `unknown`.
   */
  async claimCodeReason(claimCodeHash: string): Promise<"used" | "expired" | "unknown"> {
    const result: unknown = await this.dataSource.query(
      `SELECT claim_expires_at FROM consent_sessions WHERE claim_code_hash = $1`,
      [claimCodeHash],
    );
    const [row] = queryRows<{ claim_expires_at: Date | string | null }>(result);
    if (!row) return "unknown";
    if (row.claim_expires_at === null) return "used";
    return new Date(row.claim_expires_at).getTime() <= Date.now() ? "expired" : "unknown";
  }

  /** The session a status token watches, within the caller's tenant (null otherwise: nothing to tell apart). */
  async findByStatusToken(tenantId: string, statusTokenHash: string): Promise<ConsentSessionEntity | null> {
    return this.repo.findOne({ where: { tenantId, statusTokenHash } });
  }

  /** A replayed startConsent's new verifier, only while DigiLocker has not answered (no code issued yet). */
  async replaceClaimVerifier(
    id: string,
    claimVerifierHash: string,
    statusTokenHash: string,
  ): Promise<boolean> {
    const result: unknown = await this.dataSource.query(
      `UPDATE consent_sessions SET claim_verifier_hash = $2, status_token_hash = $3 WHERE id = $1 AND status = '${SessionStatus.PENDING}' AND pkce_verifier_enc IS NOT NULL RETURNING id`,
      [id, claimVerifierHash, statusTokenHash],
    );
    return queryRows(result).length === 1;
  }

  /**
   * Records a session token's use. Called at most once per touch interval per token (the caller
   * compares the stored time first), and raw SQL so `updated_at` keeps meaning "state changed".
   */
  async touchSessionToken(id: string, sessionTokenHash: string, at: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE consent_sessions SET session_token_used_at = $3 WHERE id = $1 AND session_token_hash = $2 AND (session_token_used_at IS NULL OR session_token_used_at < $3)`,
      [id, sessionTokenHash, at],
    );
  }

  /**
   * Takes the cross-replica refresh lease in one short statement (its own transaction): only on an
   * ACTIVE session still at `version`, and only when no live lease exists. Returns the row as leased
   * (its `token_version` is the version the refresh must commit against), or null when someone
   * else holds the lease, the version moved on, or the session is no longer ACTIVE.
   */
  async takeRefreshLease(
    id: string,
    version: number,
    owner: string,
    leaseMs: number,
  ): Promise<ConsentSessionEntity | null> {
    const result: unknown = await this.dataSource.query(
      `UPDATE consent_sessions SET refresh_lease_owner = $3, refresh_lease_until = now() + make_interval(secs => $4::double precision / 1000)
       WHERE id = $1 AND token_version = $2 AND status = '${SessionStatus.ACTIVE}'
         AND (refresh_lease_until IS NULL OR refresh_lease_until <= now())
       RETURNING *`,
      [id, version, owner, leaseMs],
    );
    const [row] = queryRows<Record<string, unknown>>(result);
    return row ? this.repo.create(this.rows.toPartial(row)) : null;
  }

  /** What a waiter needs to know about someone else's refresh, with the database's clock. */
  async refreshProbe(id: string): Promise<{ session: ConsentSessionEntity; leaseHeld: boolean } | null> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT *, (refresh_lease_until IS NOT NULL AND refresh_lease_until > now()) AS lease_held FROM consent_sessions WHERE id = $1`,
      [id],
    );
    if (!rows[0]) return null;
    return {
      session: this.repo.create(this.rows.toPartial(rows[0])),
      leaseHeld: rows[0].lease_held === true,
    };
  }

  /** Gives the lease back after a failed refresh (only if still ours), so a retry need not wait it out. */
  async releaseRefreshLease(id: string, owner: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE consent_sessions SET refresh_lease_owner = NULL, refresh_lease_until = NULL WHERE id = $1 AND refresh_lease_owner = $2`,
      [id, owner],
    );
  }

  /** Commits refreshed tokens (and drops the lease) only if nobody else did since `version` was read. */
  async commitTokens(id: string, version: number, set: Partial<ConsentSessionEntity>): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .update(ConsentSessionEntity)
      .set({ ...set, tokenVersion: version + 1, refreshLeaseOwner: null, refreshLeaseUntil: null })
      .where("id = :id AND token_version = :version", { id, version })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /**
   * Recovery sweep: a session left in EXCHANGING longer than `olderThanMs` (the process died between
   * consuming the state and storing the tokens) becomes FAILED. One conditional UPDATE: any number of
   * replicas may run it at once, each row changes once.
   */
  async failStuckExchanges(olderThanMs: number): Promise<string[]> {
    const result: unknown = await this.dataSource.query(
      `UPDATE consent_sessions SET status = '${SessionStatus.FAILED}', pkce_verifier_enc = NULL, updated_at = now()
       WHERE status = '${SessionStatus.EXCHANGING}' AND updated_at < now() - make_interval(secs => $1::double precision / 1000)
       RETURNING id`,
      [olderThanMs],
    );
    return queryRows<{ id: string }>(result).map((r) => r.id);
  }

  /**
   * Ends a session for good inside the caller's transaction: erases its secrets and personal data and
   * deletes its documents and KYC. The conditional UPDATE lets one caller win; false when it had already ended.
   */
  async endSession(manager: EntityManager, id: string): Promise<boolean> {
    const rows: unknown = await manager.query(
      `UPDATE consent_sessions SET status = '${SessionStatus.ENDED}', ${ERASE_SESSION_SECRETS}, withdrawn_at = now(),
         token_version = token_version + 1, updated_at = now()
       WHERE id = $1 AND status <> '${SessionStatus.ENDED}' RETURNING id`,
      [id],
    );
    if (queryRows(rows).length === 0) return false;
    await deleteSessionData(manager, id);
    return true;
  }

  /** PENDING sessions past their window become EXPIRED (inside the caller's transaction); returns which. */
  async expirePending(manager: EntityManager): Promise<Array<{ id: string; tenantId: string }>> {
    const rows = queryRows<{ id: string; tenant_id: string }>(
      await manager.query(
        `UPDATE consent_sessions SET status = '${SessionStatus.EXPIRED}', pkce_verifier_enc = NULL, state_enc = NULL, authorize_options_enc = NULL, updated_at = now()
         WHERE status = '${SessionStatus.PENDING}' AND expires_at < now() RETURNING id, tenant_id`,
      ),
    );
    return rows.map((r) => ({ id: r.id, tenantId: r.tenant_id }));
  }

  /**
   * Purges up to `limit` sessions past their tenant's retention period (not under legal hold) inside the
   * caller's transaction: claimed with SKIP LOCKED (replicas never share a row), their documents and KYC
   * deleted, their secrets erased, marked purged. Returns the tokens they held, for the caller to revoke.
   */
  async purgeLapsed(manager: EntityManager, limit: number): Promise<LapsedSession[]> {
    const lapsed = queryRows<{
      id: string;
      tenant_id: string;
      access_token_enc: string | null;
      refresh_token_enc: string | null;
    }>(
      await manager.query(
        `SELECT s.id, s.tenant_id, s.access_token_enc, s.refresh_token_enc
         FROM consent_sessions s JOIN tenants t ON t.id = s.tenant_id
         WHERE s.purged_at IS NULL AND NOT s.legal_hold AND (
           (s.status IN (${FINISHED_STATUSES.map((status) => `'${status}'`).join(", ")}) AND s.updated_at < now() - make_interval(days => t.retention_days))
           OR (s.status = '${SessionStatus.ACTIVE}' AND s.consent_valid_till < now() - make_interval(days => t.retention_days))
         )
         ORDER BY s.updated_at LIMIT $1 FOR UPDATE OF s SKIP LOCKED`,
        [limit],
      ),
    );
    for (const row of lapsed) {
      await deleteSessionData(manager, row.id);
      await manager.query(
        `UPDATE consent_sessions SET status = CASE WHEN status = '${SessionStatus.ACTIVE}' THEN '${SessionStatus.EXPIRED}' ELSE status END,
           ${ERASE_SESSION_SECRETS}, purged_at = now(), updated_at = now()
         WHERE id = $1`,
        [row.id],
      );
    }
    return lapsed.map((r) => ({
      id: r.id,
      tenantId: r.tenant_id,
      accessTokenEnc: r.access_token_enc,
      refreshTokenEnc: r.refresh_token_enc,
    }));
  }

  /**
   * Records when the session's document list was last synced and how many documents it holds, inside
   * the caller's transaction (with the list).
   */
  async markDocumentsSynced(
    manager: Pick<EntityManager, "query">,
    id: string,
    at: Date,
    count: number,
  ): Promise<void> {
    await manager.query(
      `UPDATE consent_sessions SET documents_synced_at = $2, documents_count = $3 WHERE id = $1`,
      [id, at, count],
    );
  }
}
