// The self-hosted explorer at GET /explorer (development only): GraphiQL bundled at build time, so it
// loads with no network beyond this server. The demo tenant's publishable key is preset in the headers.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "./explorer.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createElement } from "react";
import { createRoot } from "react-dom/client";

const DEFAULT_QUERY = `# Start a consent with the demo tenant's publishable key (preset in Headers below), open
# authorizationUrl in a browser, and watch the status with the statusToken:
#   subscription { consentStatusChanged(statusToken: "lk_cs_…") { status updatedAt } }
mutation Start {
  startConsent(input: { returnUrl: "${location.origin}/" }) {
    session { id status expiresAt }
    authorizationUrl
    claimVerifier
    statusToken
  }
}
`;

async function main() {
  const config = (await fetch("/demo-config.json")
    .then(
      (r) => (r.ok ? r.json() : {}),
      () => ({}),
    )
    .catch(() => ({}))) as { publishableKey?: string | null };
  const authorization = config.publishableKey ? `Bearer ${config.publishableKey}` : null;
  const headers = JSON.stringify(authorization ? { authorization } : {}, null, 2);
  const fetcher = createGraphiQLFetcher({
    url: `${location.origin}/graphql`,
    subscriptionUrl: `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`,
    wsConnectionParams: authorization ? { authorization } : {},
  });
  createRoot(document.getElementById("explorer")!).render(
    createElement(GraphiQL, {
      fetcher,
      defaultQuery: DEFAULT_QUERY,
      defaultHeaders: headers,
      initialHeaders: headers,
      shouldPersistHeaders: false,
    }),
  );
}

void main();
