import {
  errorFromResponse,
  parseRetryAfter,
  UpstreamProtocolError,
  UpstreamUnavailableError,
} from "./errors";
import { abortError } from "./resilience-policy";

export interface UpstreamRequest {
  method: "GET" | "POST";
  /** Path under the base URL, already encoded (never logged or put in an error). */
  path: string;
  headers: Record<string, string>;
  /** Built per attempt (the pull APIs sign a timestamp). */
  body?: () => URLSearchParams;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
}

export interface UpstreamResponse {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

/**
 * One HTTP exchange with DigiLocker: no retries, no policy. Resolves only for a 2xx answer whose body
 * was read completely; everything else rejects with a typed {@link DigiLockerError} whose message
 * names no URL, token or code.
 */
export async function sendOnce(
  baseUrl: string,
  request: UpstreamRequest,
  signal: AbortSignal,
  deadline: AbortSignal,
): Promise<UpstreamResponse> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body?.(),
      signal,
      redirect: "manual",
    });
  } catch (error) {
    if (signal.aborted) throw abortError(signal, deadline);
    throw connectionError(error, "connection_failed", "DigiLocker could not be reached");
  }
  let bytes: Buffer;
  try {
    bytes = await readLimited(response, request.maxBytes);
  } catch (error) {
    if (signal.aborted) throw abortError(signal, deadline);
    if (error instanceof UpstreamProtocolError) throw error;
    throw connectionError(
      error,
      "connection_lost",
      "The connection to DigiLocker broke while reading the answer",
      response.status,
    );
  }
  if (response.status >= 200 && response.status < 300) {
    return { status: response.status, headers: response.headers, bytes };
  }
  throw errorFromResponse(
    response.status,
    parseJsonLoosely(bytes),
    parseRetryAfter(response.headers.get("retry-after")),
  );
}

function connectionError(
  error: unknown,
  code: string,
  message: string,
  status?: number,
): UpstreamUnavailableError {
  // Only the system error code (ECONNRESET, ECONNREFUSED, …) is kept: undici's texts can carry addresses.
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  const detail = typeof cause === "string" && /^[A-Z_]{3,40}$/.test(cause) ? ` (${cause})` : "";
  return new UpstreamUnavailableError(code, `${message}${detail}`, status);
}

async function readLimited(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new UpstreamProtocolError(
      "response_too_large",
      `DigiLocker's answer exceeds ${maxBytes} bytes`,
      response.status,
    );
  }
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new UpstreamProtocolError(
        "response_too_large",
        `DigiLocker's answer exceeds ${maxBytes} bytes`,
        response.status,
      );
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function parseJsonLoosely(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return {};
  }
}

/** Parses a 2xx JSON body; broken JSON is an {@link UpstreamProtocolError}, never a crash. */
export function parseJsonBody(response: UpstreamResponse, what: string): unknown {
  const text = response.bytes.toString("utf8");
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new UpstreamProtocolError(
      "malformed_response",
      `DigiLocker sent a ${what} answer that is not valid JSON`,
      response.status,
    );
  }
}
