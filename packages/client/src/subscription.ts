import { LockerKitError, type GraphQLErrorLike } from "./errors.js";
import type { TypedDocument } from "./transport.js";

/** The part of the WebSocket API the client uses (the browser's, Node 22's, or the `ws` package's). */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}
export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => WebSocketLike;

interface Message {
  type: string;
  id?: string;
  payload?: unknown;
}

type Item<T> = { value: T } | { error: unknown } | { done: true };

/**
 * One subscription over the graphql-ws protocol (`graphql-transport-ws`): connection_init with the
 * connection params, wait for connection_ack, subscribe, then yield each `next` until `complete`. A
 * GraphQL error throws a LockerKitError; a socket that fails or closes early throws NETWORK_ERROR.
 * Closing the iterator (break, return, or the signal) completes the subscription and closes the socket.
 */
export async function* subscribe<TResult, TVariables>(
  url: string,
  WebSocketImpl: WebSocketConstructor,
  connectionParams: Record<string, unknown>,
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): AsyncGenerator<TResult, void, undefined> {
  const queue: Item<TResult>[] = [];
  let wake: (() => void) | null = null;
  let finished = false;
  const push = (item: Item<TResult>) => {
    if (finished) return;
    if ("error" in item || "done" in item) finished = true;
    queue.push(item);
    wake?.();
  };

  const socket = new WebSocketImpl(url, "graphql-transport-ws");
  const send = (message: Message) => socket.send(JSON.stringify(message));
  socket.onopen = () => send({ type: "connection_init", payload: connectionParams });
  socket.onerror = () =>
    push({ error: new LockerKitError(`the subscription socket to ${url} failed`, "NETWORK_ERROR") });
  socket.onclose = (event) =>
    push({
      error: new LockerKitError(
        `the subscription closed (${event.code} ${event.reason})`,
        closeCode(event.code),
        { closeCode: event.code },
      ),
    });
  socket.onmessage = (event) => {
    let message: Message;
    try {
      message = JSON.parse(String(event.data)) as Message;
    } catch {
      return push({
        error: new LockerKitError("the subscription sent a message that is not JSON", "NETWORK_ERROR"),
      });
    }
    switch (message.type) {
      case "connection_ack":
        return send({ id: "1", type: "subscribe", payload: { query: document.toString(), variables } });
      case "ping":
        return send({ type: "pong" });
      case "next": {
        const payload = message.payload as { data?: TResult; errors?: GraphQLErrorLike[] };
        if (payload.errors?.[0]) return push({ error: LockerKitError.fromGraphQL(payload.errors[0]) });
        if (payload.data) push({ value: payload.data });
        return;
      }
      case "error": {
        const errors = message.payload as GraphQLErrorLike[];
        return push({ error: LockerKitError.fromGraphQL(errors[0] ?? { message: "subscription failed" }) });
      }
      case "complete":
        return push({ done: true });
    }
  };
  const abort = () => push({ done: true });
  signal?.addEventListener("abort", abort);

  try {
    for (;;) {
      const item = queue.shift();
      if (!item) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        continue;
      }
      if ("done" in item) return;
      if ("error" in item) throw item.error;
      yield item.value;
    }
  } finally {
    finished = true;
    signal?.removeEventListener("abort", abort);
    socket.onclose = socket.onerror = socket.onmessage = null;
    if (socket.readyState === 1) {
      send({ id: "1", type: "complete" });
      socket.close(1000, "done");
    } else if (socket.readyState === 0) {
      socket.onopen = () => socket.close(1000, "done");
    }
  }
}

/** graphql-ws close codes: 4401/4403 are auth failures, 4429 too many requests, 4400 a bad message. */
function closeCode(code: number) {
  if (code === 4401) return "UNAUTHENTICATED" as const;
  if (code === 4403) return "FORBIDDEN" as const;
  if (code === 4429) return "RATE_LIMITED" as const;
  if (code === 4400) return "BAD_REQUEST" as const;
  return "NETWORK_ERROR" as const;
}
