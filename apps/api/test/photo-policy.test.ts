import { graphql } from "./gql";
import { expectData, startTestStack, type TestStack } from "./support/test-stack";

const KYC = graphql(`
  query PhotoPolicyKyc {
    aadhaarKyc {
      maskedAadhaar
      photo
    }
  }
`);

/** The fewest statements of three reads: background jobs (webhook poll, purge) share the server's counter. */
async function statementsOfRead(stack: TestStack, token: string): Promise<number> {
  let fewest = Infinity;
  for (let i = 0; i < 3; i++) {
    const before = stack.server.sqlStatements();
    expectData(await stack.gql(KYC, {}, token));
    fewest = Math.min(fewest, stack.server.sqlStatements() - before);
  }
  return fewest;
}

describe("a stored e-Aadhaar's photo and the tenant's photo policy", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function tenantWithPhotos(returnPhotos: boolean) {
    const { tenant, keys } = await stack.server.admin.tenants.create({
      name: returnPhotos ? "Photo lender" : "Plain lender",
      returnUrls: ["http://localhost:*"],
      origins: [],
    });
    await stack.server.admin.tenants.setPolicy(tenant.id, { returnPhotos });
    return { tenantId: tenant.id, publishableKey: keys.publishableKey };
  }

  it("a stored photo follows the tenant's policy of the moment, read after read", async () => {
    const { tenantId, publishableKey } = await tenantWithPhotos(true);
    const { sessionToken } = await stack.consent("typical", {}, publishableKey);
    const fetched = expectData(await stack.gql(KYC, {}, sessionToken)).aadhaarKyc!;
    expect(fetched.photo).toMatch(/^data:image\/(jpeg|png);base64,/);

    await stack.server.admin.tenants.setPolicy(tenantId, { returnPhotos: false });
    expect(expectData(await stack.gql(KYC, {}, sessionToken)).aadhaarKyc).toEqual({
      maskedAadhaar: fetched.maskedAadhaar,
      photo: null,
    });
    await stack.server.admin.tenants.setPolicy(tenantId, { returnPhotos: true });
    expect(expectData(await stack.gql(KYC, {}, sessionToken)).aadhaarKyc).toEqual(fetched);
  });

  it("a photo kept nowhere is answered without reading the tenant: one statement fewer", async () => {
    const plain = await tenantWithPhotos(false);
    const withPhotos = await tenantWithPhotos(true);
    const noPhoto = await stack.consent("typical", {}, plain.publishableKey);
    const photo = await stack.consent("typical", {}, withPhotos.publishableKey);
    expect(expectData(await stack.gql(KYC, {}, noPhoto.sessionToken)).aadhaarKyc!.photo).toBeNull();
    expect(expectData(await stack.gql(KYC, {}, photo.sessionToken)).aadhaarKyc!.photo).toMatch(/^data:image/);

    // The session lookup and the stored record; the tenant's policy only where a photo is stored.
    expect(await statementsOfRead(stack, noPhoto.sessionToken)).toBe(2);
    expect(await statementsOfRead(stack, photo.sessionToken)).toBe(3);

    // Turned on later, the policy cannot show a photo that was never kept.
    await stack.server.admin.tenants.setPolicy(plain.tenantId, { returnPhotos: true });
    expect(expectData(await stack.gql(KYC, {}, noPhoto.sessionToken)).aadhaarKyc!.photo).toBeNull();
  });
});
