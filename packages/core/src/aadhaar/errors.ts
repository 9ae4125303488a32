import { RefusedInputError } from "../xml/errors";

export type AadhaarInputReason =
  | "wrong-share-code"
  | "share-code-required"
  | "bad-zip"
  | "bad-qr"
  | "unknown-format"
  | "unexpected-structure";

/** An Aadhaar artefact the parsers refuse. Messages never contain personal data or an Aadhaar number. */
export class AadhaarInputError extends RefusedInputError {
  declare readonly reason: AadhaarInputReason;

  constructor(reason: AadhaarInputReason, message: string) {
    super(reason, message);
  }
}
