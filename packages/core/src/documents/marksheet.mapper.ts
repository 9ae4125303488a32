import { parseDateOfBirth } from "../aadhaar/kyc-fields";
import type { Marksheet } from "./certificate-document.types";
import { child, children, commonFields, value, type CertificateEnvelope } from "./certificate-envelope";
import { isoDate } from "./certificate-values";

/**
 * Marksheets and pass certificates (`SSCER`, `HSCER` and every board using the academic shape).
 * Source: API Setu `AcademicCertificateSchema` (e.g. apisetu.gov.in/api_specification_v8/transportas.yaml and the
 * board specs, mirrored at github.com/APIs-guru/openapi-directory `APIs/apisetu.gov.in/*`):
 * `CertificateData/School@name,code`, `Examination@name,month,year`,
 * `Performance@result,resultDate,marksTotal,marksMax,percentage,cgpa,grade` and
 * `Performance/Subjects/Subject@code,name,marksTheory,marksPractical,marksTotal,marksMax,grade`; the board is
 * `IssuedBy/Organization@name`, the roll number `Certificate@number`.
 */
export function mapMarksheet(envelope: CertificateEnvelope): Marksheet | null {
  const examination = child(envelope.data, "Examination");
  const performance = child(envelope.data, "Performance");
  if (!examination && !performance) return null;
  const school = child(envelope.data, "School");
  return {
    kind: "Marksheet",
    ...commonFields(envelope),
    board: value(envelope.organization, "name"),
    examination: value(examination, "name"),
    examMonth: value(examination, "month"),
    examYear: value(examination, "year"),
    rollNumber: value(envelope.root, "number"),
    name: value(envelope.person, "name"),
    dateOfBirth: parseDateOfBirth(value(envelope.person, "dob")).dateOfBirth,
    school: value(school, "name"),
    schoolCode: value(school, "code"),
    subjects: children(child(performance, "Subjects"), "Subject").map((subject) => ({
      code: value(subject, "code"),
      name: value(subject, "name"),
      marksTheory: value(subject, "marksTheory"),
      marksPractical: value(subject, "marksPractical"),
      marksTotal: value(subject, "marksTotal"),
      marksMax: value(subject, "marksMax"),
      grade: value(subject, "grade"),
    })),
    result: value(performance, "result"),
    resultDate: isoDate(value(performance, "resultDate")),
    marksTotal: value(performance, "marksTotal"),
    marksMax: value(performance, "marksMax"),
    percentage: value(performance, "percentage"),
    cgpa: value(performance, "cgpa"),
    grade: value(performance, "grade"),
  };
}
