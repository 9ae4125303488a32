import { attributeOf, childElement, childElements, type XmlElement } from "../xml/xml-element";
import type { CertificateAddress, CertificateDocumentFields } from "./certificate-document.types";
import { isoDate } from "./certificate-values";

/**
 * The parts every DigiLocker `Certificate` shares (docs/digilocker.md "Certificate XML of other documents";
 * API Setu's per-doctype schemas all repeat it: `<Certificate language name type number issuedAt issueDate
 * validFromDate expiryDate status>`, `IssuedBy/Organization`, `IssuedTo/Person` with `Address` and `Photo`,
 * then the doctype's own `CertificateData`).
 */
export interface CertificateEnvelope {
  root: XmlElement;
  doctype: string | null;
  organization: XmlElement | null;
  person: XmlElement | null;
  data: XmlElement | null;
}

const EMPTY: XmlElement = { name: "", localName: "", attributes: {}, children: [], text: "" };

export function readEnvelope(root: XmlElement, doctypeHint: string | null): CertificateEnvelope {
  const issuedBy = childElement(root, "IssuedBy");
  const issuedTo = childElement(root, "IssuedTo");
  return {
    root,
    doctype: value(root, "type") ?? doctypeHint,
    organization: (issuedBy && childElement(issuedBy, "Organization")) ?? null,
    person: (issuedTo && childElements(issuedTo, "Person")[0]) ?? null,
    data: childElement(root, "CertificateData") ?? null,
  };
}

/** An attribute, trimmed; empty strings (which issuers send for every unknown field) are null. */
export function value(element: XmlElement | null | undefined, name: string): string | null {
  if (!element) return null;
  const raw = attributeOf(element, name);
  if (raw === null) return null;
  const trimmed = raw.trim();
  return trimmed === "" ? null : trimmed;
}

export function child(element: XmlElement | null | undefined, ...path: string[]): XmlElement | null {
  let current: XmlElement | null = element ?? null;
  for (const name of path) {
    if (!current) return null;
    current = childElement(current, name) ?? null;
  }
  return current;
}

export function children(element: XmlElement | null | undefined, name: string): XmlElement[] {
  return childElements(element ?? EMPTY, name);
}

/** The four `CertificateDocument` fields, from the envelope. */
export function commonFields(envelope: CertificateEnvelope): CertificateDocumentFields {
  return {
    doctype: envelope.doctype,
    documentNumber: value(envelope.root, "number"),
    holderName: value(envelope.person, "name"),
    issuedOn: isoDate(value(envelope.root, "issueDate")),
    issuerName: value(envelope.organization, "name"),
  };
}

export function personAddress(person: XmlElement | null): CertificateAddress | null {
  const address = child(person, "Address");
  if (!address) return null;
  const mapped: CertificateAddress = {
    line1: value(address, "line1"),
    line2: value(address, "line2"),
    house: value(address, "house"),
    landmark: value(address, "landmark"),
    locality: value(address, "locality"),
    vtc: value(address, "vtc"),
    district: value(address, "district"),
    state: value(address, "state"),
    pincode: value(address, "pin"),
    country: value(address, "country"),
  };
  return Object.values(mapped).some((v) => v !== null) ? mapped : null;
}
