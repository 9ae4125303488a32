import { execFileSync } from "node:child_process";
import { join } from "node:path";

// The acceptance journey (test/journey.mjs) as part of `npm test`: the built client against the built
// API (`npm run serve` on free ports, embedded sandbox, fresh PGlite). turbo builds both first.
test("a full KYC journey through the built @lockerkit/client", () => {
  const out = execFileSync(process.execPath, [join(__dirname, "journey.mjs")], {
    encoding: "utf8",
    timeout: 180_000,
  });
  expect(out).toMatch(/consentStatus: PENDING/);
  expect(out).toMatch(/watchConsent: PENDING → .*ACTIVE; polling: PENDING → .*ACTIVE \(before the claim\)/);
  expect(out).toMatch(/claimed with the verifier/);
  expect(out).toMatch(/kycReceipt: .* verified .* nothing else readable/);
  expect(out).toMatch(/journey: OK/);
}, 200_000);
