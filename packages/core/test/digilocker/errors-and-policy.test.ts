/** The error mapping, hmac checks and the resilience building blocks, without the network. */
import { createHash, createHmac } from "node:crypto";
import {
  AadhaarNotLinkedError,
  Bulkhead,
  ClientConfigurationError,
  computeDownloadHmac,
  countsAgainstCircuit,
  DecorrelatedJitter,
  errorFromResponse,
  InsufficientScopeError,
  IntegrityError,
  InvalidGrantError,
  InvalidTokenError,
  NotFoundError,
  parseRetryAfter,
  PullDocumentStateError,
  pullRequestHmac,
  RateLimitedError,
  redact,
  RepositoryUnavailableError,
  RequestCancelledError,
  RequestRejectedError,
  UpstreamProtocolError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
  verifyDownloadHmac,
} from "../../src/digilocker";

describe("errorFromResponse maps every DigiLocker code", () => {
  test.each([
    [400, "invalid_request", RequestRejectedError, false],
    [400, "invalid_client", ClientConfigurationError, false],
    [400, "invalid_grant", InvalidGrantError, false],
    [400, "invalid_grant_type", ClientConfigurationError, false],
    [400, "invalid_scope", ClientConfigurationError, false],
    [400, "invalid_redirect_uri", ClientConfigurationError, false],
    [400, "uri_missing", RequestRejectedError, false],
    [400, "uri_exists", PullDocumentStateError, false],
    [400, "pull_response_pending", PullDocumentStateError, true],
    [400, "aadhaar_not_linked", AadhaarNotLinkedError, false], // pulldocument
    [401, "invalid_token", InvalidTokenError, false],
    [403, "insufficient_scope", InsufficientScopeError, false],
    [404, "invalid_uri", NotFoundError, false],
    [404, "invalid_id", NotFoundError, false],
    [404, "aadhaar_not_linked", AadhaarNotLinkedError, false], // /3/xml/eaadhaar
    [404, "aadhaar_not_available", AadhaarNotLinkedError, false],
    [404, "record_not_found", NotFoundError, false],
    [500, "unexpected_error", UpstreamUnavailableError, true],
    [500, "partner_service_unresponsive", UpstreamUnavailableError, true],
    [500, "repository_service_unresponsive", RepositoryUnavailableError, true],
    [530, "repository_service_configerror", RepositoryUnavailableError, true],
    [530, "repository_service_resperror", RepositoryUnavailableError, true],
    [500, "repository_service_exception", RepositoryUnavailableError, true],
    // The issuer is switched off: asking again soon cannot help.
    [503, "repository_service_inactive", RepositoryUnavailableError, false],
    [503, "repository_service_unpublished", RepositoryUnavailableError, false],
    // The official spec answers pull outcomes with HTTP 500: the code decides.
    [500, "pull_response_pending", PullDocumentStateError, true],
    [500, "uri_exists", PullDocumentStateError, false],
    [500, "aadhaar_not_linked", AadhaarNotLinkedError, false],
    [500, "invalid_orgid", RequestRejectedError, false],
    [500, "invalid_doctype", RequestRejectedError, false],
    [401, "invalid_client_id", ClientConfigurationError, false],
    [429, "too_many_requests", RateLimitedError, true],
  ])("%i %s", (status, code, ErrorClass, retryable) => {
    const error = errorFromResponse(status, { error: code, error_description: "text" });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toMatchObject({ code, status, retryable, message: "text", name: ErrorClass.name });
  });

  test("unknown codes and bodies fall back on the status", () => {
    expect(errorFromResponse(401, {})).toBeInstanceOf(InvalidTokenError);
    expect(errorFromResponse(403, { error: "forbidden" })).toBeInstanceOf(InsufficientScopeError);
    expect(errorFromResponse(404, "<html>")).toBeInstanceOf(NotFoundError);
    expect(errorFromResponse(418, { error: "teapot" })).toBeInstanceOf(RequestRejectedError);
    const bad = errorFromResponse(502, "<html>bad gateway</html>");
    expect(bad).toBeInstanceOf(UpstreamUnavailableError);
    expect(bad).toMatchObject({ code: "http_502", status: 502, retryable: true });
    // a 5xx never becomes a 4xx class, even with a 4xx code
    expect(errorFromResponse(500, { error: "invalid_token" })).toBeInstanceOf(UpstreamUnavailableError);
    expect(errorFromResponse(302, {})).toBeInstanceOf(UpstreamProtocolError);
  });

  test("Retry-After is carried; seconds and HTTP-dates are parsed", () => {
    expect(errorFromResponse(429, {}, 7)).toMatchObject({ retryAfterSeconds: 7 });
    expect(parseRetryAfter("3")).toBe(3);
    expect(parseRetryAfter(new Date(Date.now() + 5_000).toUTCString())).toBeGreaterThanOrEqual(4);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  test("upstream descriptions are redacted: no tokens, URLs or document URIs reach a message", () => {
    const token = "0123456789abcdef0123456789abcdef01234567";
    const error = errorFromResponse(401, {
      error: "invalid_token",
      error_description: `Token ${token} for https://x.example/cb?code=abc and in.gov.pan-PANCR-ABCPK1234M is invalid`,
    });
    expect(error.message).not.toContain(token);
    expect(error.message).not.toContain("https://");
    expect(error.message).not.toContain("ABCPK1234M");
    expect(redact("x".repeat(500)).length).toBeLessThanOrEqual(200);
    // A code that is not a plain identifier is not echoed either.
    expect(errorFromResponse(400, { error: `bad ${token}` }).code).toBe("http_400");
  });

  test("timeouts are retryable later; cancellations are not; transport classes", () => {
    expect(new UpstreamTimeoutError("timeout", "t").retryable).toBe(true);
    expect(new RequestCancelledError("cancelled", "c").retryable).toBe(false);
    expect(new RequestCancelledError("cancelled", "c")).toBeInstanceOf(UpstreamTimeoutError);
    expect(new IntegrityError("hmac_mismatch", "x").retryable).toBe(false);
  });
});

describe("hmac", () => {
  const secret = "client-secret";
  const body = Buffer.from("%PDF-1.4 exact bytes\r\n");

  test("download hmac: base64 HMAC-SHA256 over the exact bytes verifies; any change is an IntegrityError", () => {
    const header = createHmac("sha256", secret).update(body).digest("base64");
    expect(computeDownloadHmac(secret, body).toString("base64")).toBe(header);
    expect(() => verifyDownloadHmac(secret, body, header)).not.toThrow();
    expect(() =>
      verifyDownloadHmac(secret, body, createHmac("sha256", secret).update(body).digest("hex")),
    ).not.toThrow();
    const changed = Buffer.from(body);
    changed[0] ^= 1;
    expect(() => verifyDownloadHmac(secret, changed, header)).toThrow(IntegrityError);
    expect(() => verifyDownloadHmac("other", body, header)).toThrow(IntegrityError);
    expect(() => verifyDownloadHmac(secret, body, "short")).toThrow(IntegrityError);
    expect(() => verifyDownloadHmac(secret, body, null)).toThrow(
      expect.objectContaining({ code: "hmac_missing" }),
    );
  });

  test("pull hmac: SHA-256 hex of secret + clientid [+ orgid [+ doctype]] + ts", () => {
    const sha = (s: string) => createHash("sha256").update(s).digest("hex");
    expect(pullRequestHmac("S", "C", "100")).toBe(sha("SC100"));
    expect(pullRequestHmac("S", "C", "100", "O")).toBe(sha("SCO100"));
    expect(pullRequestHmac("S", "C", "100", "O", "D")).toBe(sha("SCOD100"));
  });
});

describe("resilience building blocks", () => {
  test("circuit counting: 5xx, connection errors and timeouts count; 4xx, 429, repository, cancel, integrity do not", () => {
    expect(countsAgainstCircuit(new UpstreamUnavailableError("unexpected_error", "x", 500))).toBe(true);
    expect(countsAgainstCircuit(new UpstreamUnavailableError("connection_failed", "x"))).toBe(true);
    expect(countsAgainstCircuit(new UpstreamTimeoutError("timeout", "x"))).toBe(true);
    expect(countsAgainstCircuit(new RequestCancelledError("cancelled", "x"))).toBe(false);
    expect(countsAgainstCircuit(new RateLimitedError("too_many_requests", "x", 429))).toBe(false);
    expect(
      countsAgainstCircuit(new RepositoryUnavailableError("repository_service_inactive", "x", 503)),
    ).toBe(false);
    expect(countsAgainstCircuit(new InvalidTokenError("invalid_token", "x", 401))).toBe(false);
    expect(countsAgainstCircuit(new IntegrityError("hmac_mismatch", "x"))).toBe(false);
    expect(countsAgainstCircuit(new UpstreamUnavailableError("circuit_open", "x"))).toBe(false);
  });

  test("decorrelated jitter stays within [base, cap] and grows", () => {
    const high = new DecorrelatedJitter({ baseMs: 100, capMs: 1000 }, () => 1);
    expect([high.next(), high.next(), high.next(), high.next()]).toEqual([300, 900, 1000, 1000]);
    const low = new DecorrelatedJitter({ baseMs: 100, capMs: 1000 }, () => 0);
    expect(low.next()).toBe(100);
    const random = new DecorrelatedJitter({ baseMs: 10, capMs: 50 });
    for (let i = 0; i < 100; i++) {
      const d = random.next();
      expect(d).toBeGreaterThanOrEqual(10);
      expect(d).toBeLessThanOrEqual(50);
    }
  });

  test("bulkhead caps concurrency and queues the rest in order", async () => {
    const bulkhead = new Bulkhead(2, 10);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const task = (i: number) => async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 10));
      order.push(i);
      running--;
      return i;
    };
    const never = new AbortController().signal;
    const results = await Promise.all([0, 1, 2, 3, 4].map((i) => bulkhead.run(task(i), never)));
    expect(results).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect(bulkhead.running).toBe(0);
  });

  test("a queued bulkhead waiter leaves the queue when its deadline passes; a full queue is rejected", async () => {
    const bulkhead = new Bulkhead(1, 1);
    let release!: () => void;
    const holder = bulkhead.run(() => new Promise<void>((r) => (release = r)), new AbortController().signal);
    const waiting = bulkhead.run(async () => "never", AbortSignal.timeout(30));
    const overflow = bulkhead.run(async () => "x", new AbortController().signal);
    await expect(overflow).rejects.toMatchObject({ code: "bulkhead_full" });
    await expect(waiting).rejects.toMatchObject({ name: "TimeoutError" });
    expect(bulkhead.queued).toBe(0);
    release();
    await holder;
    await expect(bulkhead.run(async () => "ok", new AbortController().signal)).resolves.toBe("ok");
  });
});
