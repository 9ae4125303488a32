import { registerEnumType } from "type-graphql";

/** How a verified signature is trusted; the values are core's `SignatureTrust`. */
export enum SignatureTrust {
  PINNED_CERTIFICATE = "PINNED_CERTIFICATE",
  CERTIFICATE_CHAIN = "CERTIFICATE_CHAIN",
}

registerEnumType(SignatureTrust, {
  name: "SignatureTrust",
  description: "How a verified signature is trusted.",
  valuesConfig: {
    PINNED_CERTIFICATE: { description: "The signing certificate is pinned in the trust store." },
    CERTIFICATE_CHAIN: {
      description:
        "The signing certificate (from the document's KeyInfo) has a valid path to a trusted root and passes the source's signer policy.",
    },
  },
});
