/** Every wire quirk in docs/digilocker.md, normalised (pure functions; the sandbox tests cover them end to end). */
import {
  emptyToNull,
  hasProfile,
  normalizeEpochSeconds,
  normalizeGender,
  normalizeMime,
  normalizeScope,
  normalizeSize,
  parseDigiLockerDate,
  parseIssuedFile,
  parseIssuedList,
  parseProfile,
  parsePullDocTypes,
  parsePulledUri,
  parsePullIssuers,
  parsePullParameters,
  parseTokenResponse,
  parseUploadedListing,
  UpstreamProtocolError,
} from "../../src/digilocker";

describe("dates: every known format → ISO YYYY-MM-DD", () => {
  test.each([
    ["14081992", "1992-08-14"], // DDMMYYYY (dob)
    ["21-01-2018", "2018-01-21"], // DD-MM-YYYY
    ["12/06/2015", "2015-06-12"], // DD/MM/YYYY
    ["12.06.2015", "2015-06-12"],
    ["2008-05-28", "2008-05-28"], // ISO date
    ["2019-03-08T11:44:07+05:30", "2019-03-08"], // ISO date-time: the calendar date as written
    ["2019-03-08T23:44:07Z", "2019-03-08"],
    ["2019-03-08 11:44:07", "2019-03-08"],
    ["08-03-2019 11:44:07", "2019-03-08"],
    ["8/3/2019", "2019-03-08"],
    ["12-Jun-2015", "2015-06-12"],
    [" 12/06/2015 ", "2015-06-12"],
  ])("%s → %s", (input, expected) => {
    expect(parseDigiLockerDate(input)).toBe(expected);
  });

  test.each([[""], ["31/02/2020"], ["2020-13-01"], ["not a date"], [null], [undefined], [20200101]])(
    "%p → null",
    (input) => {
      expect(parseDigiLockerDate(input)).toBeNull();
    },
  );
});

describe("type drift", () => {
  test("mime: array on /2, comma string on legacy /1, empty → []", () => {
    expect(normalizeMime(["application/pdf", "application/xml"])).toEqual([
      "application/pdf",
      "application/xml",
    ]);
    expect(normalizeMime("application/pdf,application/xml")).toEqual(["application/pdf", "application/xml"]);
    expect(normalizeMime("application/pdf")).toEqual(["application/pdf"]);
    expect(normalizeMime("")).toEqual([]);
    expect(normalizeMime(null)).toEqual([]);
  });

  test("consent_valid_till: number or string of unix seconds → Date; junk → null", () => {
    expect(normalizeEpochSeconds(1_900_000_000)).toEqual(new Date(1_900_000_000_000));
    expect(normalizeEpochSeconds("1900000000")).toEqual(new Date(1_900_000_000_000));
    expect(normalizeEpochSeconds(" 1900000000 ")).toEqual(new Date(1_900_000_000_000));
    expect(normalizeEpochSeconds("")).toBeNull();
    expect(normalizeEpochSeconds("soon")).toBeNull();
    expect(normalizeEpochSeconds(null)).toBeNull();
  });

  test("scope: null → [], space-separated → list", () => {
    expect(normalizeScope(null)).toEqual([]);
    expect(normalizeScope("files.issueddocs userdetails  openid")).toEqual([
      "files.issueddocs",
      "userdetails",
      "openid",
    ]);
    expect(normalizeScope(["a", "", "b"])).toEqual(["a", "b"]);
  });

  test("empty strings are null; numbers become strings", () => {
    expect(emptyToNull("")).toBeNull();
    expect(emptyToNull("   ")).toBeNull();
    expect(emptyToNull(undefined)).toBeNull();
    expect(emptyToNull("x")).toBe("x");
    expect(emptyToNull(12)).toBe("12");
  });

  test("gender M|F|T (any case), else null; sizes number|string|'' → number|null", () => {
    expect(normalizeGender("f")).toBe("F");
    expect(normalizeGender("T")).toBe("T");
    expect(normalizeGender("X")).toBeNull();
    expect(normalizeSize("2048")).toBe(2048);
    expect(normalizeSize(1024)).toBe(1024);
    expect(normalizeSize("")).toBeNull();
  });
});

describe("response parsers", () => {
  const tokenBody = {
    access_token: "a".repeat(40),
    token_type: "Bearer",
    expires_in: 3600,
    scope: null,
    refresh_token: "b".repeat(40),
    consent_valid_till: "1900000000",
    digilockerid: "123e4567-e89b-12d3-a456-426614174000",
    name: "Asha Verma",
    dob: "14081992",
    gender: "F",
    eaadhaar: "Y",
    reference_key: "",
    new_account: "N",
  };

  test("token response: scope null → [], string consent_valid_till → Date, reference_key '' → null, profile", () => {
    const tokens = parseTokenResponse(tokenBody);
    expect(tokens.scope).toEqual([]);
    expect(tokens.consentValidTill).toEqual(new Date(1_900_000_000_000));
    expect(tokens.newAccount).toBe(false);
    expect(tokens.idToken).toBeNull();
    expect(tokens.profile).toEqual({
      digilockerId: tokenBody.digilockerid,
      name: "Asha Verma",
      dateOfBirth: "1992-08-14",
      gender: "F",
      eaadhaarAvailable: true,
      referenceKey: null,
      mobile: null,
      email: null,
      picture: null,
    });
    expect(parseTokenResponse({ ...tokenBody, consent_valid_till: 1_900_000_000 }).consentValidTill).toEqual(
      new Date(1_900_000_000_000),
    );
  });

  test("token response from /2/token passes id_token through", () => {
    expect(parseTokenResponse({ ...tokenBody, id_token: "h.p.s" }).idToken).toBe("h.p.s");
  });

  test("token response without access_token is a protocol error", () => {
    expect(() => parseTokenResponse({ token_type: "Bearer" })).toThrow(UpstreamProtocolError);
    expect(() => parseTokenResponse([])).toThrow(UpstreamProtocolError);
  });

  test("profile: v2.4 fields mobile, email, picture; eaadhaar N", () => {
    const profile = parseProfile({
      digilockerid: "x",
      name: "",
      dob: "01-02-2000",
      gender: "M",
      eaadhaar: "N",
      reference_key: "",
      mobile: "9000000001",
      email: "",
      picture: "AAAA",
    });
    expect(profile).toMatchObject({
      name: null,
      dateOfBirth: "2000-02-01",
      eaadhaarAvailable: false,
      mobile: "9000000001",
      email: null,
      picture: "AAAA",
    });
  });

  test("issued list: items without uri are dropped; a missing or null items list is empty, a non-list is a protocol error", () => {
    const files = parseIssuedList({
      items: [
        {
          name: "PAN",
          type: "file",
          size: "",
          date: "12/06/2015",
          parent: "",
          mime: ["application/pdf"],
          uri: "in.gov.pan-PANCR-ABCPK1234M",
          doctype: "PANCR",
          description: "",
          issuerid: "in.gov.pan",
          issuer: "Income Tax Department",
        },
        { name: "broken", uri: "" },
        "junk",
      ],
      resource: "issued",
    });
    expect(files).toEqual([
      {
        uri: "in.gov.pan-PANCR-ABCPK1234M",
        name: "PAN",
        doctype: "PANCR",
        description: null,
        issuer: "Income Tax Department",
        issuerId: "in.gov.pan",
        issuedOn: "2015-06-12",
        mimeTypes: ["application/pdf"],
        size: null,
        parent: null,
        type: "file",
      },
    ]);
    expect(parseIssuedList({ resource: "issued" })).toEqual([]);
    expect(parseIssuedList({ items: null, resource: "issued" })).toEqual([]);
    expect(() => parseIssuedList({ items: "none" })).toThrow(UpstreamProtocolError);
    expect(parseUploadedListing({ directory: "d1" })).toEqual({ directory: "d1", items: [] });
    expect(parseUploadedListing({ directory: "d1", items: null }).items).toEqual([]);
    expect(parseIssuedFile({ uri: "u", mime: "application/pdf,application/xml" })?.mimeTypes).toEqual([
      "application/pdf",
      "application/xml",
    ]);
  });

  test("uploaded listing: dirs and files, sizes, empty strings as null", () => {
    const listing = parseUploadedListing({
      directory: "",
      items: [
        {
          id: "d1",
          name: "Certificates",
          type: "dir",
          size: "",
          date: "",
          parent: "",
          mime: "",
          uri: "",
          description: "",
          issuer: "",
        },
        {
          id: "f1",
          name: "rent.pdf",
          type: "file",
          size: "2048",
          date: "05-11-2020",
          parent: "d1",
          mime: "application/pdf",
          uri: "in.gov.digilocker-UPL-1",
          description: "",
          issuer: "",
        },
      ],
    });
    expect(listing.directory).toBeNull();
    expect(listing.items[0]).toMatchObject({
      id: "d1",
      type: "dir",
      size: null,
      date: null,
      mimeTypes: [],
      uri: null,
    });
    expect(listing.items[1]).toMatchObject({
      id: "f1",
      type: "file",
      size: 2048,
      date: "2020-11-05",
      parent: "d1",
      mimeTypes: ["application/pdf"],
    });
  });

  test("every field spelling: digilockerid/digilocker_id, eaadhaar/eaadhar, dob as a string or a number", () => {
    const official = {
      digilocker_id: "dl-1",
      name: "Sunil Kumar",
      dob: 1011990,
      gender: "M",
      eaadhar: "Y",
      reference_key: "",
    };
    expect(parseProfile(official)).toMatchObject({
      digilockerId: "dl-1",
      dateOfBirth: "1990-01-01",
      eaadhaarAvailable: true,
    });
    expect(parseProfile({ digilockerid: "dl-2", dob: 31121970, eaadhaar: "N" })).toMatchObject({
      digilockerId: "dl-2",
      dateOfBirth: "1970-12-31",
      eaadhaarAvailable: false,
    });
    expect(parseProfile({ digilockerid: "dl-3", dob: "31121970", eaadhar: "Y" })).toMatchObject({
      dateOfBirth: "1970-12-31",
      eaadhaarAvailable: true,
    });
    expect(parseProfile({ digilockerid: "dl-4", dob: 1.5 }).dateOfBirth).toBeNull();
    const tokens = parseTokenResponse({
      access_token: "a",
      expires_in: 3600,
      token_type: "Bearer",
      scope: "",
      refresh_token: "r",
      ...official,
    });
    expect(tokens.profile).toMatchObject({
      digilockerId: "dl-1",
      eaadhaarAvailable: true,
      dateOfBirth: "1990-01-01",
    });
    // The spec's other token schema carries no profile: null, so the caller reads /1/user.
    expect(
      parseTokenResponse({
        access_token: "a",
        expires_in: 3600,
        token_type: "Bearer",
        scope: "",
        refresh_token: "r",
      }).profile,
    ).toBeNull();
    expect(hasProfile({ digilocker_id: "x" })).toBe(true);
    expect(hasProfile({ access_token: "a" })).toBe(false);
  });

  test("pull issuers: categories (the spec) and category (some answers)", () => {
    expect(
      parsePullIssuers({
        issuers: [{ orgid: "1", issuerid: "a", name: "A", description: "", categories: "Education" }],
      })[0]?.category,
    ).toBe("Education");
    expect(
      parsePullIssuers({
        issuers: [{ orgid: "1", issuerid: "a", name: "A", description: "", category: "Transport" }],
      })[0]?.category,
    ).toBe("Transport");
    expect(
      parsePullIssuers({ issuers: [{ orgid: "1", categories: ["Central", "Education"] }] })[0]?.category,
    ).toBe("Central, Education");
  });

  test("pull answers: issuers, documents, parameters (array or wrapped), pulled uri", () => {
    expect(
      parsePullIssuers({
        issuers: [
          {
            orgid: "002990",
            issuerid: "in.gov.transport",
            name: "Transport",
            description: "",
            category: "Central",
          },
        ],
      }),
    ).toEqual([
      {
        orgId: "002990",
        issuerId: "in.gov.transport",
        name: "Transport",
        description: null,
        category: "Central",
      },
    ]);
    expect(
      parsePullDocTypes({
        documents: [{ doctype: "DRVLC", description: "Driving License" }, { doctype: "" }],
      }),
    ).toEqual([{ doctype: "DRVLC", description: "Driving License" }]);
    const params = [
      { label: "DL number", paramname: "dlno", valuelist: "", example: "MH01" },
      { label: "State", paramname: "state", valuelist: "MH,KA", example: "" },
    ];
    expect(parsePullParameters(params)).toEqual([
      { label: "DL number", paramName: "dlno", valueList: [], example: "MH01" },
      { label: "State", paramName: "state", valueList: ["MH", "KA"], example: null },
    ]);
    expect(parsePullParameters({ parameters: params })).toHaveLength(2);
    expect(parsePulledUri({ uri: "in.gov.transport-DRVLC-1" })).toBe("in.gov.transport-DRVLC-1");
    expect(() => parsePulledUri({})).toThrow(UpstreamProtocolError);
  });
});
