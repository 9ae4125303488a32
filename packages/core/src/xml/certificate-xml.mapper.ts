import { redactAadhaarNumbers } from "../aadhaar/aadhaar-number";
import { parseDateOfBirth } from "../aadhaar/kyc-fields";
import { mapCertificateDocument } from "../documents/map-certificate-document";
import type { TypedCertificate } from "../documents/certificate-document.types";
import type { SignatureVerdict } from "./signature-verdict";
import { readSignedXml } from "./signed-document";
import type { TrustStore } from "./trust-store";
import { XmlRefusedError } from "./errors";
import {
  attributeOf,
  childElement,
  childElements,
  elementToJson,
  type XmlElement,
  type XmlElementJson,
} from "./xml-element";
import type { VerifyOptions } from "./xmldsig.verifier";

/** PAN card (`PANCR`): `CertificateData/PAN@num`, holder from `IssuedTo/Person`. */
export interface PanCardJson {
  kind: "pan";
  panNumber: string | null;
  name: string | null;
  dateOfBirth: string | null;
}

export interface DrivingLicenceCategoryJson {
  code: string | null;
  abbreviation: string | null;
  description: string | null;
  issueDate: string | null;
}

/** Driving licence (`DRVLC`). */
export interface DrivingLicenceJson {
  kind: "driving-licence";
  licenceNumber: string | null;
  holderName: string | null;
  dateOfBirth: string | null;
  issueDate: string | null;
  expiryDate: string | null;
  categories: DrivingLicenceCategoryJson[];
}

export interface CertificatePersonJson {
  attributes: Record<string, string>;
  address: Record<string, string> | null;
  photo: { format: string | null; base64: string } | null;
}

/** Any DigiLocker certificate XML as JSON: the common envelope, typed data where known, the rest verbatim. */
export interface CertificateDocumentJson {
  /** `Certificate@type`, e.g. `PANCR`, `DRVLC`. */
  doctype: string | null;
  /** Every attribute of `<Certificate>` (name, number, issueDate, expiryDate, status, …). */
  certificate: Record<string, string>;
  issuedBy: Record<string, string> | null;
  issuedTo: CertificatePersonJson[];
  /** Superseded by `document`; kept while the deprecated `json` output lasts. */
  typed: PanCardJson | DrivingLicenceJson | null;
  /** The typed record (PAN, driving licence, …, or the generic labelled rows). */
  document: TypedCertificate;
  /** `CertificateData`, faithfully: names, attributes, text and order as in the document. */
  data: XmlElementJson | null;
  signature: SignatureVerdict;
}

/**
 * Maps a DigiLocker certificate XML (`/1/xml/{uri}`) to JSON, read from the signed bytes when DigiLocker's
 * signature verifies (a DigiLocker-bound pinned key, or a path to a root with the NeGD signer policy). Any full Aadhaar number an issuer put in a field is masked.
 */
export function mapCertificateXml(
  input: string | Uint8Array,
  trustStore: TrustStore,
  options: VerifyOptions = {},
  doctypeHint: string | null = null,
): CertificateDocumentJson {
  const { root, verdict } = readSignedXml(input, trustStore, "digilocker", options);
  if (root.localName !== "Certificate")
    throw new XmlRefusedError("malformed", "certificate XML must have a <Certificate> root");
  const doctype = attributeOf(root, "type");
  const data = childElement(root, "CertificateData") ?? null;
  const organization = childElement(childElement(root, "IssuedBy") ?? root, "Organization");
  const people = childElements(childElement(root, "IssuedTo") ?? emptyElement, "Person").map(person);
  const document: CertificateDocumentJson = {
    doctype,
    certificate: { ...root.attributes },
    issuedBy: organization ? { ...organization.attributes } : null,
    issuedTo: people,
    typed:
      doctype === "PANCR"
        ? pan(data, people[0])
        : doctype === "DRVLC"
          ? drivingLicence(root, data, people[0])
          : null,
    data: data ? elementToJson(data) : null,
    document: mapCertificateDocument(root, doctypeHint),
    signature: verdict,
  };
  return redact(document);
}

const emptyElement: XmlElement = { name: "", localName: "", attributes: {}, children: [], text: "" };

function person(element: XmlElement): CertificatePersonJson {
  const addressElement = childElement(element, "Address");
  const photo = childElement(element, "Photo");
  const base64 = photo?.text.replace(/\s+/g, "") ?? "";
  return {
    attributes: { ...element.attributes },
    address: addressElement ? { ...addressElement.attributes } : null,
    photo: base64 ? { format: attributeOf(photo as XmlElement, "format"), base64 } : null,
  };
}

function pan(data: XmlElement | null, holder: CertificatePersonJson | undefined): PanCardJson {
  const panElement = data ? childElement(data, "PAN") : undefined;
  return {
    kind: "pan",
    panNumber: panElement ? attributeOf(panElement, "num") : null,
    name: holder?.attributes.name ?? null,
    dateOfBirth: parseDateOfBirth(holder?.attributes.dob).dateOfBirth,
  };
}

function drivingLicence(
  root: XmlElement,
  data: XmlElement | null,
  holder: CertificatePersonJson | undefined,
): DrivingLicenceJson {
  const licence = data ? childElement(data, "DrivingLicense") : undefined;
  const categories = childElements(
    childElement(licence ?? emptyElement, "Categories") ?? emptyElement,
    "Category",
  );
  return {
    kind: "driving-licence",
    licenceNumber: attributeOf(root, "number"),
    holderName: holder?.attributes.name ?? null,
    dateOfBirth: parseDateOfBirth(holder?.attributes.dob).dateOfBirth,
    issueDate: attributeOf(root, "issueDate"),
    expiryDate: attributeOf(root, "expiryDate"),
    categories: categories.map((category) => ({
      code: attributeOf(category, "code"),
      abbreviation: attributeOf(category, "abbreviation"),
      description: attributeOf(category, "description"),
      issueDate: attributeOf(category, "issueDate"),
    })),
  };
}

// Walks the finished JSON (plain data only) and masks Aadhaar numbers in every string.
function redact<T>(value: T): T {
  if (typeof value === "string") return redactAadhaarNumbers(value) as T;
  if (Array.isArray(value)) return value.map(redact) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redact(inner)])) as T;
  }
  return value;
}
