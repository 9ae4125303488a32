import { parseArgs } from "node:util";
import { TenantInputError, type TenantPolicy } from "./tenant.service";

/** The `npm run tenant` options, shared by the CLI and the tests that hold the console to it. */
export const TENANT_CLI_OPTIONS = {
  name: { type: "string" },
  "return-url": { type: "string", multiple: true },
  origin: { type: "string", multiple: true },
  id: { type: "string" },
  photos: { type: "string" },
  "console-document-contents": { type: "string" },
  "retention-days": { type: "string" },
  "kyc-max-age": { type: "string" },
  "receipt-lifetime": { type: "string" },
  "digilocker-client-id": { type: "string" },
  "digilocker-client-secret": { type: "string" },
  "digilocker-redirect-uri": { type: "string" },
  "digilocker-default": { type: "boolean" },
} as const;

export type TenantCliValues = ReturnType<
  typeof parseArgs<{ options: typeof TENANT_CLI_OPTIONS; strict: true }>
>["values"];

/** `set-policy`'s flags as the policy TenantService.setPolicy validates (the console's mutation calls the same). */
export function policyFromFlags(values: TenantCliValues): TenantPolicy {
  if (values.photos !== undefined && !["on", "off"].includes(values.photos))
    throw new TenantInputError("--photos must be on or off");
  const contents = values["console-document-contents"];
  if (contents !== undefined && !["on", "off"].includes(contents))
    throw new TenantInputError("--console-document-contents must be on or off", "consoleDocumentContents");
  return {
    returnPhotos: values.photos === undefined ? undefined : values.photos === "on",
    consoleDocumentContents: contents === undefined ? undefined : contents === "on",
    retentionDays: values["retention-days"] === undefined ? undefined : Number(values["retention-days"]),
    kycMaxAgeSeconds: values["kyc-max-age"] === undefined ? undefined : Number(values["kyc-max-age"]),
    receiptLifetimeSeconds:
      values["receipt-lifetime"] === undefined ? undefined : Number(values["receipt-lifetime"]),
    returnUrls: values["return-url"],
    origins: values.origin,
    digilocker: values["digilocker-default"]
      ? null
      : values["digilocker-client-id"] || values["digilocker-client-secret"]
        ? {
            clientId: values["digilocker-client-id"] ?? "",
            clientSecret: values["digilocker-client-secret"] ?? "",
            redirectUri: values["digilocker-redirect-uri"],
          }
        : undefined,
  };
}

/** Parses `set-policy` arguments (without the command) strictly, as the CLI does. */
export function parseSetPolicyArgs(args: string[]): { id: string; policy: TenantPolicy } {
  const { values } = parseArgs({ args, options: TENANT_CLI_OPTIONS, strict: true });
  return { id: values.id ?? "", policy: policyFromFlags(values) };
}
