import type { Response } from "express";

/** DigiLocker's error body: always JSON `{error, error_description}`, also on file endpoints. */
export function sendError(res: Response, status: number, error: string, description: string): void {
  res.status(status).type("application/json").send(JSON.stringify({ error, error_description: description }));
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The authorize endpoint's errors are HTML pages, as on the real service. */
export function sendHtmlError(res: Response, status: number, message: string): void {
  res
    .status(status)
    .type("html")
    .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>DigiLocker</title></head>` +
      `<body><main><h1>Error</h1><p role="alert">${escapeHtml(message)}</p></main></body></html>`);
}
