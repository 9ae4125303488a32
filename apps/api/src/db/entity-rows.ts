import type { DataSource, EntityTarget } from "typeorm";

/** How a column's JSON value (`to_json(row)`) becomes what node-postgres would have parsed. */
type FromJson = ((value: unknown) => unknown) | null;

const asDate: FromJson = (value) => (value === null ? null : new Date(value as string));

/** The column types the JSON form supports, and their conversion (`null`: JSON already gives pg's value). */
const FROM_JSON: Record<string, FromJson> = {
  uuid: null,
  text: null,
  integer: null,
  boolean: null,
  timestamptz: asDate,
};

/**
 * Raw rows (`to_json(row)` on the hot reads, `RETURNING *`) onto entities, by the column → property
 * map read once from the entity metadata: on the request hot path TypeORM's query builder and entity
 * transformer cost more CPU than the statement. Only for entities without column transformers.
 */
export class EntityRows<T extends object> {
  private columns: ReadonlyArray<readonly [string, string]> | null = null;
  private jsonColumns: ReadonlyArray<readonly [string, string, FromJson]> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly entity: (new () => T) & EntityTarget<T>,
  ) {}

  /**
   * A whole row selected as one JSON value, `SELECT to_json(t) AS row FROM table t …`. On the hot
   * reads this costs node-postgres about half the CPU of `SELECT *`: one field to describe, decode and
   * parse instead of one per column (40 for a session).
   */
  fromJson(row: Record<string, unknown>): T {
    const entity = new this.entity() as Record<string, unknown>;
    for (const [databaseName, propertyName, convert] of this.jsonMap()) {
      const value = row[databaseName];
      entity[propertyName] = convert ? convert(value) : value;
    }
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

  private jsonMap(): ReadonlyArray<readonly [string, string, FromJson]> {
    this.jsonColumns ??= this.dataSource.getMetadata(this.entity).columns.map((c) => {
      const type = String(c.type);
      if (!(type in FROM_JSON))
        throw new Error(`EntityRows.fromJson: column ${c.databaseName} has type ${type}`);
      return [c.databaseName, c.propertyName, FROM_JSON[type]] as const;
    });
    return this.jsonColumns;
  }
}
