import type { IssuedItem, Persona, UploadedItem } from "../personas";
import { uploadedBody } from "../personas";
import { certificateXml } from "./certificate";
import { eaadhaarKycResXml, eaadhaarXml } from "./eaadhaar";
import { pdfBytes } from "./pdf";
import { documentSigner } from "../trust";

export { signEnveloped } from "./sign";

/** Signed XML is deterministic per signer: built once per (signer, persona, uri) and cached. */
const xmlCache = new Map<string, string>();
const startedAt = new Date();

export function eaadhaarFor(persona: Persona): string {
  const key = `${documentSigner().fingerprint}:${persona.id}:eaadhaar`;
  let xml = xmlCache.get(key);
  if (!xml) {
    xml = eaadhaarXml(persona, startedAt);
    xmlCache.set(key, xml);
  }
  return xml;
}

/** The e-Aadhaar in the official spec's shape (`KycRes` root, signature inside it). */
export function eaadhaarKycResFor(persona: Persona): string {
  const key = `${persona.id}:eaadhaar-kycres`;
  let xml = xmlCache.get(key);
  if (!xml) {
    xml = eaadhaarKycResXml(persona, startedAt);
    xmlCache.set(key, xml);
  }
  return xml;
}

export function hasXml(item: IssuedItem): boolean {
  const mime = Array.isArray(item.mime) ? item.mime : item.mime.split(",");
  return mime.some((m) => m.trim() === "application/xml");
}

/** The signed XML of an issued item (the e-Aadhaar for `ADHAR`). */
export function xmlFor(persona: Persona, item: IssuedItem): string {
  if (item.doctype === "ADHAR" && persona.eaadhaar === "Y") return eaadhaarFor(persona);
  const key = `${documentSigner().fingerprint}:${persona.id}:${item.uri}`;
  let xml = xmlCache.get(key);
  if (!xml) {
    xml = certificateXml(persona, item);
    xmlCache.set(key, xml);
  }
  return xml;
}

/**
 * DigiLocker's XML content type drifts by issuer: transport documents come as `text/plain`.
 */
export function xmlContentType(item: IssuedItem): string {
  return item.doctype === "RVCER" ? "text/plain; charset=utf-8" : "application/xml; charset=utf-8";
}

export function issuedFile(persona: Persona, item: IssuedItem): { body: Buffer; contentType: string } {
  const body = pdfBytes([
    item.name,
    `Issued by ${item.issuer} (${item.issuerid})`,
    `Issued to ${persona.name}`,
    `Document type ${item.doctype}, dated ${item.date}`,
    "DigiLocker sandbox document - fictional, not valid for any purpose",
  ]);
  // Some issuers' files come as application/octet-stream.
  return {
    body,
    contentType: item.issuerid === "in.gov.cbse" ? "application/octet-stream" : "application/pdf",
  };
}

export function uploadedFile(persona: Persona, item: UploadedItem): { body: Buffer; contentType: string } {
  return uploadedBody(persona.name, item);
}
