import type { DataSource, EntityTarget } from "typeorm";

/**
 * Raw rows (`SELECT *`, `RETURNING *`) onto entities, by the column → property map read once from the
 * entity metadata: on the request hot path TypeORM's query builder and entity transformer cost more
 * CPU than the statement. Only for entities without column transformers.
 */
export class EntityRows<T extends object> {
  private columns: ReadonlyArray<readonly [string, string]> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly entity: (new () => T) & EntityTarget<T>,
  ) {}

  /** A full row as an entity instance. */
  toEntity(row: Record<string, unknown>): T {
    const entity = new this.entity() as Record<string, unknown>;
    for (const [databaseName, propertyName] of this.map()) entity[propertyName] = row[databaseName];
    return entity as T;
  }

  /** The columns a row has (RETURNING of some columns), as entity properties. */
  toPartial(row: Record<string, unknown>): Partial<T> {
    const entity: Record<string, unknown> = {};
    for (const [databaseName, propertyName] of this.map()) {
      if (databaseName in row) entity[propertyName] = row[databaseName];
    }
    return entity as Partial<T>;
  }

  private map(): ReadonlyArray<readonly [string, string]> {
    this.columns ??= this.dataSource
      .getMetadata(this.entity)
      .columns.map((c) => [c.databaseName, c.propertyName] as const);
    return this.columns;
  }
}
