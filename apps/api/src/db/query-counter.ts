import type { Logger as TypeOrmLogger } from "typeorm";

/** Counts SQL statements sent (for the statements-per-request tests and metrics); logs nothing. */
export class QueryCounter implements TypeOrmLogger {
  count = 0;

  logQuery(): void {
    this.count++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
