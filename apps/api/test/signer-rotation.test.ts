import { graphql } from "./gql";
import { expectData, startTestStack, type TestStack } from "./support/test-stack";

const KYC_SIGNATURE = graphql(`
  query RotationKyc {
    aadhaarKyc {
      name
      signature {
        verified
        reason
        signer
        fingerprint
        trustedBy
        chain
      }
    }
  }
`);

const SANDBOX_CHAIN = [
  "DS LOCKERKIT SANDBOX SIGNER (TEST ONLY)",
  "LockerKit Sandbox Document Signer Sub-CA - NOT FOR PRODUCTION",
  "LockerKit Sandbox Test CA - NOT FOR PRODUCTION",
];

/** DigiLocker renews its signing certificate without notice: trust follows the root, not a pinned leaf. */
describe("a rotated DigiLocker signer (sandbox)", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("the e-Aadhaar verifies by certificate chain to the sandbox root, before and after POST /__sandbox/rotate-signer", async () => {
    const first = await stack.consent("typical");
    const before = expectData(await stack.gql(KYC_SIGNATURE, {}, first.sessionToken)).aadhaarKyc!;
    expect(before.signature).toMatchObject({
      verified: true,
      reason: null,
      trustedBy: "CERTIFICATE_CHAIN",
      chain: SANDBOX_CHAIN,
    });

    const rotated = await fetch(`${stack.sandboxUrl}/__sandbox/rotate-signer`, { method: "POST" });
    expect(rotated.status).toBe(201);
    const { fingerprint } = (await rotated.json()) as { fingerprint: string };
    expect(fingerprint).not.toBe(before.signature.fingerprint);

    // A fresh journey, no configuration change: the new leaf was never seen by the API.
    const second = await stack.consent("typical");
    const after = expectData(await stack.gql(KYC_SIGNATURE, {}, second.sessionToken)).aadhaarKyc!;
    expect(after.name).toBe("Asha Verma");
    expect(after.signature).toEqual({
      verified: true,
      reason: null,
      signer: "DS LOCKERKIT SANDBOX SIGNER (TEST ONLY)",
      fingerprint,
      trustedBy: "CERTIFICATE_CHAIN",
      chain: SANDBOX_CHAIN,
    });
  });
});
