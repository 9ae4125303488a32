import { randomBytes } from "node:crypto";
import { Client } from "pg";

export interface TestDatabase {
  /** Unset: the server runs on in-memory PGlite. */
  databaseUrl: string | undefined;
  drop(): Promise<void>;
}

/**
 * Each test file gets a database of its own: with DATABASE_URL a fresh database on that server
 * (created here, dropped at the end), without it an in-memory PGlite inside the server.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL;
  if (!base) return { databaseUrl: undefined, drop: async () => undefined };
  const name = `lk_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: base });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
