import { EncryptionService } from "../src/crypto/encryption.service";
import { SEALED_COLUMNS } from "../src/jobs/key-rotation.job";
import { tenantSecretAad } from "../src/modules/tenants/tenant.repository";
import { graphql } from "./gql";
import { expectData, startTestStack, type TestStack } from "./support/test-stack";

const K1 = `k1:${Buffer.alloc(32, 1).toString("base64")}`;
const K2 = `k2:${Buffer.alloc(32, 2).toString("base64")}`;

const READ = graphql(`
  query RotationRead {
    me {
      name
    }
    documents(first: 10) {
      edges {
        node {
          uri
          content {
            format
          }
        }
      }
    }
    aadhaarKyc {
      maskedAadhaar
    }
  }
`);
const DOC = graphql(`
  query RotationDoc($id: ID!) {
    document(id: $id) {
      content {
        sha256
      }
    }
  }
`);
const IDS = graphql(`
  query RotationIds {
    documents(first: 1, filter: { doctypes: ["PANCR"] }) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

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

  it("re-encrypts a tenant's own DigiLocker client secret, which then decrypts under the new key only", async () => {
    const { tenant } = await stack.server.admin.tenants.create({
      name: "Own DigiLocker client",
      returnUrls: ["http://localhost:*"],
      origins: [],
    });
    await stack.server.admin.tenants.setPolicy(tenant.id, {
      digilocker: { clientId: "own-client", clientSecret: "own-client-secret" },
    });
    const sealedSecret = async () => {
      const [row] = (await stack.server.admin.sql(
        `SELECT digilocker_client_secret_enc AS v FROM tenants WHERE id = $1`,
        [tenant.id],
      )) as Array<{ v: string }>;
      return row.v;
    };
    // The server still seals new values under k1.
    expect(await sealedSecret()).toMatch(/^v1\.k1\./);

    expect(await stack.server.admin.rotateKeys(`${K2},${K1}`)).toBeGreaterThanOrEqual(1);
    const rotated = await sealedSecret();
    expect(rotated).toMatch(/^v1\.k2\./);
    expect(EncryptionService.parse(K2).decrypt(rotated, tenantSecretAad(tenant.id))).toBe(
      "own-client-secret",
    );
    expect(() => EncryptionService.parse(K1).decrypt(rotated, tenantSecretAad(tenant.id))).toThrow();
    expect(await stack.server.admin.rotateKeys(`${K2},${K1}`)).toBe(0);
  });

  it("knows every sealed column of the schema", async () => {
    const columns = (await stack.server.admin.sql(
      `SELECT table_name || '.' || column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND column_name LIKE '%\\_enc'`,
    )) as Array<{ name: string }>;
    const rotated = new Set(SEALED_COLUMNS.map((c) => `${c.table}.${c.column}`));
    expect(columns.map((c) => c.name).sort()).toEqual([...rotated].sort());
  });
});
