// The one door to @peculiar/x509: it (through tsyringe) needs the Reflect polyfill loaded before it.
import "reflect-metadata";

export {
  BasicConstraintsExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  X509Certificate as ParsedCertificate,
} from "@peculiar/x509";
