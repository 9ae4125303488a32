import { isoDate } from "../src/documents";
import { mapCertificateXml, XmlRefusedError } from "../src/xml";
import { signEnveloped, testTrustStore } from "./aadhaar-fixtures";

const store = testTrustStore();
// Built from parts so that no full Aadhaar-like number is written in the source.
const HOLDER_UID = ["2341", "2341", "2346"].join("");

const PAN = signEnveloped(
  '<?xml version="1.0" encoding="UTF-8"?>' +
    '<Certificate language="99" name="PAN Verification Record" type="PANCR" number="ABCDE1234F" issueDate="01-01-2020" status="A">' +
    '<IssuedBy><Organization name="Income Tax Department" code="ITD" tin="" uid="" type="CG"/></IssuedBy>' +
    `<IssuedTo><Person uid="${HOLDER_UID}" title="" name="Asha Verma" dob="05-10-1996" gender="F"><Address line1="" country="IN"/><Photo format="jpeg">/9j/AAAA</Photo></Person></IssuedTo>` +
    '<CertificateData><PAN num="ABCDE1234F" verifiedOn="01-01-2020"/></CertificateData>' +
    "</Certificate>",
  "eaadhaar",
);

const DRIVING_LICENCE =
  '<Certificate language="99" name="Driving License" type="DRVLC" number="MH1220190012345" issuedAt="Pune" issueDate="12-03-2019" expiryDate="11-03-2039" status="A">' +
  '<IssuedBy><Organization name="Transport Department, Maharashtra" code="MH"/></IssuedBy>' +
  '<IssuedTo><Person name="Asha Verma" dob="05-10-1996" gender="F"><Address line1="12 Lotus Lane" district="Pune" state="MH" pin="411038" country="IN"/></Person></IssuedTo>' +
  '<CertificateData><DrivingLicense><Categories><Category code="LMV" abbreviation="LMV" description="Light Motor Vehicle" issueDate="12-03-2019"/><Category code="MCWG" abbreviation="MCWG" description="Motor Cycle with Gear" issueDate="12-03-2019"/></Categories></DrivingLicense></CertificateData>' +
  "</Certificate>";

describe("certificate XML → JSON", () => {
  it("maps a PAN record, verified, with any Aadhaar number masked", () => {
    const json = mapCertificateXml(PAN, store);
    expect(json.doctype).toBe("PANCR");
    expect(json.typed).toEqual({
      kind: "pan",
      panNumber: "ABCDE1234F",
      name: "Asha Verma",
      dateOfBirth: "1996-10-05",
    });
    expect(json.issuedBy).toMatchObject({ name: "Income Tax Department", code: "ITD" });
    expect(json.issuedTo[0].attributes.uid).toBe("XXXX-XXXX-2346");
    expect(json.issuedTo[0].photo).toEqual({ format: "jpeg", base64: "/9j/AAAA" });
    expect(json.signature.verified).toBe(true);
    expect(JSON.stringify(json)).not.toContain(HOLDER_UID);
  });

  it("maps a driving licence with its categories; unsigned is reported", () => {
    const json = mapCertificateXml(DRIVING_LICENCE, store);
    expect(json.typed).toEqual({
      kind: "driving-licence",
      licenceNumber: "MH1220190012345",
      holderName: "Asha Verma",
      dateOfBirth: "1996-10-05",
      issueDate: "12-03-2019",
      expiryDate: "11-03-2039",
      categories: [
        { code: "LMV", abbreviation: "LMV", description: "Light Motor Vehicle", issueDate: "12-03-2019" },
        { code: "MCWG", abbreviation: "MCWG", description: "Motor Cycle with Gear", issueDate: "12-03-2019" },
      ],
    });
    expect(json.issuedTo[0].address).toMatchObject({ pin: "411038" });
    expect(json.signature).toMatchObject({ verified: false, reason: "unsigned" });
  });

  it("maps any other doctype faithfully: order, repeats, attributes and text", () => {
    const json = mapCertificateXml(
      '<Certificate type="SSCER" number="1"><CertificateData><Marks><Subject name="Maths" score="091"/><Subject name="Maths" score="088"/><Remark>Pass &amp; distinction</Remark></Marks></CertificateData></Certificate>',
      store,
    );
    expect(json.typed).toBeNull();
    expect(json.certificate).toEqual({ type: "SSCER", number: "1" });
    expect(json.data).toEqual({
      name: "CertificateData",
      attributes: {},
      children: [
        {
          name: "Marks",
          attributes: {},
          children: [
            { name: "Subject", attributes: { name: "Maths", score: "091" } },
            { name: "Subject", attributes: { name: "Maths", score: "088" } },
            { name: "Remark", attributes: {}, text: "Pass & distinction" },
          ],
        },
      ],
    });
  });

  it("reads the signed bytes only, and refuses hostile XML", () => {
    const tampered = PAN.replace('num="ABCDE1234F"', 'num="ZZZZZ9999Z"');
    expect(mapCertificateXml(tampered, store).signature.verified).toBe(false);
    expect(() => mapCertificateXml('<!DOCTYPE x [<!ENTITY a "b">]><Certificate/>', store)).toThrow(
      XmlRefusedError,
    );
    expect(() => mapCertificateXml("<Other/>", store)).toThrow(XmlRefusedError);
  });
});

describe("certificate XML → typed document (shared with the API)", () => {
  it("carries the typed record next to the JSON, with any Aadhaar number masked", () => {
    const pan = mapCertificateXml(PAN, store);
    expect(pan.document).toMatchObject({
      kind: "PanVerification",
      pan: "ABCDE1234F",
      dateOfBirth: "1996-10-05",
      issuedOn: "2020-01-01",
    });
    expect(JSON.stringify(pan.document)).not.toContain(HOLDER_UID);
    const dl = mapCertificateXml(DRIVING_LICENCE, store);
    expect(dl.document).toMatchObject({
      kind: "DrivingLicence",
      validFrom: null,
      validTo: "2039-03-11",
      issuedAt: "Pune",
      vehicleClasses: [
        { code: "LMV", category: null, transport: null, issuedOn: "2019-03-12" },
        { code: "MCWG", category: null, transport: null, issuedOn: "2019-03-12" },
      ],
    });
  });

  it("reads dates in the issuers' spellings and refuses impossible ones", () => {
    expect(
      ["12-03-2019", "12/03/2019", "12.03.2019", "12032019", "2019-03-12", "2019-03-12T10:00:00+05:30"].map(
        isoDate,
      ),
    ).toEqual(Array(6).fill("2019-03-12"));
    expect(["31-02-2019", "2019-13-01", "12-3-2019", "", "soon", null].map(isoDate)).toEqual(
      Array(6).fill(null),
    );
  });
});
