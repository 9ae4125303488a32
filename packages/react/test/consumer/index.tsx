// A consumer of the packed @lockerkit/react (and @lockerkit/client), type-checked with bundler and node16.
import {
  ConnectDigiLockerButton,
  LockerKitProvider,
  useAadhaarKyc,
  useClaimOnReturn,
  useConsentStatus,
  useDocuments,
} from "@lockerkit/react";
import type { LockerKitError } from "@lockerkit/client";

function Documents() {
  const { documents, hasNextPage, loadMore, loading, totalCount } = useDocuments({
    pageSize: 20,
    filter: { doctypes: ["PANCR"] },
  });
  const { kyc } = useAadhaarKyc();
  return (
    <section aria-busy={loading}>
      <p>
        {kyc?.maskedAadhaar} {totalCount}
      </p>
      <ul>
        {documents.map((d) => (
          <li key={d.id}>{d.name}</li>
        ))}
      </ul>
      {hasNextPage && <button onClick={loadMore}>More</button>}
    </section>
  );
}

function Return() {
  const state = useClaimOnReturn();
  const { status } = useConsentStatus();
  if (state.kind === "claimed") return <Documents />;
  if (state.kind === "error") return <p>{state.error.code}</p>;
  return <p>{status}</p>;
}

export function App() {
  return (
    <LockerKitProvider url="/graphql" key="lk_pk_x">
      <ConnectDigiLockerButton
        input={{ documentTypes: ["ADHAR"] }}
        onError={(e: LockerKitError) => console.log(e.code)}
      />
      <Return />
    </LockerKitProvider>
  );
}
