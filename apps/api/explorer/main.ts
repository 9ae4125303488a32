// The self-hosted explorer at GET /explorer (development only): GraphiQL bundled at build time, so it
// loads with no network beyond this server. The demo tenant's publishable key is preset in the headers,
// or, after a demo journey, the session token (see sessionToken below).
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

const SESSION_QUERY = `# The demo journey's session token is preset in Headers below
# (this tab only). Run this, then try documents(first: 5) or aadhaarKyc.
query Me {
  me {
    name
    sessionStatus
    consentValidTill
  }
}
`;

/** Where @lockerkit/react keeps the session token: sessionStorage of this origin, this tab only. */
const TOKEN_KEY = "lockerkit.sessionToken";
const SESSION_TOKEN = /^lk_st_[A-Za-z0-9_-]+$/;

/**
 * The session token of a demo journey: handed over in the URL fragment by the demo's "Open in GraphQL
 * explorer" (`/explorer#token=lk_st_…`; a fragment never reaches a server or a Referer), then taken out
 * of the address bar and the history at once and kept in this tab's sessionStorage, so a reload keeps
 * it. Without a fragment, the token of a journey made in this very tab.
 */
function sessionToken(): string | null {
  const handed = new URLSearchParams(location.hash.slice(1)).get("token");
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);
  let storage: Storage | null = null;
  try {
    storage = sessionStorage;
  } catch {
    // storage disabled: the token lives only in this page
  }
  if (handed && SESSION_TOKEN.test(handed)) {
    storage?.setItem(TOKEN_KEY, handed);
    return handed;
  }
  const stored = storage?.getItem(TOKEN_KEY) ?? null;
  return stored && SESSION_TOKEN.test(stored) ? stored : null;
}

async function main() {
  const token = sessionToken();
  const config = (await fetch("/demo-config.json")
    .then(
      (r) => (r.ok ? r.json() : {}),
      () => ({}),
    )
    .catch(() => ({}))) as { publishableKey?: string | null };
  const authorization = config.publishableKey ? `Bearer ${config.publishableKey}` : null;
  // HTTP requests carry the session token when there is one; subscriptions need the tenant key.
  const httpAuthorization = token ? `Bearer ${token}` : authorization;
  const headers = JSON.stringify(httpAuthorization ? { Authorization: httpAuthorization } : {}, null, 2);
  const fetcher = createGraphiQLFetcher({
    url: `${location.origin}/graphql`,
    subscriptionUrl: `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`,
    wsConnectionParams: authorization ? { authorization } : {},
  });
  createRoot(document.getElementById("explorer")!).render(
    createElement(GraphiQL, {
      fetcher,
      defaultQuery: token ? SESSION_QUERY : DEFAULT_QUERY,
      defaultHeaders: headers,
      initialHeaders: headers,
      shouldPersistHeaders: false,
    }),
  );
}

void main();
