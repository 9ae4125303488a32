import { parseDateOfBirth } from "../aadhaar/kyc-fields";
import type { XmlElement } from "../xml/xml-element";
import type { DrivingLicence, VehicleClass } from "./certificate-document.types";
import {
  child,
  children,
  commonFields,
  personAddress,
  value,
  type CertificateEnvelope,
} from "./certificate-envelope";
import { isoDate } from "./certificate-values";

/**
 * Driving licence (`DRVLC`, Sarathi / state transport departments).
 * Sources: API Setu "Transport Department" specs (e.g. apisetu.gov.in/api_specification_v8/transportas.yaml,
 * mirrored at github.com/APIs-guru/openapi-directory `APIs/apisetu.gov.in/transportas/3.0.0/openapi.yaml`,
 * `DrivingLicenseSchema`): `Certificate@number,validFromDate,expiryDate,issuedAt`, `IssuedBy/Organization@name`,
 * `CertificateData/DrivingLicense@code,abbreviation,description,issueDate,endorseDate` with `code` `NT`/`TR`;
 * docs/digilocker.md: the same class attributes on `DrivingLicense/Categories/Category` (one per class), both read.
 * Separate non-transport / transport validity is printed on Parivahan licences but is not in the published
 * schema: it is read from `DrivingLicense@nonTransportValidFrom,…To,transportValidFrom,…To` when an issuer
 * sends it, and null otherwise.
 */
export function mapDrivingLicence(envelope: CertificateEnvelope): DrivingLicence | null {
  const licence = child(envelope.data, "DrivingLicense");
  if (!licence) return null;
  const categories = children(child(licence, "Categories"), "Category");
  const classes =
    categories.length > 0
      ? categories
      : value(licence, "abbreviation") || value(licence, "description")
        ? [licence]
        : [];
  const person = envelope.person;
  return {
    kind: "DrivingLicence",
    ...commonFields(envelope),
    licenceNumber: value(envelope.root, "number"),
    name: value(person, "name"),
    dateOfBirth: parseDateOfBirth(value(person, "dob")).dateOfBirth,
    validFrom: isoDate(value(envelope.root, "validFromDate")),
    validTo: isoDate(value(envelope.root, "expiryDate")),
    nonTransportValidFrom: isoDate(value(licence, "nonTransportValidFrom")),
    nonTransportValidTo: isoDate(value(licence, "nonTransportValidTo")),
    transportValidFrom: isoDate(value(licence, "transportValidFrom")),
    transportValidTo: isoDate(value(licence, "transportValidTo")),
    vehicleClasses: classes.map(vehicleClass),
    address: personAddress(person),
    issuingAuthority: value(envelope.organization, "name"),
    issuedAt: value(envelope.root, "issuedAt"),
  };
}

function vehicleClass(element: XmlElement): VehicleClass {
  const code = value(element, "code");
  const category = code === "NT" || code === "TR" ? code : null;
  return {
    code: value(element, "abbreviation") ?? (category ? null : code),
    description: value(element, "description"),
    category,
    transport: category === null ? null : category === "TR",
    issuedOn: isoDate(value(element, "issueDate")),
    endorsedOn: isoDate(value(element, "endorseDate")),
  };
}
