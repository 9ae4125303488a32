import type { DocumentData } from "@lockerkit/client";
import { formatDate } from "../lib/format";

// The rows TypedDocument shows, as plain data (unit-tested without a DOM).

export type Data = DocumentData;
type Row = [label: string, value: string | null | undefined];

export const TITLES: Record<Data["__typename"], string> = {
  PanVerification: "PAN verification",
  DrivingLicence: "Driving licence",
  VehicleRegistration: "Vehicle registration",
  Marksheet: "Marksheet",
  AadhaarDocument: "Aadhaar",
  BirthCertificate: "Birth certificate",
  GenericCertificate: "Certificate",
};

const range = (from: string | null | undefined, to: string | null | undefined): string | null =>
  from || to ? `${from ? formatDate(from) : "…"} – ${to ? formatDate(to) : "…"}` : null;

/** The rows of one typed document, labelled for people; null values are dropped by the caller. */
export function typedRows(data: Data): Row[] {
  const common: Row[] = [
    ["Holder", data.holderName],
    ["Issued by", data.issuerName],
    ["Issued on", data.issuedOn ? formatDate(data.issuedOn) : null],
  ];
  switch (data.__typename) {
    case "PanVerification":
      return [
        ["PAN", data.pan],
        ["Name", data.name],
        ["Date of birth", data.dateOfBirth && formatDate(data.dateOfBirth)],
        ["Status", data.status],
        ...common.slice(1),
      ];
    case "DrivingLicence": {
      const a = data.address;
      const address = a
        ? [a.line1, a.line2, a.locality, a.vtc, a.district, a.state, a.pincode].filter(Boolean).join(", ")
        : null;
      return [
        ["Licence number", data.licenceNumber],
        ["Name", data.name],
        ["Date of birth", data.dateOfBirth && formatDate(data.dateOfBirth)],
        ["Valid", range(data.validFrom, data.validTo)],
        ["Non-transport validity", range(data.nonTransportValidFrom, data.nonTransportValidTo)],
        ["Transport validity", range(data.transportValidFrom, data.transportValidTo)],
        ["Licensing authority", data.issuingAuthority],
        ["Issued at", data.issuedAt],
        ["Address", address],
        ["Issued on", data.issuedOn ? formatDate(data.issuedOn) : null],
      ];
    }
    case "VehicleRegistration":
      return [
        ["Registration number", data.registrationNumber],
        ["Owner", data.ownerName],
        ["Maker / model", [data.maker, data.model].filter(Boolean).join(" ") || null],
        ["Vehicle class", data.vehicleClass],
        ["Fuel", data.fuel],
        ["Colour", data.colour],
        ["Emission norms", data.emissionNorms],
        ["Registered on", data.registeredOn && formatDate(data.registeredOn)],
        ["Registration valid until", data.registrationValidTo && formatDate(data.registrationValidTo)],
        ["Fitness valid until", data.fitnessValidTo && formatDate(data.fitnessValidTo)],
        ["Insurance", data.insuranceCompany],
        ["Insurance valid until", data.insuranceValidTo && formatDate(data.insuranceValidTo)],
        ["Financer", data.financer],
        ["Chassis number", data.chassisNumber],
        ["Engine number", data.engineNumber],
        ["Issued by", data.issuerName],
      ];
    case "Marksheet":
      return [
        ["Board", data.board],
        ["Examination", [data.examination, data.examMonth, data.examYear].filter(Boolean).join(" ") || null],
        ["Roll number", data.rollNumber],
        ["Name", data.name],
        ["Date of birth", data.dateOfBirth && formatDate(data.dateOfBirth)],
        ["School", data.school],
        ["Result", data.result],
        [
          "Marks",
          data.marksTotal && data.marksMax ? `${data.marksTotal} / ${data.marksMax}` : data.marksTotal,
        ],
        ["Percentage", data.percentage],
        ["CGPA", data.cgpa],
        ["Grade", data.grade],
        ["Result date", data.resultDate && formatDate(data.resultDate)],
      ];
    case "AadhaarDocument":
      return [
        ["Aadhaar", data.maskedAadhaar],
        ["Name", data.name],
        ["Date of birth", data.dateOfBirth && formatDate(data.dateOfBirth)],
        ["Gender", data.gender],
      ];
    case "BirthCertificate":
      return [
        ["Registration number", data.registrationNumber],
        ["Name", data.name],
        ["Date of birth", data.dateOfBirth && formatDate(data.dateOfBirth)],
        ["Gender", data.gender],
        ["Parent", data.parentName],
        ["Registered on", data.registeredOn && formatDate(data.registeredOn)],
        ["Issued by", data.issuerName],
      ];
    case "GenericCertificate":
      return [
        ["Title", data.title],
        ["Number", data.number],
        ...common,
        ...data.fields.map((f): Row => [f.label, f.value]),
      ];
  }
}
