import type { Response } from "express";

/** DigiLocker's error body: always JSON `{error, error_description}`, also on file endpoints. */
export function sendError(res: Response, status: number, error: string, description: string): void {
  res
    .status(status)
    .type("application/json")
    .send(JSON.stringify({ error, error_description: description }));
}

/** The DigiLocker error a bare status answers with (the `status` fault, unexpected failures). */
export function defaultError(status: number): { error: string; description: string } {
  switch (status) {
    case 400:
      return { error: "invalid_request", description: "The request is invalid" };
    case 401:
      return { error: "invalid_token", description: "The access token is invalid" };
    case 403:
      return {
        error: "insufficient_scope",
        description: "The request requires higher privileges than provided by the access token",
      };
    case 404:
      return { error: "invalid_uri", description: "No file found for given URI" };
    case 429:
      return { error: "too_many_requests", description: "Too many requests" };
    case 502:
    case 504:
      return { error: "partner_service_unresponsive", description: "Partner service is not responding" };
    case 503:
      return { error: "repository_service_inactive", description: "Repository service is inactive" };
    case 530:
      return {
        error: "repository_service_unresponsive",
        description: "Repository service is not responding",
      };
    default:
      return status >= 500
        ? { error: "unexpected_error", description: "Unexpected error" }
        : { error: "invalid_request", description: "The request is invalid" };
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The authorize endpoint's errors are HTML pages, as on the real service. */
export function sendHtmlError(res: Response, status: number, message: string): void {
  res
    .status(status)
    .type("html")
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>DigiLocker</title></head>` +
        `<body><main><h1>Error</h1><p role="alert">${escapeHtml(message)}</p></main></body></html>`,
    );
}
