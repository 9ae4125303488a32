import { createHash } from "node:crypto";
import fixtures from "./fixtures/personas.json";
import images from "./fixtures/images.json";
import { pdfBytes } from "./documents/pdf";

/** One item of `/2/files/issued`, with the wire's field names. */
export interface IssuedItem {
  name: string;
  type: "file";
  /** `""` from most issuers; some send a number, some a numeric string. */
  size: string | number;
  date: string;
  parent: string;
  mime: string[] | string;
  uri: string;
  doctype: string;
  description: string;
  issuerid: string;
  issuer: string;
}

/** One self-uploaded item of `/1/files/` (a folder or a file). */
export interface UploadedItem {
  id: string;
  name: string;
  type: "dir" | "file";
  size: string;
  date: string;
  parent: string;
  mime: string;
  uri: string;
  description: string;
  issuer: string;
}

/** Address as e-Aadhaar's `Poa` carries it (empty attributes are omitted on the wire). */
export interface Address {
  co?: string;
  house?: string;
  street?: string;
  lm?: string;
  loc?: string;
  vtc?: string;
  subdist?: string;
  dist?: string;
  state?: string;
  pc?: string;
  po?: string;
  country?: string;
  lang?: string;
}

/** Document-specific certificate data (driving licence number, categories, …). */
export interface DocumentData {
  number?: string;
  expiryDate?: string;
  status?: string;
  /** The issuing office (a licence's RTO), when it is not the item's issuer. */
  issuedBy?: string;
  issuedAt?: string;
  /** Driving licence classes: `code` `NT` (non-transport) or `TR` (transport), as Sarathi writes it. */
  categories?: Array<{
    code: string;
    abbreviation: string;
    description: string;
    issueDate: string;
    endorseDate?: string;
  }>;
  nonTransportValidTo?: string;
  transportValidFrom?: string;
  transportValidTo?: string;
  /** Vehicle registration (`VehicleRegistration/Vehicle`, `Insurance`), API Setu's attribute names. */
  vehicle?: Record<string, string>;
  insurance?: Record<string, string>;
  registration?: Record<string, string>;
  /** Marksheet (`School`, `Examination`, `Performance`, `Subjects/Subject`), API Setu's attribute names. */
  school?: Record<string, string>;
  examination?: Record<string, string>;
  performance?: Record<string, string>;
  subjects?: Array<Record<string, string>>;
  /** `Person@swd` (a birth certificate's parent). */
  swd?: string;
}

export interface Persona {
  id: string;
  /** Stable uuid derived from the persona id. */
  digilockerId: string;
  name: string;
  /** The name in a local script (e-Aadhaar `LData@name`). */
  localName?: string;
  dob: string;
  gender: string;
  mobile: string;
  email: string;
  /** Sign-in username ("" when the persona has none yet). */
  username: string;
  /** The fixture's 6-digit sign-in PIN (fictional; a forgot-PIN reset overrides it in memory). */
  pin: string;
  eaadhaar: "Y" | "N";
  /** A UIDAI test-range number (`9999 9999 00xx`) — never a real one. */
  aadhaar?: string;
  aadhaarLast4?: string;
  /** Base64 JPEG of a drawn silhouette; every persona with `eaadhaar: "Y"` has one. */
  photo?: string;
  address?: Address;
  localAddress?: Address;
  /** The persona has no DigiLocker account until it signs up through the screens. */
  signup: boolean;
  documents: IssuedItem[];
  uploads: UploadedItem[];
  /** Certificate data by issued-item uri. */
  documentData: Map<string, DocumentData>;
}

interface DocumentSpec {
  doctype: string;
  issuerid: string;
  issuer: string;
  name: string;
  date: string;
  mime: string[] | string;
  docid?: string;
  data?: DocumentData;
  size?: string | number;
  parent?: string;
}

interface UploadSpec {
  id: string;
  name: string;
  type: string;
  parent: string;
  date: string;
  mime?: string;
}

interface PersonaSpec {
  id: string;
  name: string;
  localName?: string;
  dob: string;
  gender: string;
  mobile: string;
  email: string;
  username?: string;
  pin?: string;
  eaadhaar: string;
  aadhaar?: string;
  aadhaarLast4?: string;
  photo?: string;
  signup?: boolean;
  address?: Address;
  localAddress?: Address;
  documents?: DocumentSpec[];
  uploads?: UploadSpec[];
  generate?: { count: number; seed: string };
}

// Issuers a large locker cycles through; dates deliberately mix the formats real issuers use.
const GENERATED_KINDS: Array<Omit<DocumentSpec, "date">> = [
  {
    doctype: "SSCER",
    issuerid: "in.gov.cbse",
    issuer: "Central Board of Secondary Education",
    name: "Class X Marksheet",
    mime: ["application/pdf"],
  },
  {
    doctype: "INSPL",
    issuerid: "in.gov.irdai",
    issuer: "Insurance Regulatory and Development Authority",
    name: "Insurance Policy",
    mime: ["application/pdf", "application/xml"],
  },
  {
    doctype: "BTCER",
    issuerid: "in.gov.delhi",
    issuer: "Government of NCT of Delhi",
    name: "Birth Certificate",
    mime: ["application/pdf"],
  },
  {
    doctype: "PRTAX",
    issuerid: "in.gov.mcd",
    issuer: "Municipal Corporation of Delhi",
    name: "Property Tax Receipt",
    mime: ["application/pdf", "application/xml"],
  },
  {
    doctype: "UTLBL",
    issuerid: "in.co.bses",
    issuer: "BSES Rajdhani Power",
    name: "Electricity Bill",
    mime: ["application/pdf"],
  },
];

function docid(seed: string, index: number): string {
  return createHash("sha256").update(`${seed}:${index}`).digest("hex").slice(0, 32);
}

function uuidFrom(seed: string): string {
  const hex = createHash("sha256").update(seed).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function toItem(spec: DocumentSpec, id: string): IssuedItem {
  return {
    name: spec.name,
    type: "file",
    size: spec.size ?? "",
    date: spec.date,
    parent: spec.parent ?? "",
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

const PHOTOS = images as unknown as Record<string, string>;

/** The award PNG that uploaded `image/png` files serve. */
export const SAMPLE_PNG = Buffer.from(PHOTOS.award, "base64");
/** The JPEG that uploaded `image/jpeg` files serve. */
export const SAMPLE_JPEG = Buffer.from(PHOTOS.p5, "base64");

/** The bytes `/1/file/` serves for an uploaded file; its listed `size` is their length. */
export function uploadedBody(
  ownerName: string,
  item: { name: string; mime: string },
): { body: Buffer; contentType: string } {
  if (item.mime === "image/jpeg") return { body: SAMPLE_JPEG, contentType: "image/jpeg" };
  if (item.mime === "image/png") return { body: SAMPLE_PNG, contentType: "image/png" };
  return {
    body: pdfBytes([item.name, `Uploaded by ${ownerName}`, "DigiLocker sandbox upload - fictional"]),
    contentType: "application/pdf",
  };
}

function uploads(personaId: string, ownerName: string, specs: UploadSpec[]): UploadedItem[] {
  return specs.map((u) => ({
    id: u.id,
    name: u.name,
    type: u.type === "dir" ? "dir" : "file",
    size:
      u.type === "dir"
        ? ""
        : String(uploadedBody(ownerName, { name: u.name, mime: u.mime ?? "" }).body.length),
    date: u.date,
    parent: u.parent,
    mime: u.mime ?? "",
    uri: u.type === "dir" ? "" : `in.gov.digilocker-UPLOAD-${docid(`${personaId}:${u.id}`, 0)}`,
    description: u.name,
    issuer: "Self Uploaded",
  }));
}

function load(): Map<string, Persona> {
  const personas = new Map<string, Persona>();
  for (const spec of (fixtures as { personas: PersonaSpec[] }).personas) {
    const documentData = new Map<string, DocumentData>();
    const documents = spec.generate
      ? generated(spec.generate.count, spec.generate.seed)
      : (spec.documents ?? []).map((d, i) => {
          const item = toItem(d, d.docid ?? docid(spec.id, i));
          if (d.data) documentData.set(item.uri, d.data);
          return item;
        });
    const { generate: _generate, documents: _documents, uploads: uploadSpecs, photo, ...rest } = spec;
    personas.set(spec.id, {
      ...rest,
      username: spec.username ?? "",
      pin: spec.pin ?? "",
      signup: spec.signup === true,
      photo: photo ? PHOTOS[photo] : undefined,
      digilockerId: uuidFrom(spec.id),
      eaadhaar: spec.eaadhaar === "Y" ? "Y" : "N",
      documents,
      uploads: uploads(spec.id, spec.name, uploadSpecs ?? []),
      documentData,
    });
  }
  return personas;
}

export const personas: ReadonlyMap<string, Persona> = load();
