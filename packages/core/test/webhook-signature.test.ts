import { createHmac } from "node:crypto";
import { signWebhook, verifyWebhookSignature } from "../src";

const secret = "whsec_test-secret";
const body = JSON.stringify({
  id: "evt_1",
  type: "consent.completed",
  data: { sessionId: "s", status: "ACTIVE" },
});

describe("webhook signatures", () => {
  it("signs `<t>.<body>` with HMAC-SHA256 keyed by the whole secret", () => {
    const header = signWebhook(secret, body, 1_764_460_800);
    const expected = createHmac("sha256", secret).update(`1764460800.${body}`).digest("hex");
    expect(header).toBe(`t=1764460800,v1=${expected}`);
  });

  it("verifies the exact body within the tolerance, and nothing else", () => {
    const now = 1_764_460_800_000;
    const header = signWebhook(secret, body, now / 1000);
    expect(verifyWebhookSignature(secret, body, header, 300, now)).toBe(true);
    expect(verifyWebhookSignature(secret, body, header, 300, now + 299_000)).toBe(true);
    // Replayed later than the tolerance, another body or secret, or a malformed header: refused.
    expect(verifyWebhookSignature(secret, body, header, 300, now + 301_000)).toBe(false);
    expect(verifyWebhookSignature(secret, body.replace("ACTIVE", "DENIED"), header, 300, now)).toBe(false);
    expect(verifyWebhookSignature("whsec_other", body, header, 300, now)).toBe(false);
    for (const bad of [
      "",
      "t=abc,v1=00",
      `v1=${"0".repeat(64)}`,
      `t=${now / 1000}`,
      `t=${now / 1000},v1=${"g".repeat(64)}`,
    ]) {
      expect(verifyWebhookSignature(secret, body, bad, 300, now)).toBe(false);
    }
  });
});
