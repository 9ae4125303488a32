import { createHash } from "node:crypto";
import fixtures from "./fixtures/personas.json";

/** One item of `/2/files/issued`, with the wire's field names. */
export interface IssuedItem {
  name: string;
  type: "file";
  size: string;
  date: string;
  parent: string;
  mime: string[] | string;
  uri: string;
  doctype: string;
  description: string;
  issuerid: string;
  issuer: string;
}

export interface Persona {
  id: string;
  /** Stable uuid derived from the persona id. */
  digilockerId: string;
  name: string;
  dob: string;
  gender: string;
  mobile: string;
  email: string;
  eaadhaar: "Y" | "N";
  aadhaarLast4?: string;
  documents: IssuedItem[];
}

interface DocumentSpec {
  doctype: string;
  issuerid: string;
  issuer: string;
  name: string;
  date: string;
  mime: string[] | string;
  docid?: string;
}

interface PersonaSpec extends Omit<Persona, "documents" | "eaadhaar" | "digilockerId"> {
  eaadhaar: string;
  documents?: DocumentSpec[];
  generate?: { count: number; seed: string };
}

// Issuers a large locker cycles through; dates deliberately mix the formats real issuers use.
const GENERATED_KINDS: Array<Omit<DocumentSpec, "date">> = [
  { doctype: "SSCER", issuerid: "in.gov.cbse", issuer: "Central Board of Secondary Education", name: "Class X Marksheet", mime: ["application/pdf"] },
  { doctype: "INSPL", issuerid: "in.gov.irdai", issuer: "Insurance Regulatory and Development Authority", name: "Insurance Policy", mime: ["application/pdf", "application/xml"] },
  { doctype: "BTCER", issuerid: "in.gov.delhi", issuer: "Government of NCT of Delhi", name: "Birth Certificate", mime: ["application/pdf"] },
  { doctype: "PRTAX", issuerid: "in.gov.mcd", issuer: "Municipal Corporation of Delhi", name: "Property Tax Receipt", mime: ["application/pdf", "application/xml"] },
  { doctype: "UTLBL", issuerid: "in.co.bses", issuer: "BSES Rajdhani Power", name: "Electricity Bill", mime: ["application/pdf"] },
];

function docid(seed: string, index: number): string {
  return createHash("sha256").update(`${seed}:${index}`).digest("hex").slice(0, 32);
}

function uuidFrom(seed: string): string {
  const hex = createHash("sha256").update(seed).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function toItem(spec: DocumentSpec, id: string): IssuedItem {
  return {
    name: spec.name,
    type: "file",
    size: "",
    date: spec.date,
    parent: "",
    mime: spec.mime,
    uri: `${spec.issuerid}-${spec.doctype}-${id}`,
    doctype: spec.doctype,
    description: spec.name,
    issuerid: spec.issuerid,
    issuer: spec.issuer,
  };
}

function generated(count: number, seed: string): IssuedItem[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = GENERATED_KINDS[i % GENERATED_KINDS.length];
    const day = String((i % 28) + 1).padStart(2, "0");
    const month = String((i % 12) + 1).padStart(2, "0");
    const year = 2000 + (i % 25);
    const date = i % 2 === 0 ? `${day}/${month}/${year}` : `${year}-${month}-${day}`;
    return toItem({ ...kind, name: `${kind.name} ${i + 1}`, date }, docid(seed, i));
  });
}

function load(): Map<string, Persona> {
  const personas = new Map<string, Persona>();
  for (const spec of (fixtures as { personas: PersonaSpec[] }).personas) {
    const documents = spec.generate
      ? generated(spec.generate.count, spec.generate.seed)
      : (spec.documents ?? []).map((d, i) => toItem(d, d.docid ?? docid(spec.id, i)));
    personas.set(spec.id, {
      ...spec,
      digilockerId: uuidFrom(spec.id),
      eaadhaar: spec.eaadhaar === "Y" ? "Y" : "N",
      documents,
    });
  }
  return personas;
}

export const personas: ReadonlyMap<string, Persona> = load();
