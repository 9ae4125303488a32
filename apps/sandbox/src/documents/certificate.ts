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

function certificateData(persona: Persona, item: IssuedItem): { number: string; expiryDate?: string; status: string; data: string } {
  const extra = persona.documentData.get(item.uri) ?? {};
  const issued = ddmmyyyy(item.date);
  switch (item.doctype) {
    case "PANCR": {
      const pan = docidOf(item);
      return { number: pan, status: "A", data: `<PAN${attrs([["num", pan], ["status", "Valid"]])}/>` };
    }
    case "DRVLC": {
      const categories = (extra.categories ?? [])
        .map((c) => `<Category${attrs([["code", c.code], ["abbreviation", c.abbreviation], ["description", c.description], ["issueDate", c.issueDate]])}/>`)
        .join("");
      return {
        number: extra.number ?? docidOf(item),
        expiryDate: extra.expiryDate,
        status: extra.status ?? "A",
        data: `<DrivingLicense><Categories>${categories}</Categories></DrivingLicense>`,
      };
    }
    case "RVCER": {
      const number = extra.number ?? docidOf(item);
      return {
        number,
        status: "A",
        data: `<VehicleRegistration${attrs([["registrationNumber", number], ["registrationDate", issued], ["vehicleClass", "Motor Car (LMV)"], ["fuel", "PETROL"], ["maker", "SANDBOX MOTORS"], ["model", "TEST HATCH"]])}/>`,
      };
    }
    default:
      return {
        number: extra.number ?? docidOf(item),
        expiryDate: extra.expiryDate,
        status: extra.status ?? "A",
        data: `<Document${attrs([["doctype", item.doctype], ["name", item.name], ["issuedOn", issued]])}/>`,
      };
  }
}

/**
 * The certificate XML DigiLocker serves on `/1/xml/{uri}` for non-Aadhaar documents, in the
 * DIGILOCKER.md shape, enveloped-signed like e-Aadhaar.
 */
export function certificateXml(persona: Persona, item: IssuedItem): string {
  const { number, expiryDate, status, data } = certificateData(persona, item);
  const issued = ddmmyyyy(item.date);
  const a = persona.address ?? {};
  const [dd, mm, yyyy] = dateParts(persona.dob);
  const uid = persona.aadhaarLast4 ? `xxxxxxxx${persona.aadhaarLast4}` : "";
  const body =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Certificate${attrs([["language", "99"], ["name", item.name], ["type", item.doctype], ["number", number], ["expiryDate", expiryDate], ["validFromDate", issued], ["issuedAt", a.vtc ?? "New Delhi"], ["issueDate", issued], ["status", status]])}>` +
    `<IssuedBy><Organization${attrs([["name", item.issuer], ["code", item.issuerid], ["tin", ""], ["uid", ""], ["type", "CG"]])}/></IssuedBy>` +
    `<IssuedTo><Person${attrs([["uid", uid], ["title", ""], ["name", persona.name], ["dob", `${dd}-${mm}-${yyyy}`], ["swd", a.co], ["swdIndicator", a.co ? a.co.slice(0, 1) : ""], ["gender", persona.gender], ["maritalStatus", ""], ["religion", ""], ["phone", ""], ["email", ""]])}>` +
    `<Address${attrs([["type", "permanent"], ["line1", [a.house, a.street].filter(Boolean).join(", ")], ["line2", a.loc], ["house", a.house], ["landmark", a.lm], ["locality", a.loc], ["vtc", a.vtc], ["district", a.dist], ["pin", a.pc], ["state", a.state], ["country", a.country === "India" ? "IN" : a.country]])}/>` +
    `<Photo format="jpeg">${persona.photo ?? ""}</Photo>` +
    `</Person></IssuedTo>` +
    `<CertificateData>${data}</CertificateData>` +
    `</Certificate>`;
  return signEnveloped(body);
}
