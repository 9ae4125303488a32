// A consumer of the packed @lockerkit/client, type-checked with bundler and node16 (ESM and CJS).
import {
  LockerKit,
  LockerKitError,
  type ErrorCode,
  type DocumentSummary,
  type SessionStatus,
  documents,
} from "@lockerkit/client";

export async function journey(code: string): Promise<number> {
  const lk = new LockerKit({ url: "http://localhost:4000/graphql", key: "lk_pk_x" });
  const started = await lk.startConsent({
    returnUrl: "http://localhost:4000/return",
    documentTypes: ["ADHAR"],
  });
  const url: string = started.authorizationUrl;
  const status: SessionStatus = await lk.consentStatus(started.statusToken);
  for await (const update of lk.watchConsent(started.statusToken, { pollIntervalMs: 500 }))
    void update.status;
  const session = await lk.claim(code, { claimVerifier: started.claimVerifier });
  const all: DocumentSummary[] = [];
  for await (const doc of session.documents({ pageSize: 20 })) all.push(doc);
  const kyc = await session.aadhaarKyc();
  const assurance: "DIGILOCKER_VERIFIED" | "OFFLINE_VERIFIED" | "QR_VERIFIED" | "UNVERIFIED" | undefined =
    kyc?.assurance;
  const receipt = await session.kycReceipt();
  const presentation: string = receipt.present(["name", "yearOfBirth"]);
  const claims: readonly string[] = receipt.claims;
  void [url, status, assurance, presentation, claims, documents.DocumentsDocument.toString()];
  await session.end();
  return all.length;
}

export function describe(error: unknown): ErrorCode | "NETWORK_ERROR" | null {
  if (error instanceof LockerKitError) {
    const code = error.code;
    if (code === "GRAPHQL_VALIDATION_FAILED" || code === "CONSENT_PENDING") return code;
    return code;
  }
  return null;
}
