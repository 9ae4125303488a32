import { LockerKitError } from "@lockerkit/client";

/** What `/demo-config.json` tells the demo: the demo tenant's publishable key, the endpoint, the explorer. */
export interface DemoConfig {
  publishableKey: string | null;
  graphqlUrl: string;
  /** GraphiQL on the API (development only), else null. */
  explorerUrl: string | null;
}

export async function loadDemoConfig(): Promise<DemoConfig> {
  const res = await fetch("/demo-config.json", {
    headers: { accept: "application/json" },
    cache: "no-store",
  }).catch(() => null);
  if (!res?.ok)
    throw new LockerKitError(
      `the API answered ${res?.status ?? "nothing"} for /demo-config.json`,
      "NETWORK_ERROR",
      { demo: "config" },
    );
  const config = (await res.json()) as DemoConfig;
  return { ...config, graphqlUrl: config.graphqlUrl || "/graphql", explorerUrl: config.explorerUrl ?? null };
}
