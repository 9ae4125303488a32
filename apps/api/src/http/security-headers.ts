import type { ServerResponse } from "node:http";
import type { Request, Response } from "express";
import helmet, { type HelmetOptions } from "helmet";

/**
 * helmet's headers for `options`, worked out once: with static directives every one of them is a
 * constant, so one function sets the precomputed list (same names, values and order) instead of
 * running helmet's dozen middlewares per request. helmet's only other effect, removing
 * `X-Powered-By`, is covered by `app.disable("x-powered-by")`. A CSP directive computed per request
 * (a nonce function) would be frozen here: refused.
 */
export function securityHeaders(options: HelmetOptions) {
  const headers: Array<[string, string]> = [];
  let finished = false;
  const recorder = {
    setHeader(name: string, value: unknown) {
      if (typeof value !== "string") throw new Error(`security header ${name} is not a constant string`);
      headers.push([name, value]);
    },
    removeHeader() {},
  };
  const request = new Proxy({} as Request, {
    get() {
      throw new Error("a security header depends on the request: it cannot be precomputed");
    },
  });
  helmet(options)(request, recorder as unknown as Response, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  if (!finished) throw new Error("helmet did not finish synchronously");
  return (res: ServerResponse) => {
    for (let i = 0; i < headers.length; i++) res.setHeader(headers[i][0], headers[i][1]);
  };
}
