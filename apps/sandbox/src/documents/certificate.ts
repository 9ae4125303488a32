import type { IssuedItem, Persona } from "../personas";
import { signEnveloped } from "./sign";
import { attrs, dateParts } from "./xml";

/** `DD-MM-YYYY` from any of the issued list's date formats. */
function ddmmyyyy(date: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (iso) return `${iso[3]}-${iso[2]}-${iso[1]}`;
  const [dd, mm, yyyy] = dateParts(date);
  return `${dd}-${mm}-${yyyy}`;
}

function docidOf(item: IssuedItem): string {
  return item.uri.slice(item.issuerid.length + item.doctype.length + 2);
}

type Pairs = Array<[string, string | undefined]>;

/** `[name, value]` pairs of a record in the order given, for `attrs`. */
function pairsOf(record: Record<string, string> | undefined, names: readonly string[]): Pairs {
  return names.map((name) => [name, record?.[name]]);
}

interface CertificateParts {
  number: string;
  expiryDate?: string;
  status: string;
  issuedBy?: string;
  issuedAt?: string;
  data: string;
}

/**
 * `CertificateData` per doctype in the shapes API Setu publishes for DigiLocker issuers (the per-doctype
 * schemas of apisetu.gov.in/api_specification_v8/*.yaml: `DrivingLicenseSchema`, `VehicleRegistrationSchema`,
 * `AcademicCertificateSchema`) and docs/digilocker.md's PAN and licence lines. All values are fictional.
 */
function certificateData(persona: Persona, item: IssuedItem): CertificateParts {
  const extra = persona.documentData.get(item.uri) ?? {};
  const issued = ddmmyyyy(item.date);
  const common = {
    number: extra.number ?? docidOf(item),
    expiryDate: extra.expiryDate,
    status: extra.status ?? "A",
    issuedBy: extra.issuedBy,
    issuedAt: extra.issuedAt,
  };
  switch (item.doctype) {
    case "PANCR": {
      const pan = docidOf(item);
      return {
        ...common,
        number: pan,
        data: `<PAN${attrs([
          ["num", pan],
          ["status", "Valid"],
        ])}/>`,
      };
    }
    case "DRVLC": {
      const categories = (extra.categories ?? [])
        .map(
          (c) =>
            `<Category${attrs([
              ["code", c.code],
              ["abbreviation", c.abbreviation],
              ["description", c.description],
              ["issueDate", c.issueDate],
              ["endorseDate", c.endorseDate],
            ])}/>`,
        )
        .join("");
      const validity: Pairs = [
        ["nonTransportValidFrom", extra.nonTransportValidTo ? issued : undefined],
        ["nonTransportValidTo", extra.nonTransportValidTo],
        ["transportValidFrom", extra.transportValidFrom],
        ["transportValidTo", extra.transportValidTo],
      ];
      return {
        ...common,
        data: `<DrivingLicense${attrs(validity)}><Categories>${categories}</Categories></DrivingLicense>`,
      };
    }
    case "RVCER": {
      const vehicle = `<Vehicle${attrs(pairsOf(extra.vehicle, ["class", "make", "model", "fuelDesc", "color", "chasisNo", "engineNo", "mfgDate", "fitTill"]))}/>`;
      const insurance = extra.insurance
        ? `<Insurance${attrs(pairsOf(extra.insurance, ["companyName", "policyNo", "validTill"]))}/>`
        : "";
      return {
        ...common,
        data: `<VehicleRegistration${attrs(pairsOf(extra.registration, ["financer", "normsDesc", "statusDate"]))}>${vehicle}${insurance}</VehicleRegistration>`,
      };
    }
    case "SSCER":
    case "HSCER": {
      const subjects = (extra.subjects ?? [])
        .map(
          (s) =>
            `<Subject${attrs(pairsOf(s, ["code", "name", "marksTheory", "marksMaxTheory", "marksPractical", "marksMaxPractical", "marksTotal", "marksMax", "gp", "gpMax", "grade"]))}/>`,
        )
        .join("");
      return {
        ...common,
        data:
          `<School${attrs(pairsOf(extra.school, ["name", "code"]))}/>` +
          `<Examination${attrs(pairsOf(extra.examination, ["name", "month", "year"]))}/>` +
          `<Performance${attrs(pairsOf(extra.performance, ["result", "resultDate", "marksTotal", "marksMax", "percentage", "cgpa", "cgpaMax", "grade"]))}><Subjects>${subjects}</Subjects></Performance>`,
      };
    }
    case "BTCER":
      return { ...common, data: "" };
    default:
      return {
        ...common,
        data: `<Document${attrs([
          ["name", item.name],
          ["issuedOn", issued],
        ])}/>`,
      };
  }
}

/**
 * The certificate XML DigiLocker serves on `/1/xml/{uri}` for non-Aadhaar documents, in the
 * docs/digilocker.md shape, enveloped-signed like e-Aadhaar.
 */
export function certificateXml(persona: Persona, item: IssuedItem): string {
  const { number, expiryDate, status, issuedBy, issuedAt, data } = certificateData(persona, item);
  const extra = persona.documentData.get(item.uri) ?? {};
  const issued = ddmmyyyy(item.date);
  const a = persona.address ?? {};
  const [dd, mm, yyyy] = dateParts(persona.dob);
  const uid = persona.aadhaarLast4 ? `xxxxxxxx${persona.aadhaarLast4}` : "";
  const body =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Certificate${attrs([
      ["language", "99"],
      ["name", item.name],
      ["type", item.doctype],
      ["number", number],
      ["expiryDate", expiryDate],
      ["validFromDate", issued],
      ["issuedAt", issuedAt ?? a.vtc ?? "New Delhi"],
      ["issueDate", issued],
      ["status", status],
    ])}>` +
    `<IssuedBy><Organization${attrs([
      ["name", issuedBy ?? item.issuer],
      ["code", item.issuerid],
      ["tin", ""],
      ["uid", ""],
      ["type", "CG"],
    ])}/></IssuedBy>` +
    `<IssuedTo><Person${attrs([
      ["uid", uid],
      ["title", ""],
      ["name", persona.name],
      ["dob", `${dd}-${mm}-${yyyy}`],
      ["swd", extra.swd ?? a.co],
      ["swdIndicator", (extra.swd ?? a.co)?.slice(0, 1)],
      ["gender", persona.gender],
      ["maritalStatus", ""],
      ["religion", ""],
      ["phone", ""],
      ["email", ""],
    ])}>` +
    `<Address${attrs([
      ["type", "permanent"],
      ["line1", [a.house, a.street].filter(Boolean).join(", ")],
      ["line2", a.loc],
      ["house", a.house],
      ["landmark", a.lm],
      ["locality", a.loc],
      ["vtc", a.vtc],
      ["district", a.dist],
      ["pin", a.pc],
      ["state", a.state],
      ["country", a.country === "India" ? "IN" : a.country],
    ])}/>` +
    (persona.photo ? `<Photo format="jpeg">${persona.photo}</Photo>` : "") +
    `</Person></IssuedTo>` +
    `<CertificateData>${data}</CertificateData>` +
    `</Certificate>`;
  return signEnveloped(body);
}
