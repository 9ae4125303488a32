import type { DataSource } from "typeorm";

/** Every row of every table as text: what an attacker with a database dump would read. */
export async function dumpTables(dataSource: DataSource): Promise<string> {
  const tables: Array<{ table_name: string }> = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const [row]: Array<{ dump: string | null }> = await dataSource.query(
      `SELECT string_agg(t::text, E'\\n') AS dump FROM "${table_name}" t`,
    );
    parts.push(`-- ${table_name}\n${row?.dump ?? ""}`);
  }
  return parts.join("\n");
}
