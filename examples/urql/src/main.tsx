// LockerKit with urql: @lockerkit/react does consent and claim; urql reads the session with
// LockerKit's typed documents (generated from the committed schema, shipped in @lockerkit/client).
import { documents, type TypedDocument } from "@lockerkit/client";
import { ConnectDigiLockerButton, LockerKitProvider, useClaimOnReturn, useLockerKit } from "@lockerkit/react";
import { useMemo } from "react";
import { createRoot } from "react-dom/client";
import { Client, Provider, cacheExchange, fetchExchange, gql, useQuery, type AnyVariables } from "urql";

const API = "/graphql";
const PUBLISHABLE_KEY = "lk_pk_…"; // printed by `npm start`

/** LockerKit's documents are strings (no graphql runtime in the client); urql parses them once. */
const toNode = <TResult, TVariables extends AnyVariables>(document: TypedDocument<TResult, TVariables>) =>
  gql<TResult, TVariables>(document.toString());

const Me = toNode(documents.MeDocument);
const Documents = toNode(documents.DocumentsDocument);

function urqlFor(token: string) {
  return new Client({
    url: API,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
  });
}

function SessionView() {
  const [me] = useQuery({ query: Me, variables: {} });
  const [docs] = useQuery({ query: Documents, variables: { first: 20 } });
  // urql's CombinedError keeps the API's extensions.code on each GraphQL error.
  const error = me.error ?? docs.error;
  if (error) return <p role="alert">{String(error.graphQLErrors[0]?.extensions.code ?? error.message)}</p>;
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
  const client = useMemo(() => (session ? urqlFor(session.token) : null), [session]);
  if (client)
    return (
      <Provider value={client}>
        <SessionView />
      </Provider>
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
