import { SignedXml } from "xml-crypto";
import { documentSigner } from "../trust";

const EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
const ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
const RSA_SHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";
const SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

/**
 * Signs `xml` the way DigiLocker signs e-Aadhaar and certificate XML: an enveloped XML-DSig
 * `Signature` appended to the root, `Reference URI=""` with the single enveloped-signature transform,
 * SHA-256 digest, SignedInfo canonicalised with exclusive C14N and signed RSA-SHA1, and `KeyInfo`
 * carrying the signer's whole path (signer, intermediate, root). Verifiers trust the root, never KeyInfo alone.
 */
export function signEnveloped(xml: string): string {
  const { keyPem, chainBase64 } = documentSigner();
  const sig = new SignedXml({
    privateKey: keyPem,
    canonicalizationAlgorithm: EXC_C14N,
    signatureAlgorithm: RSA_SHA1,
    getKeyInfoContent: () =>
      `<X509Data>${chainBase64.map((c) => `<X509Certificate>${c}</X509Certificate>`).join("")}</X509Data>`,
  });
  sig.addReference({
    xpath: "/*",
    transforms: [ENVELOPED],
    digestAlgorithm: SHA256,
    uri: "",
    isEmptyUri: true,
  });
  sig.computeSignature(xml, { location: { reference: "/*", action: "append" } });
  const signed = sig.getSignedXml();
  const declaration = /^<\?xml[^>]*\?>/.exec(xml)?.[0];
  return declaration && !signed.startsWith("<?xml") ? `${declaration}${signed}` : signed;
}
