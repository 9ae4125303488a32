import { redactAadhaarNumbers } from "../aadhaar/aadhaar-number";
import type { XmlElement } from "../xml/xml-element";
import { mapAadhaarDocument } from "./aadhaar-document.mapper";
import { mapBirthCertificate } from "./birth-certificate.mapper";
import type { TypedCertificate } from "./certificate-document.types";
import { child, readEnvelope, type CertificateEnvelope } from "./certificate-envelope";
import { mapDrivingLicence } from "./driving-licence.mapper";
import { mapGenericCertificate } from "./generic-certificate.mapper";
import { mapMarksheet } from "./marksheet.mapper";
import { mapPan } from "./pan.mapper";
import { mapVehicleRegistration } from "./vehicle-registration.mapper";

type Mapper = (envelope: CertificateEnvelope) => TypedCertificate | null;

const BY_DOCTYPE: Readonly<Record<string, Mapper>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, Mapper>, {
    PANCR: mapPan,
    DRVLC: mapDrivingLicence,
    RVCER: mapVehicleRegistration,
    SSCER: mapMarksheet,
    HSCER: mapMarksheet,
    ADHAR: mapAadhaarDocument,
    BTCER: mapBirthCertificate,
  }),
);

/** The typed mapper for a doctype, or one chosen by the data's shape (academic records, Aadhaar `KycRes`). */
function mapperFor(envelope: CertificateEnvelope): Mapper | null {
  const byType = envelope.doctype ? BY_DOCTYPE[envelope.doctype] : undefined;
  if (byType) return byType;
  if (child(envelope.data, "KycRes")) return mapAadhaarDocument;
  if (child(envelope.data, "Examination") && child(envelope.data, "Performance")) return mapMarksheet;
  return null;
}

/**
 * A parsed `<Certificate>` (already refused if malformed) → its typed record. A doctype without a mapper, or a
 * document whose doctype-specific data is missing or unreadable, falls back to `GenericCertificate`; this never
 * throws for any tree the hardened parser accepts. Any full Aadhaar number in a string is masked.
 *
 * @param doctypeHint the issued item's doctype (from its URI), used when the XML has no `type`.
 */
export function mapCertificateDocument(
  root: XmlElement,
  doctypeHint: string | null = null,
): TypedCertificate {
  const envelope = readEnvelope(root, doctypeHint);
  const mapper = mapperFor(envelope);
  let typed: TypedCertificate | null = null;
  if (mapper) {
    try {
      typed = mapper(envelope);
    } catch {
      // A typed mapper meeting data it cannot read: the generic rows still show what is there.
      typed = null;
    }
  }
  return redact(typed ?? mapGenericCertificate(envelope));
}

function redact<T>(value: T): T {
  if (typeof value === "string") return redactAadhaarNumbers(value) as T;
  if (Array.isArray(value)) return value.map(redact) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redact(inner)])) as T;
  }
  return value;
}
