import {
  mapCertificateDocument,
  mapCertificateXml,
  parseUntrustedXml,
  RefusedInputError,
  type TypedCertificate,
  TrustStore,
} from "@lockerkit/core";
import { ensureDocumentSigner, trust } from "../src/trust";
import { personas, type IssuedItem, type Persona } from "../src/personas";
import { xmlFor } from "../src/documents";

/**
 * Table tests of @lockerkit/core's typed mappers on the sandbox's documents (the shapes API Setu publishes),
 * and a fuzz: random mutations of each fixture map, fall back to GenericCertificate, or are refused as
 * malformed XML — nothing else.
 */
function persona(id: string): Persona {
  return personas.get(id)!;
}

function item(p: Persona, doctype: string): IssuedItem {
  return p.documents.find((d) => d.doctype === doctype)!;
}

const BIRTH: IssuedItem = {
  name: "Birth Certificate",
  type: "file",
  size: "",
  date: "14-08-1992",
  parent: "",
  mime: ["application/pdf", "application/xml"],
  uri: "in.gov.rajasthan-BTCER-SBX1992000014",
  doctype: "BTCER",
  description: "Birth Certificate",
  issuerid: "in.gov.rajasthan",
  issuer: "Registrar of Births and Deaths, Jaipur",
};

let store: TrustStore;
const fixtures: Record<string, string> = {};

beforeAll(async () => {
  await ensureDocumentSigner();
  store = TrustStore.create({
    includeShipped: false,
    pems: [{ pem: trust().caPem, label: "sandbox", role: "root" }],
  });
  const typical = persona("typical");
  for (const doctype of ["PANCR", "DRVLC", "RVCER", "HSCER", "ADHAR"])
    fixtures[doctype] = xmlFor(typical, item(typical, doctype));
  fixtures.BTCER = xmlFor(typical, BIRTH);
  fixtures.INSPL = xmlFor(persona("sparse-profile"), item(persona("sparse-profile"), "INSPL"));
});

function mapped(doctype: string): TypedCertificate {
  const json = mapCertificateXml(fixtures[doctype], store, {}, doctype);
  expect(json.signature).toMatchObject({ verified: true, trustedBy: "CERTIFICATE_CHAIN" });
  return json.document;
}

describe("typed document mappers on sandbox fixtures", () => {
  it("PANCR → PanVerification", () => {
    expect(mapped("PANCR")).toEqual({
      kind: "PanVerification",
      doctype: "PANCR",
      documentNumber: "ABCPV1234F",
      holderName: "Asha Verma",
      issuedOn: "2015-06-12",
      issuerName: "Income Tax Department",
      pan: "ABCPV1234F",
      name: "Asha Verma",
      dateOfBirth: "1992-08-14",
      status: "Valid",
    });
  });

  it("DRVLC → DrivingLicence with typed classes and both validities", () => {
    expect(mapped("DRVLC")).toEqual({
      kind: "DrivingLicence",
      doctype: "DRVLC",
      documentNumber: "RJ14 20180001234",
      holderName: "Asha Verma",
      issuedOn: "2018-01-21",
      issuerName: "RTO Jaipur",
      licenceNumber: "RJ14 20180001234",
      name: "Asha Verma",
      dateOfBirth: "1992-08-14",
      validFrom: "2018-01-21",
      validTo: "2038-01-20",
      nonTransportValidFrom: "2018-01-21",
      nonTransportValidTo: "2038-01-20",
      transportValidFrom: "2021-06-15",
      transportValidTo: "2024-06-14",
      vehicleClasses: [
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
      ],
      address: {
        line1: "14, Sandbox Marg",
        line2: "Vaishali Nagar",
        house: "14",
        landmark: "Near Test Park",
        locality: "Vaishali Nagar",
        vtc: "Jaipur",
        district: "Jaipur",
        state: "Rajasthan",
        pincode: "302021",
        country: "IN",
      },
      issuingAuthority: "RTO Jaipur",
      issuedAt: "Jaipur",
    });
  });

  it("DRVLC without transport data: those fields are null, not guessed", () => {
    const sparse = persona("sparse-profile");
    const doc = mapCertificateXml(xmlFor(sparse, item(sparse, "DRVLC")), store).document;
    expect(doc).toMatchObject({
      kind: "DrivingLicence",
      licenceNumber: "MP04 19950000042",
      validTo: "2015-02-01",
      nonTransportValidFrom: null,
      nonTransportValidTo: null,
      transportValidFrom: null,
      transportValidTo: null,
      vehicleClasses: [
        {
          code: "MCWOG",
          description: "Motor Cycle without Gear",
          category: "NT",
          transport: false,
          issuedOn: "1995-02-02",
          endorsedOn: null,
        },
      ],
      issuingAuthority: "Ministry of Road Transport and Highways",
    });
  });

  it("RVCER → VehicleRegistration with chassis and engine masked to the last 5", () => {
    const doc = mapped("RVCER");
    expect(doc).toEqual({
      kind: "VehicleRegistration",
      doctype: "RVCER",
      documentNumber: "RJ14 ZZ 0001",
      holderName: "Asha Verma",
      issuedOn: "2020-11-05",
      issuerName: "Ministry of Road Transport and Highways",
      registrationNumber: "RJ14 ZZ 0001",
      ownerName: "Asha Verma",
      maker: "SANDBOX MOTORS",
      model: "TEST HATCH",
      vehicleClass: "Motor Car (LMV)",
      fuel: "PETROL",
      colour: "WHITE",
      emissionNorms: "BHARAT STAGE VI",
      registeredOn: "2020-11-05",
      registrationValidTo: "2035-11-04",
      fitnessValidTo: "2035-11-04",
      insuranceCompany: "Sandbox General Insurance",
      insuranceValidTo: "2025-11-04",
      financer: "SANDBOX FINANCE LTD",
      chassisNumber: "XXXXXXXXXXXXXX00001",
      engineNumber: "XXXXXXXXX00001",
    });
    expect(JSON.stringify(doc)).not.toContain("SBXTESTCHASSIS");
  });

  it("HSCER → Marksheet with subjects, marks as strings, absent marks null", () => {
    expect(mapped("HSCER")).toEqual({
      kind: "Marksheet",
      doctype: "HSCER",
      documentNumber: "7000020",
      holderName: "Asha Verma",
      issuedOn: "2010-05-24",
      issuerName: "Central Board of Secondary Education",
      board: "Central Board of Secondary Education",
      examination: "SENIOR SCHOOL CERTIFICATE EXAMINATION",
      examMonth: "MARCH",
      examYear: "2010",
      rollNumber: "7000020",
      name: "Asha Verma",
      dateOfBirth: "1992-08-14",
      school: "SANDBOX PUBLIC SCHOOL JAIPUR",
      schoolCode: "10001",
      subjects: [
        {
          code: "301",
          name: "ENGLISH CORE",
          marksTheory: "78",
          marksPractical: null,
          marksTotal: "78",
          marksMax: "100",
          grade: "A2",
        },
        {
          code: "041",
          name: "MATHEMATICS",
          marksTheory: "71",
          marksPractical: null,
          marksTotal: "71",
          marksMax: "100",
          grade: "B1",
        },
        {
          code: "042",
          name: "PHYSICS",
          marksTheory: "58",
          marksPractical: "27",
          marksTotal: "85",
          marksMax: "100",
          grade: "A2",
        },
      ],
      result: "PASS",
      resultDate: "2010-05-24",
      marksTotal: "412",
      marksMax: "500",
      percentage: "82.4",
      cgpa: null,
      grade: null,
    });
  });

  it("ADHAR → AadhaarDocument with the masked number only", () => {
    const doc = mapped("ADHAR");
    expect(doc).toEqual({
      kind: "AadhaarDocument",
      doctype: "ADHAR",
      documentNumber: "XXXX-XXXX-0019",
      holderName: "Asha Verma",
      issuedOn: null,
      issuerName: "Unique Identification Authority of India",
      maskedAadhaar: "XXXX-XXXX-0019",
      name: "Asha Verma",
      dateOfBirth: "1992-08-14",
      gender: "F",
    });
  });

  it("BTCER → BirthCertificate from the common envelope", () => {
    expect(mapped("BTCER")).toEqual({
      kind: "BirthCertificate",
      doctype: "BTCER",
      documentNumber: "SBX1992000014",
      holderName: "Asha Verma",
      issuedOn: "1992-08-14",
      issuerName: "Registrar of Births and Deaths, Jaipur",
      registrationNumber: "SBX1992000014",
      name: "Asha Verma",
      dateOfBirth: "1992-08-14",
      gender: "F",
      parentName: "D/O Ramesh Verma",
      registeredOn: "1992-08-14",
    });
  });

  it("an unknown doctype → GenericCertificate with human labels and no empty or internal rows", () => {
    const doc = mapped("INSPL");
    expect(doc).toMatchObject({
      kind: "GenericCertificate",
      doctype: "INSPL",
      title: "Insurance Policy",
      issuedOn: "2023-04-01",
      holderName: "Kiran",
    });
    if (doc.kind !== "GenericCertificate") throw new Error("expected generic");
    expect(doc.fields).toEqual(
      expect.arrayContaining([
        { label: "Name", path: "IssuedTo/Person@name", value: "Kiran" },
        { label: "Date of birth", path: "IssuedTo/Person@dob", value: "1970-01-01" },
        {
          label: "Issued by",
          path: "IssuedBy/Organization@name",
          value: "Insurance Regulatory and Development Authority",
        },
        { label: "Document name", path: "CertificateData/Document@name", value: "Insurance Policy" },
        { label: "Issued on", path: "CertificateData/Document@issuedOn", value: "2023-04-01" },
        { label: "Aadhaar", path: "IssuedTo/Person@uid", value: "XXXX-XXXX-0051" },
      ]),
    );
    for (const field of doc.fields) {
      expect(field.value.trim()).not.toBe("");
      expect(field.label).not.toMatch(/language|photo|›/i);
      expect(field.label[0]).toBe(field.label[0].toUpperCase());
    }
    expect(doc.fields.map((f) => f.value)).not.toContain("99");
  });

  it("a PAN record without CertificateData/PAN falls back to GenericCertificate", () => {
    const root = parseUntrustedXml(
      '<Certificate type="PANCR" name="PAN" number="X"><CertificateData><Other a="1"/></CertificateData></Certificate>',
    );
    expect(mapCertificateDocument(root)).toMatchObject({
      kind: "GenericCertificate",
      title: "PAN",
      fields: [{ label: "A", path: "CertificateData/Other@a", value: "1" }],
    });
  });
});

// ---- fuzz ----------------------------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so a failure replays. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JUNK = [
  "",
  " ",
  "<",
  ">",
  "&",
  "&amp;",
  '"',
  "'",
  "00-00-0000",
  "31-02-2020",
  "2020-13-45",
  "x".repeat(300),
  "9999",
  "-",
  "NT",
  "TR",
  "<A/>",
  "]]>",
  "\u0000",
  "é",
  "12-12-12",
  "__proto__",
];

function mutate(xml: string, random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const at = Math.floor(random() * xml.length);
  switch (Math.floor(random() * 8)) {
    case 0: // replace an attribute value
    case 1: {
      const values = [...xml.matchAll(/="([^"]*)"/g)];
      if (values.length === 0) return xml;
      const hit = pick(values);
      return (
        xml.slice(0, hit.index + 2) + pick(JUNK).replace(/"/g, "") + xml.slice(hit.index + hit[0].length - 1)
      );
    }
    case 2: {
      // delete an attribute
      const attributes = [...xml.matchAll(/ [A-Za-z:]+="[^"]*"/g)];
      if (attributes.length === 0) return xml;
      const hit = pick(attributes);
      return xml.slice(0, hit.index) + xml.slice(hit.index + hit[0].length);
    }
    case 3: {
      // delete a self-closing element or rename an element everywhere
      const elements = [...xml.matchAll(/<([A-Za-z]+)[^<>]*\/>/g)];
      if (elements.length > 0 && random() < 0.5) {
        const hit = pick(elements);
        return xml.slice(0, hit.index) + xml.slice(hit.index + hit[0].length);
      }
      const names = [...new Set([...xml.matchAll(/<([A-Za-z]+)[\s>/]/g)].map((m) => m[1]))];
      if (names.length === 0) return xml;
      const name = pick(names);
      return xml.replace(
        new RegExp(`(</?)${name}(?=[\\s>/])`, "g"),
        `$1${pick(["X", "Categories", "Category", "PAN", "Subject", "Vehicle", "KycRes", "Performance"])}`,
      );
    }
    case 4: {
      // duplicate a slice
      const length = Math.floor(random() * 200);
      return xml.slice(0, at) + xml.slice(at, at + length) + xml.slice(at);
    }
    case 5: // delete a slice
      return xml.slice(0, at) + xml.slice(at + Math.floor(random() * 50));
    case 6: // flip a character
      return xml.slice(0, at) + String.fromCharCode(Math.floor(random() * 128)) + xml.slice(at + 1);
    default: // insert markup
      return (
        xml.slice(0, at) +
        pick([
          '<Category code="TR"/>',
          "<Subject/>",
          "<X>t</X>",
          '<PAN num=""/>',
          "<![CDATA[x]]>",
          "&#0;",
          "&lt;",
        ]) +
        xml.slice(at)
      );
  }
}

describe("fuzz: 1000 random mutations of each fixture", () => {
  it.each(["PANCR", "DRVLC", "RVCER", "HSCER", "ADHAR", "BTCER", "INSPL"])(
    "%s never crashes a mapper",
    (doctype) => {
      const random = prng(0x5eed ^ doctype.charCodeAt(0) ^ (doctype.charCodeAt(1) << 8));
      // Mapping works on the document as received (the signature is checked once, above): strip it so the
      // fuzz spends its time in the mappers, not in RSA.
      // The photo is cut short for the same reason (mutations inside base64 test nothing).
      const unsigned = fixtures[doctype]
        .replace(/<(ds:)?Signature[\s\S]*<\/(ds:)?Signature>/, "")
        .replace(/<Photo format="jpeg">[^<]*<\/Photo>/, '<Photo format="jpeg">/9j/AAAA</Photo>')
        .replace(/<Pht>[^<]*<\/Pht>/, "<Pht>/9j/AAAA</Pht>");
      const outcomes = { typed: 0, generic: 0, refused: 0 };
      for (let i = 0; i < 1000; i++) {
        let xml = unsigned;
        const rounds = 1 + Math.floor(random() * 3);
        for (let r = 0; r < rounds; r++) xml = mutate(xml, random);
        let root;
        try {
          root = parseUntrustedXml(xml);
        } catch (error) {
          expect(error).toBeInstanceOf(RefusedInputError);
          outcomes.refused++;
          continue;
        }
        if (root.localName !== "Certificate") {
          outcomes.refused++;
          continue;
        }
        const doc = mapCertificateDocument(root, doctype);
        expect(typeof doc.kind).toBe("string");
        JSON.stringify(doc);
        if (doc.kind === "GenericCertificate") {
          outcomes.generic++;
          for (const field of doc.fields) expect(field.value.trim()).not.toBe("");
        } else outcomes.typed++;
      }
      expect(outcomes.typed + outcomes.generic + outcomes.refused).toBe(1000);
      // The mutations exercise the mappers, not only the parser's refusals.
      expect(outcomes.typed + outcomes.generic).toBeGreaterThan(200);
    },
  );
});
