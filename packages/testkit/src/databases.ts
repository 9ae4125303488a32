import { randomBytes } from "node:crypto";
import { Client } from "pg";

export interface Database {
  url: string;
  name: string;
  /** Drops the database, ending any session still on it. */
  drop(): Promise<void>;
}

export interface CreateDatabaseOptions {
  /** A server URL to connect to for CREATE/DROP DATABASE. */
  adminUrl: string;
  /** The database is `<prefix>_<pid>_<suffix>`: the pid tells whose it is. */
  prefix: string;
  /** A fixed suffix (dropped first if it exists); a random one by default. */
  suffix?: string;
  /** First drop `<prefix>_<pid>_*` databases whose process is gone (left by a run killed outright). */
  reapStale?: boolean;
  connectionTimeoutMillis?: number;
}

/** Runs `work` on one connection to `databaseUrl`, closed afterwards. */
export async function withClient<T>(
  databaseUrl: string,
  work: (client: Client) => Promise<T>,
  connectionTimeoutMillis?: number,
): Promise<T> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database on the server `adminUrl` names. Throws when the server is unreachable. */
export async function createDatabase({
  adminUrl,
  prefix,
  suffix,
  reapStale = false,
  connectionTimeoutMillis,
}: CreateDatabaseOptions): Promise<Database> {
  const name = `${prefix}_${process.pid}_${suffix ?? randomBytes(4).toString("hex")}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, "_");
  await withClient(
    adminUrl,
    async (admin) => {
      if (reapStale) await reapStaleDatabases(admin, prefix);
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.query(`CREATE DATABASE ${name}`);
    },
    connectionTimeoutMillis,
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      withClient(
        adminUrl,
        (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined),
        connectionTimeoutMillis,
      ),
  };
}

async function reapStaleDatabases(admin: Client, prefix: string): Promise<void> {
  const pattern = new RegExp(`^${prefix}_(\\d+)_[0-9a-z_]+$`);
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
    [`${prefix}_`],
  );
  for (const { datname } of rows) {
    const pid = Number(pattern.exec(datname)?.[1]);
    if (!pid || isAlive(pid)) continue;
    await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface TestDatabase {
  /** Unset: the server runs on in-memory PGlite. */
  databaseUrl: string | undefined;
  drop(): Promise<void>;
}

/**
 * A database for one test file: with DATABASE_URL a fresh database on that server (dropped by
 * `drop()`), without it none, and the API runs on in-memory PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) return { databaseUrl: undefined, drop: async () => undefined };
  const db = await createDatabase({ adminUrl, prefix: "lk_test" });
  return { databaseUrl: db.url, drop: db.drop };
}
