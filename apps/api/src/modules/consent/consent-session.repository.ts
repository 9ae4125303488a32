import type { DataSource, Repository } from "typeorm";
import { ConsentSessionEntity, SessionStatus } from "../../db/entities/consent-session.entity";

/**
 * Every state change is one conditional UPDATE … RETURNING, so concurrent or replayed requests
 * cannot both win a transition.
 */
export class ConsentSessionRepository {
  private readonly repo: Repository<ConsentSessionEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(ConsentSessionEntity);
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

  findByStateHash(stateHash: string): Promise<ConsentSessionEntity | null> {
    return this.repo.findOneBy({ stateHash });
  }

  findBySessionTokenHash(hash: string): Promise<ConsentSessionEntity | null> {
    return this.repo.findOneBy({ sessionTokenHash: hash });
  }

  findByIdempotencyKey(tenantId: string, key: string): Promise<ConsentSessionEntity | null> {
    return this.repo.findOneBy({ tenantId, idempotencyKey: key });
  }

  /** Consumes a live PENDING state exactly once, moving it to `next`. */
  async consumeState(stateHash: string, next: SessionStatus): Promise<ConsentSessionEntity | null> {
    return this.transition({ stateHash, from: [SessionStatus.PENDING], to: next, live: true });
  }

  /** PENDING past its window → EXPIRED (no token request is ever made for it). */
  async expireState(stateHash: string): Promise<ConsentSessionEntity | null> {
    return this.transition({ stateHash, from: [SessionStatus.PENDING], to: SessionStatus.EXPIRED });
  }

  async transition(args: {
    id?: string;
    stateHash?: string;
    from: SessionStatus[];
    to: SessionStatus;
    live?: boolean;
    set?: Partial<ConsentSessionEntity>;
  }): Promise<ConsentSessionEntity | null> {
    const qb = this.repo
      .createQueryBuilder()
      .update(ConsentSessionEntity)
      .set({ ...args.set, status: args.to })
      .where("status IN (:...from)", { from: args.from });
    if (args.id) qb.andWhere("id = :id", { id: args.id });
    if (args.stateHash) qb.andWhere("state_hash = :stateHash", { stateHash: args.stateHash });
    if (args.live) qb.andWhere("expires_at > now()");
    const result = await qb.returning("*").execute();
    const row = (result.raw as Record<string, unknown>[])[0];
    return row ? this.repo.create(this.fromRaw(row)) : null;
  }

  /** Spends a claim code once and binds a session token hash to the session. */
  async claim(claimCodeHash: string, sessionTokenHash: string): Promise<ConsentSessionEntity | null> {
    const result = await this.repo
      .createQueryBuilder()
      .update(ConsentSessionEntity)
      .set({ claimCodeHash: null, claimExpiresAt: null, sessionTokenHash })
      .where("claim_code_hash = :claimCodeHash AND claim_expires_at > now() AND status = :active", {
        claimCodeHash,
        active: SessionStatus.ACTIVE,
      })
      .returning("*")
      .execute();
    const row = (result.raw as Record<string, unknown>[])[0];
    return row ? this.repo.create(this.fromRaw(row)) : null;
  }

  /** Commits refreshed tokens only if nobody else did since `version` was read. */
  async commitTokens(id: string, version: number, set: Partial<ConsentSessionEntity>): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .update(ConsentSessionEntity)
      .set({ ...set, tokenVersion: version + 1 })
      .where("id = :id AND token_version = :version", { id, version })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  markDocumentsSynced(id: string, at: Date): Promise<unknown> {
    return this.repo.update({ id }, { documentsSyncedAt: at });
  }

  /** RETURNING gives column names; map them back onto entity properties. */
  private fromRaw(row: Record<string, unknown>): Partial<ConsentSessionEntity> {
    const entity: Record<string, unknown> = {};
    for (const column of this.dataSource.getMetadata(ConsentSessionEntity).columns) {
      if (column.databaseName in row) entity[column.propertyName] = row[column.databaseName];
    }
    return entity as Partial<ConsentSessionEntity>;
  }
}
