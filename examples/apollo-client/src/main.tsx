// LockerKit with Apollo Client: @lockerkit/react does consent and claim; Apollo Client reads the
// session with LockerKit's typed documents (generated from the committed schema, shipped in
// @lockerkit/client), sending the session token, with the automatic persisted-query link.
import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  gql,
  type TypedDocumentNode,
} from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { ApolloProvider, useQuery } from "@apollo/client/react";
import { documents, type TypedDocument } from "@lockerkit/client";
import { ConnectDigiLockerButton, LockerKitProvider, useClaimOnReturn, useLockerKit } from "@lockerkit/react";
import { useMemo } from "react";
import { createRoot } from "react-dom/client";

const API = "/graphql";
const PUBLISHABLE_KEY = "lk_pk_…"; // printed by `npm start`

/** LockerKit's documents are strings (no graphql runtime in the client); Apollo wants a parsed AST. */
const toNode = <TResult, TVariables>(document: TypedDocument<TResult, TVariables>) =>
  gql(document.toString()) as TypedDocumentNode<TResult, TVariables & Record<string, unknown>>;

const Me = toNode(documents.MeDocument);
const Documents = toNode(documents.DocumentsDocument);

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function apolloFor(token: string) {
  const auth = new SetContextLink((prev) => ({
    headers: { ...prev.headers, authorization: `Bearer ${token}` },
  }));
  const link = ApolloLink.from([auth, new PersistedQueryLink({ sha256 }), new HttpLink({ uri: API })]);
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

function SessionView() {
  const me = useQuery(Me);
  const docs = useQuery(Documents, { variables: { first: 20 } });
  if (me.error || docs.error) return <p role="alert">{(me.error ?? docs.error)?.message}</p>;
  return (
    <section>
      <h2>{me.data?.me?.name}</h2>
      <p>{docs.data?.documents.totalCount} documents</p>
      <ul>
        {docs.data?.documents.edges.map(({ node }) => (
          <li key={node.id}>{node.name}</li>
        ))}
      </ul>
    </section>
  );
}

function App() {
  const { session } = useLockerKit();
  const claim = useClaimOnReturn();
  const apollo = useMemo(() => (session ? apolloFor(session.token) : null), [session]);
  if (apollo)
    return (
      <ApolloProvider client={apollo}>
        <SessionView />
      </ApolloProvider>
    );
  if (claim.kind === "claiming") return <p role="status">Finishing consent…</p>;
  if (claim.kind === "error") return <p role="alert">{claim.error.code}</p>;
  return <ConnectDigiLockerButton input={{ documentTypes: ["ADHAR", "PANCR"] }} />;
}

createRoot(document.getElementById("root")!).render(
  <LockerKitProvider url={API} key={PUBLISHABLE_KEY}>
    <App />
  </LockerKitProvider>,
);
