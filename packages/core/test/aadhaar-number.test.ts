import {
  isValidAadhaarNumber,
  isVerhoeffValid,
  maskAadhaar,
  maskFromLastFour,
  redactAadhaarNumbers,
  repeatedSha256Hex,
} from "../src/aadhaar";

// Built from parts: no full Aadhaar-like number outside the UIDAI test range is written in the source.
const VALID_OUTSIDE_TEST_RANGE = ["2341", "2341", "2346"].join("");

describe("Aadhaar numbers", () => {
  it("accepts Verhoeff-valid 12-digit numbers starting 2-9", () => {
    expect(isValidAadhaarNumber("999999990019")).toBe(true);
    expect(isValidAadhaarNumber("9999 9999 0019")).toBe(true);
    expect(isValidAadhaarNumber(VALID_OUTSIDE_TEST_RANGE)).toBe(true);
  });

  it("rejects a leading 1 even with a valid checksum, and a bad checksum", () => {
    expect(isVerhoeffValid("123412341234")).toBe(true);
    expect(isValidAadhaarNumber("123412341234")).toBe(false);
    expect(isValidAadhaarNumber("123456789012")).toBe(false);
    expect(isValidAadhaarNumber("999999990018")).toBe(false);
    expect(isValidAadhaarNumber("99999999001")).toBe(false);
    expect(isValidAadhaarNumber("abcd")).toBe(false);
  });

  it("masks, keeping only the last four digits", () => {
    expect(maskAadhaar("999999990019")).toBe("XXXX-XXXX-0019");
    expect(maskAadhaar("xxxxxxxx9527")).toBe("XXXX-XXXX-9527");
    expect(maskAadhaar("12345")).toBeNull();
    expect(maskFromLastFour("0019")).toBe("XXXX-XXXX-0019");
    expect(maskFromLastFour("19")).toBeNull();
  });

  it("redacts Aadhaar numbers inside free text but leaves other digits and base64 alone", () => {
    expect(redactAadhaarNumbers(`uid ${VALID_OUTSIDE_TEST_RANGE}.`)).toBe("uid XXXX-XXXX-2346.");
    expect(redactAadhaarNumbers("9999 9999 0019")).toBe("XXXX-XXXX-0019");
    expect(redactAadhaarNumbers("order 123456789012")).toBe("order 123456789012");
    expect(redactAadhaarNumbers(`AbC${VALID_OUTSIDE_TEST_RANGE}xYz`)).toBe(
      `AbC${VALID_OUTSIDE_TEST_RANGE}xYz`,
    );
  });
});

describe("contact hashes", () => {
  it("matches the docs/aadhaar.md vector: 1234567890Lock@487, N=2", () => {
    expect(repeatedSha256Hex("1234567890Lock@487", 2)).toBe(
      "f7250dc9e61759253bb741efbae306311632049154da7286e20b047bf3421a8f",
    );
  });
});
