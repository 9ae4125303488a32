import { graphql } from "./gql";
import { expectData, startTestStack, type TestStack } from "./support/test-stack";

const K1 = `k1:${Buffer.alloc(32, 1).toString("base64")}`;
const K2 = `k2:${Buffer.alloc(32, 2).toString("base64")}`;

const READ = graphql(`
  query RotationRead { me { name } documents(first: 10) { edges { node { uri content { format } } } } aadhaarKyc { maskedAadhaar } }
`);
const DOC = graphql(`query RotationDoc($id: ID!) { document(id: $id) { content { sha256 } } }`);
const IDS = graphql(`query RotationIds { documents(first: 1, filter: { doctypes: ["PANCR"] }) { edges { node { id } } } }`);

describe("encryption key rotation", () => {
  let stack: TestStack;

  beforeAll(async () => {
    // The server knows both keys; k1 encrypts until the rotation makes k2 current for stored data.
    stack = await startTestStack({ encryptionKeys: `${K1},${K2}` });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("re-encrypts every stored value under the new key while reads keep working", async () => {
    const { sessionToken } = await stack.consent("typical");
    const id = expectData(await stack.gql(IDS, {}, sessionToken)).documents.edges[0].node.id;
    expectData(await stack.gql(DOC, { id }, sessionToken));
    const before = expectData(await stack.gql(READ, {}, sessionToken));
    expect((await stack.server.admin.dumpTables()).match(/v1\.k1\./g)?.length).toBeGreaterThan(10);

    const rewritten = await stack.server.admin.rotateKeys(`${K2},${K1}`);
    expect(rewritten).toBeGreaterThan(10);
    const dump = await stack.server.admin.dumpTables();
    expect(dump).not.toContain("v1.k1.");
    expect(dump).toContain("v1.k2.");
    expect(expectData(await stack.gql(READ, {}, sessionToken))).toEqual(before);
    // A second run has nothing left to do.
    expect(await stack.server.admin.rotateKeys(`${K2},${K1}`)).toBe(0);
  });
});
