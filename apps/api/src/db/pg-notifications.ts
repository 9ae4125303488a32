import { Client } from "pg";

/**
 * LISTENs on `channel` over a dedicated connection (LISTEN holds its connection; the pool's are
 * shared). `onError` is told when the connection is lost (it is closed by then). Returns the close.
 */
export async function listenPostgres(
  databaseUrl: string,
  channel: string,
  onNotification: (payload: string | undefined) => void,
  onError: (error: Error) => void,
): Promise<() => Promise<void>> {
  const client = new Client({ connectionString: databaseUrl, application_name: "lockerkit-api-listen" });
  client.on("notification", (message) => onNotification(message.payload));
  client.on("error", (error) => {
    void client.end().catch(() => undefined);
    onError(error);
  });
  await client.connect();
  await client.query(`LISTEN ${channel}`);
  return () => client.end();
}
