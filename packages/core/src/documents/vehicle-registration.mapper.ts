import type { VehicleRegistration } from "./certificate-document.types";
import { child, commonFields, value, type CertificateEnvelope } from "./certificate-envelope";
import { isoDate, maskToLastFive } from "./certificate-values";

/**
 * Vehicle registration certificate (`RVCER`, Vahan / state transport departments).
 * Source: API Setu "Transport Department" specs, `VehicleRegistrationSchema` (apisetu.gov.in/api_specification_v8/
 * transportas.yaml, mirrored at github.com/APIs-guru/openapi-directory `APIs/apisetu.gov.in/transportas/3.0.0/
 * openapi.yaml`): `Certificate@number,issueDate,expiryDate`, owner `IssuedTo/Person@name`,
 * `CertificateData/VehicleRegistration@financer,normsDesc,statusDate` with
 * `Vehicle@class,make,model,fuelDesc,color,chasisNo,engineNo,fitTill` and `Insurance@companyName,validTill`.
 * Chassis and engine numbers are identifiers, not needed in clear for KYC: only their last 5 characters are kept.
 */
export function mapVehicleRegistration(envelope: CertificateEnvelope): VehicleRegistration | null {
  const registration = child(envelope.data, "VehicleRegistration");
  if (!registration) return null;
  const vehicle = child(registration, "Vehicle");
  const insurance = child(registration, "Insurance");
  return {
    kind: "VehicleRegistration",
    ...commonFields(envelope),
    registrationNumber: value(envelope.root, "number"),
    ownerName: value(envelope.person, "name"),
    maker: value(vehicle, "make"),
    model: value(vehicle, "model"),
    vehicleClass: value(vehicle, "class"),
    fuel: value(vehicle, "fuelDesc"),
    colour: value(vehicle, "color"),
    emissionNorms: value(registration, "normsDesc"),
    registeredOn: isoDate(value(envelope.root, "issueDate")),
    registrationValidTo: isoDate(value(envelope.root, "expiryDate")),
    fitnessValidTo: isoDate(value(vehicle, "fitTill")),
    insuranceCompany: value(insurance, "companyName"),
    insuranceValidTo: isoDate(value(insurance, "validTill")),
    financer: value(registration, "financer"),
    chassisNumber: maskToLastFive(value(vehicle, "chasisNo")),
    engineNumber: maskToLastFive(value(vehicle, "engineNo")),
  };
}
