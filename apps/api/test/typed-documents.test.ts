import { graphql } from "./gql";
import { expectData, startTestStack, type TestStack } from "./support/test-stack";

const LIST = graphql(`
  query TypedList {
    documents(first: 50) {
      edges {
        node {
          id
          uri
          doctype
        }
      }
    }
  }
`);
const TYPED = graphql(`
  query TypedDocument($id: ID!) {
    document(id: $id) {
      id
      content {
        format
        integrity {
          hmacVerified
          signatureVerified
        }
        signature {
          verified
          reason
          signer
          trustedBy
          chain
        }
        data {
          __typename
          ... on CertificateDocument {
            documentNumber
            holderName
            issuedOn
            issuerName
          }
          ... on PanVerification {
            pan
            name
            dateOfBirth
            status
          }
          ... on DrivingLicence {
            licenceNumber
            validFrom
            validTo
            nonTransportValidTo
            transportValidFrom
            transportValidTo
            issuingAuthority
            vehicleClasses {
              code
              description
              category
              transport
              issuedOn
              endorsedOn
            }
          }
          ... on GenericCertificate {
            title
            number
            fields {
              label
              path
              value
            }
          }
        }
      }
    }
  }
`);
const LISTED_DATA = graphql(`
  query TypedListedData {
    documents(first: 50) {
      edges {
        node {
          doctype
          content {
            data {
              __typename
              ... on CertificateDocument {
                documentNumber
              }
            }
          }
        }
      }
    }
  }
`);

describe("typed documents over GraphQL", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function documentOf(persona: string, doctype: string) {
    const { sessionToken } = await stack.consent(persona);
    const nodes = expectData(await stack.gql(LIST, {}, sessionToken)).documents.edges.map((e) => e.node);
    const node = nodes.find((n) => n.doctype === doctype)!;
    const content = expectData(await stack.gql(TYPED, { id: node.id }, sessionToken)).document!.content!;
    return { node, content, sessionToken };
  }

  it("a PAN's `... on PanVerification { pan }` is the PAN in its DigiLocker URI; the signature is verified like the e-Aadhaar's", async () => {
    const { node, content } = await documentOf("typical", "PANCR");
    const panInUri = /-PANCR-([A-Z0-9]+)$/.exec(node.uri)![1];
    expect(content.data?.__typename).toBe("PanVerification");
    if (content.data?.__typename !== "PanVerification") throw new Error("not a PAN");
    expect(content.data.pan).toBe(panInUri);
    expect(content.data).toMatchObject({
      documentNumber: panInUri,
      holderName: "Asha Verma",
      name: "Asha Verma",
      dateOfBirth: "1992-08-14",
      issuerName: "Income Tax Department",
    });
    expect(content.signature).toMatchObject({
      verified: true,
      reason: null,
      trustedBy: "CERTIFICATE_CHAIN",
      signer: "DS LOCKERKIT SANDBOX SIGNER (TEST ONLY)",
    });
    expect(content.integrity).toEqual({ hmacVerified: true, signatureVerified: true });
  });

  it("a driving licence's vehicle classes and validity dates come back typed", async () => {
    const { content } = await documentOf("typical", "DRVLC");
    if (content.data?.__typename !== "DrivingLicence") throw new Error("not a licence");
    expect(content.data).toMatchObject({
      licenceNumber: "RJ14 20180001234",
      validFrom: "2018-01-21",
      validTo: "2038-01-20",
      nonTransportValidTo: "2038-01-20",
      transportValidFrom: "2021-06-15",
      transportValidTo: "2024-06-14",
      issuingAuthority: "RTO Jaipur",
    });
    expect(content.data.vehicleClasses).toEqual([
      {
        code: "LMV",
        description: "Light Motor Vehicle",
        category: "NT",
        transport: false,
        issuedOn: "2018-01-21",
        endorsedOn: null,
      },
      {
        code: "MCWG",
        description: "Motor Cycle with Gear",
        category: "NT",
        transport: false,
        issuedOn: "2018-01-21",
        endorsedOn: null,
      },
      {
        code: "LMV-TR",
        description: "Light Motor Vehicle (Transport)",
        category: "TR",
        transport: true,
        issuedOn: "2021-06-15",
        endorsedOn: "2021-06-15",
      },
    ]);
  });

  it("an unknown doctype yields GenericCertificate with labelled fields and no empty rows", async () => {
    const { content } = await documentOf("sparse-profile", "INSPL");
    if (content.data?.__typename !== "GenericCertificate") throw new Error("not generic");
    expect(content.data.title).toBe("Insurance Policy");
    expect(content.data.fields.length).toBeGreaterThan(3);
    expect(content.data.fields).toContainEqual({
      label: "Date of birth",
      path: "IssuedTo/Person@dob",
      value: "1970-01-01",
    });
    for (const field of content.data.fields) {
      expect(field.value.trim()).not.toBe("");
      expect(field.label).toMatch(/^[A-Z]/);
      expect(field.label).not.toMatch(/›|language|photo/i);
    }
  });

  it("rows stored before typed documents are re-mapped from their stored bytes on read, and stored", async () => {
    const { node, sessionToken } = await documentOf("typical", "PANCR");
    await stack.server.admin.sql(`UPDATE document_contents SET data_enc = NULL WHERE document_id = $1`, [
      node.id,
    ]);
    // The list reads stored content only: it re-maps the old row too.
    const listed = expectData(await stack.gql(LISTED_DATA, {}, sessionToken)).documents.edges.find(
      (e) => e.node.doctype === "PANCR",
    )!;
    expect(listed.node.content?.data).toMatchObject({
      __typename: "PanVerification",
      documentNumber: "ABCPV1234F",
    });
    const rows = (await stack.server.admin.sql(
      `SELECT data_enc FROM document_contents WHERE document_id = $1 AND kind = 'xml'`,
      [node.id],
    )) as Array<{ data_enc: string | null }>;
    expect(rows[0].data_enc).toMatch(/^v1\./);
    expect(rows[0].data_enc).not.toContain("ABCPV1234F");
    const again = expectData(await stack.gql(TYPED, { id: node.id }, sessionToken)).document!.content!;
    expect(again.data).toMatchObject({ __typename: "PanVerification", pan: "ABCPV1234F" });
  });
});
