import { readFileSync } from "node:fs";
import { join } from "node:path";

/** UIDAI's published sample Secure QR (real public data, kept with core's fixtures). */
export const QR_SAMPLE = readFileSync(
  join(__dirname, "../../../../packages/core/test/fixtures/aadhaar/uidai-sample-secure-qr-v1.txt"),
  "utf8",
).trim();
