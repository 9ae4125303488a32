import { describe, expect, it } from "@jest/globals";
import { typedRows } from "../src/components/typedDocumentRows";

describe("typed document rows", () => {
  it("labels a driving licence's typed fields for people, with date ranges and no raw paths", () => {
    const rows = typedRows({
      __typename: "DrivingLicence",
      documentNumber: "RJ14 20180001234",
      holderName: "Asha Verma",
      issuedOn: "2018-01-21",
      issuerName: "RTO Jaipur",
      licenceNumber: "RJ14 20180001234",
      name: "Asha Verma",
      dateOfBirth: "1992-08-14",
      validFrom: "2018-01-21",
      validTo: "2038-01-20",
      nonTransportValidFrom: null,
      nonTransportValidTo: null,
      transportValidFrom: "2021-06-15",
      transportValidTo: "2024-06-14",
      issuingAuthority: "RTO Jaipur",
      issuedAt: null,
      address: null,
      vehicleClasses: [],
    });
    expect(rows).toContainEqual(["Licence number", "RJ14 20180001234"]);
    expect(rows).toContainEqual(["Transport validity", "15 Jun 2021 – 14 Jun 2024"]);
    expect(rows).toContainEqual(["Non-transport validity", null]);
    for (const [label] of rows) expect(label).not.toMatch(/›|@|\//);
  });

  it("shows a generic certificate's labelled fields after its title", () => {
    const rows = typedRows({
      __typename: "GenericCertificate",
      documentNumber: "P-1",
      holderName: "Kiran",
      issuedOn: null,
      issuerName: "IRDAI",
      title: "Insurance Policy",
      number: "P-1",
      fields: [{ label: "Date of birth", path: "IssuedTo/Person@dob", value: "1970-01-01" }],
    });
    expect(rows[0]).toEqual(["Title", "Insurance Policy"]);
    expect(rows).toContainEqual(["Date of birth", "1970-01-01"]);
  });
});
