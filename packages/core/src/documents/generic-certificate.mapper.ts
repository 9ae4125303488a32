import { maskAadhaar, redactAadhaarNumbers } from "../aadhaar/aadhaar-number";
import type { XmlElement } from "../xml/xml-element";
import type { GenericCertificate, GenericField } from "./certificate-document.types";
import { child, commonFields, value, type CertificateEnvelope } from "./certificate-envelope";
import { isoDate } from "./certificate-values";

/**
 * Any other `Certificate` (and the fallback when a typed mapper finds nothing it knows): the common envelope
 * (docs/digilocker.md "Certificate XML of other documents", API Setu's shared `Certificate` schema) as labelled
 * rows, then every attribute and text of `CertificateData`. Empty values, DigiLocker plumbing (`language`,
 * organisation type/tin/uid, person title, photo) and binary blobs are left out; dates become ISO.
 */
export function mapGenericCertificate(envelope: CertificateEnvelope): GenericCertificate {
  const fields: GenericField[] = [];
  const add = (label: string, path: string, raw: string | null, date = false): void => {
    if (raw === null || fields.length >= MAX_FIELDS) return;
    const text = raw.length > MAX_VALUE ? `${raw.slice(0, MAX_VALUE)}…` : raw;
    fields.push({ label, path, value: redactAadhaarNumbers(date ? (isoDate(text) ?? text) : text) });
  };

  const root = envelope.root;
  add("Valid from", "@validFromDate", value(root, "validFromDate"), true);
  add("Valid until", "@expiryDate", value(root, "expiryDate"), true);
  add("Issued at", "@issuedAt", value(root, "issuedAt"));
  add("Status", "@status", value(root, "status"));
  add("Previous number", "@prevNumber", value(root, "prevNumber"));
  add("Issued by", "IssuedBy/Organization@name", value(envelope.organization, "name"));

  const person = envelope.person;
  const personPath = "IssuedTo/Person";
  for (const [attribute, label, date] of PERSON_FIELDS)
    add(label, `${personPath}@${attribute}`, value(person, attribute), date);
  const uid = value(person, "uid");
  add("Aadhaar", `${personPath}@uid`, uid === null ? null : maskAadhaar(uid));
  const address = child(person, "Address");
  const line = address
    ? ADDRESS_PARTS.map((part) => value(address, part)).filter((part): part is string => part !== null)
    : [];
  add("Address", `${personPath}/Address`, line.length > 0 ? line.join(", ") : null);

  if (envelope.data) walk(envelope.data, "CertificateData", add);
  return {
    kind: "GenericCertificate",
    ...commonFields(envelope),
    title: value(root, "name"),
    number: value(root, "number"),
    fields,
  };
}

const MAX_FIELDS = 500;
const MAX_VALUE = 1000;

const PERSON_FIELDS: ReadonlyArray<[string, string, boolean]> = [
  ["name", "Name", false],
  ["dob", "Date of birth", true],
  ["gender", "Gender", false],
  ["swd", "Son / daughter / wife of", false],
  ["motherName", "Mother's name", false],
  ["category", "Category", false],
  ["maritalStatus", "Marital status", false],
  ["religion", "Religion", false],
  ["disabilityStatus", "Disability status", false],
  ["phone", "Phone", false],
  ["email", "Email", false],
];

const ADDRESS_PARTS = [
  "line1",
  "line2",
  "house",
  "landmark",
  "locality",
  "vtc",
  "district",
  "state",
  "pin",
  "country",
];

// Attribute names that only mean something next to their element's name ("School name", not "Name").
const CONTEXTUAL = new Set([
  "name",
  "code",
  "type",
  "value",
  "date",
  "number",
  "no",
  "id",
  "year",
  "month",
  "status",
  "description",
  "desc",
]);
const DATE_NAME = /date|dob|till|from|valid|expiry|[a-z]On$/i;
const BLOB = /^[A-Za-z0-9+/=\s]{256,}$/;

type Add = (label: string, path: string, raw: string | null, date?: boolean) => void;

function walk(element: XmlElement, path: string, add: Add): void {
  const own = humanize(element.localName);
  for (const [name, raw] of Object.entries(element.attributes)) {
    const trimmed = raw.trim();
    if (trimmed === "" || name.includes(":") || name === "xmlns") continue;
    const attribute = humanize(name);
    const label = CONTEXTUAL.has(name.toLowerCase()) ? `${own} ${attribute.toLowerCase()}` : attribute;
    add(label, `${path}@${name}`, trimmed, DATE_NAME.test(name));
  }
  const text = element.text.trim();
  if (text !== "" && element.children.length === 0 && !BLOB.test(text))
    add(own, path, text, DATE_NAME.test(element.localName));
  const counts = new Map<string, number>();
  for (const inner of element.children) counts.set(inner.localName, (counts.get(inner.localName) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const inner of element.children) {
    if (inner.localName === "Photo" || inner.localName === "Signature") continue;
    const index = (seen.get(inner.localName) ?? 0) + 1;
    seen.set(inner.localName, index);
    const step = (counts.get(inner.localName) ?? 0) > 1 ? `${inner.localName}[${index}]` : inner.localName;
    walk(inner, `${path}/${step}`, add);
  }
}

/** `marksTotal` → "Marks total", `DrivingLicense` → "Driving license", `roll_no` → "Roll no". */
export function humanize(name: string): string {
  const words = name
    .replace(/[_-]+/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .trim()
    .toLowerCase();
  return words === "" ? name : words[0].toUpperCase() + words.slice(1);
}
