/**
 * Input the library refuses to process. Callers (the API) map every subclass to BAD_USER_INPUT; `reason`
 * is a stable machine-readable code, the message is one human-readable line without personal data.
 */
export class RefusedInputError extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export type XmlRefusalReason =
  | "too-large"
  | "doctype"
  | "entity"
  | "markup-declaration"
  | "processing-instruction"
  | "encoding"
  | "malformed"
  | "root-count"
  | "too-deep"
  | "attribute-too-large"
  | "too-many-attributes"
  | "reserved-name"
  | "unknown-entity";

/** Untrusted XML that the hardened parser refused before or while parsing. */
export class XmlRefusedError extends RefusedInputError {
  declare readonly reason: XmlRefusalReason;

  constructor(reason: XmlRefusalReason, message: string) {
    super(reason, message);
  }
}
