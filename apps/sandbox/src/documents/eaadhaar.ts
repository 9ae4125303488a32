import { createHash } from "node:crypto";
import type { Persona } from "../personas";
import { signEnveloped } from "./sign";
import { attrs, dateParts } from "./xml";

/** The IST timestamp the sandbox stamps on a persona's e-Aadhaar (fixed per process for stable bytes). */
function istParts(at: Date): { iso: string; compact: string; ttl: string } {
  const ist = new Date(at.getTime() + 5.5 * 3600_000);
  const iso = ist.toISOString().replace("Z", "");
  const next = new Date(ist.getTime() + 365 * 86400_000).toISOString().slice(0, 19);
  return { iso: `${iso}+05:30`, compact: iso.slice(0, 19).replace(/\D/g, ""), ttl: next };
}

/**
 * The persona's e-Aadhaar exactly in docs/aadhaar.md's shape: `KycRes/UidData` with the uid already
 * masked, `Poi`, `Poa` (empty attributes omitted), `LData`, `Pht`, enveloped-signed by the sandbox signer.
 */
export function eaadhaarXml(persona: Persona, at: Date): string {
  const declaration = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
  return signEnveloped(
    `${declaration}<Certificate><CertificateData>\n${kycRes(persona, at)}\n</CertificateData>\n</Certificate>`,
  );
}

/** The official spec's shape (`/oauth2/2/xml/eaadhaar`): `KycRes` is the root and the signature is enveloped in it. */
export function eaadhaarKycResXml(persona: Persona, at: Date): string {
  return signEnveloped(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${kycRes(persona, at).trim()}`,
  );
}

function kycRes(persona: Persona, at: Date): string {
  const seed = createHash("sha256").update(`eaadhaar:${persona.id}`).digest("hex");
  const { iso, compact, ttl } = istParts(at);
  const [dd, mm, yyyy] = dateParts(persona.dob);
  const a = persona.address ?? {};
  const l = persona.localAddress ?? {};
  const uid = `xxxxxxxx${persona.aadhaarLast4 ?? (persona.aadhaar ?? "").slice(-4)}`;
  return (
    ` <KycRes${attrs([
      ["code", seed.slice(0, 32)],
      ["ret", "Y"],
      ["ts", iso],
      ["ttl", ttl],
      ["txn", `UKC:${seed.slice(32, 44)}${compact}`],
    ])}>\n` +
    `  <UidData tkn="" uid="${uid}">\n` +
    `   <Poi${attrs([
      ["dob", `${dd}-${mm}-${yyyy}`],
      ["gender", persona.gender],
      ["name", persona.name],
    ])}/>\n` +
    `   <Poa${attrs([
      ["co", a.co],
      ["country", a.country],
      ["dist", a.dist],
      ["house", a.house],
      ["lm", a.lm],
      ["loc", a.loc],
      ["pc", a.pc],
      ["po", a.po],
      ["state", a.state],
      ["street", a.street],
      ["subdist", a.subdist],
      ["vtc", a.vtc],
    ])}/>\n` +
    `   <LData${attrs([
      ["co", l.co],
      ["country", " "],
      ["dist", l.dist],
      ["lang", l.lang ?? "06"],
      ["lm", l.lm],
      ["loc", l.loc],
      ["name", persona.localName ?? persona.name],
      ["pc", l.pc],
      ["state", l.state],
      ["street", l.street],
      ["vtc", l.vtc],
    ])}/>\n` +
    `   <Pht>${persona.photo ?? ""}</Pht>\n` +
    `  </UidData>\n` +
    ` </KycRes>`
  );
}
