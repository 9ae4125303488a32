import { describe, expect, it } from "@jest/globals";
import {
  addressLines,
  flattenFields,
  formatDate,
  genderLabel,
  humanizeKey,
  normaliseQrText,
  stripDataUrl,
} from "../src/lib/format";
import { problemFromError, problemFromReturnStatus, resumeFailure } from "../src/lib/problems";

describe("problems", () => {
  it("maps the return URL's status to a state", () => {
    expect(problemFromReturnStatus("active")).toBeNull();
    expect(problemFromReturnStatus("denied")).toMatchObject({ kind: "denied", action: "restart" });
    expect(problemFromReturnStatus("expired")).toMatchObject({ kind: "expired", action: "restart" });
    expect(problemFromReturnStatus("failed")).toMatchObject({ kind: "failed", action: "restart" });
    expect(problemFromReturnStatus(null)).toMatchObject({ kind: "failed" });
  });

  it("tells a failed re-consent that the session was kept and needs the same DigiLocker account", () => {
    const resumed = problemFromReturnStatus("failed", true);
    expect(resumed).toMatchObject({ kind: "failed", action: "restart" });
    expect(resumed!.detail).toMatch(/session was kept.*account this session was started with/);
    expect(problemFromReturnStatus("failed")!.detail).not.toMatch(/account/);
    expect(problemFromReturnStatus("active", true)).toBeNull();
  });

  it("falls back to a fresh consent only when the session itself cannot be reopened", () => {
    for (const code of ["BAD_USER_INPUT", "NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN"]) {
      const failure = resumeFailure({
        code,
        message: "an ended or purged session cannot be resumed; start a new consent",
      });
      expect(failure.fresh).toBe(true);
      expect(failure.problem).toMatchObject({
        kind: "not-resumable",
        title: "Your previous session cannot be continued",
        action: "none",
      });
      expect(failure.problem.detail).toMatch(/start a new consent/);
    }
    // Passing trouble keeps the session: try the re-consent again.
    expect(resumeFailure({ code: "NETWORK_ERROR" })).toMatchObject({
      fresh: false,
      problem: { kind: "upstream", action: "retry" },
    });
    expect(resumeFailure({ code: "RATE_LIMITED", retryAfterSeconds: 3 })).toMatchObject({
      fresh: false,
      problem: { kind: "rate-limited" },
    });
    expect(resumeFailure({ code: "CONSENT_PENDING" })).toMatchObject({
      fresh: false,
      problem: { kind: "pending" },
    });
  });

  it("maps the error catalogue's codes to states with the right next step", () => {
    expect(problemFromError({ code: "CONSENT_PENDING" })).toMatchObject({
      kind: "pending",
      action: "restart",
    });
    expect(problemFromError({ code: "CONSENT_DENIED" })).toMatchObject({ kind: "denied" });
    expect(problemFromError({ code: "CONSENT_EXPIRED" })).toMatchObject({
      kind: "expired",
      action: "restart",
    });
    expect(problemFromError({ code: "REAUTH_REQUIRED" })).toMatchObject({
      kind: "reconsent",
      action: "restart",
    });
    expect(problemFromError({ code: "UPSTREAM_UNAVAILABLE" })).toMatchObject({
      kind: "upstream",
      action: "retry",
    });
    expect(problemFromError({ code: "UPSTREAM_TIMEOUT" })).toMatchObject({
      kind: "upstream",
      action: "retry",
    });
    expect(problemFromError({ code: "INTEGRITY_FAILED" })).toMatchObject({
      kind: "integrity",
      action: "retry",
    });
    expect(problemFromError({ code: "AADHAAR_NOT_LINKED" })).toMatchObject({
      kind: "no-aadhaar",
      action: "none",
    });
    expect(problemFromError({ code: "UNAUTHENTICATED" })).toMatchObject({
      kind: "signed-out",
      action: "restart",
    });
  });

  it("says how long to wait when rate limited", () => {
    expect(problemFromError({ code: "RATE_LIMITED", retryAfterSeconds: 12 }).detail).toBe(
      "Wait 12 s, then try again.",
    );
  });

  it("shows the API's own message for bad input, as a sentence", () => {
    expect(problemFromError({ code: "BAD_USER_INPUT", message: "the share code is wrong" })).toMatchObject({
      kind: "invalid-input",
      detail: "The share code is wrong.",
      action: "fix-input",
    });
  });

  it("never shows an unknown error's message, only the request id", () => {
    const problem = problemFromError({
      code: "INTERNAL_SERVER_ERROR",
      message: "SELECT * FROM secrets",
      requestId: "r-1",
    });
    expect(problem.kind).toBe("internal");
    expect(problem.detail).toContain("r-1");
    expect(problem.detail).not.toContain("SELECT");
    expect(problemFromError({ code: "SOMETHING_NEW", message: "leak" }).detail).not.toContain("leak");
  });
});

describe("format", () => {
  it("formats ISO dates and genders", () => {
    expect(formatDate("1992-08-14")).toMatch(/14 Aug 1992/);
    expect(formatDate("not a date")).toBe("not a date");
    expect(formatDate(null)).toBe("—");
    expect(genderLabel("F")).toBe("Female");
    expect(genderLabel("T")).toBe("Transgender");
    expect(genderLabel("X")).toBe("X");
  });

  it("prints an address as card lines, each part once", () => {
    expect(
      addressLines({
        house: "12 Lotus Lane",
        street: "Paud Road",
        locality: "Kothrud",
        vtc: "Pune",
        postOffice: "Kothrud",
        district: "Pune",
        state: "Maharashtra",
        pincode: "411038",
        country: "India",
      }),
    ).toEqual(["12 Lotus Lane, Paud Road", "Kothrud", "Pune", "Maharashtra - 411038", "India"]);
    expect(addressLines({})).toEqual([]);
  });

  it("humanizes keys", () => {
    expect(humanizeKey("holderName")).toBe("Holder name");
    expect(humanizeKey("issued_on")).toBe("Issued on");
    expect(humanizeKey("DOB")).toBe("DOB");
    expect(humanizeKey("panNumber")).toBe("Pan number");
  });

  it("flattens parsed certificate JSON into readable rows", () => {
    const rows = flattenFields({
      number: "ABCDE1234F",
      holder: { name: "Asha Verma", dob: "1992-08-14" },
      categories: [{ code: "LMV" }, { code: "MCWG" }],
      tags: ["a", "b"],
      empty: "",
      valid: true,
    });
    expect(rows).toEqual([
      { label: "Number", value: "ABCDE1234F" },
      { label: "Holder › Name", value: "Asha Verma" },
      { label: "Holder › Dob", value: "1992-08-14" },
      { label: "Categories 1 › Code", value: "LMV" },
      { label: "Categories 2 › Code", value: "MCWG" },
      { label: "Tags", value: "a, b" },
      { label: "Valid", value: "Yes" },
    ]);
  });

  it("shows embedded pictures as images, single-item arrays without a number, long values shortened", () => {
    const rows = flattenFields({
      issuedTo: [{ name: "A", photo: { format: "jpeg", base64: "/9j/4AAQ" } }],
      note: "x".repeat(500),
    });
    expect(rows).toEqual([
      { label: "Issued to › Name", value: "A" },
      { label: "Issued to › Photo", value: "JPEG image", image: "data:image/jpeg;base64,/9j/4AAQ" },
      { label: "Note", value: `${"x".repeat(160)}… (500 characters)` },
    ]);
  });

  it("cleans uploads and pasted QR text", () => {
    expect(stripDataUrl("data:application/zip;base64,UEsDBA==")).toBe("UEsDBA==");
    expect(normaliseQrText(" 1234\n5678 \t90")).toBe("1234567890");
  });
});
