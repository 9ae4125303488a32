/** The sandbox's name for each upstream operation, as `GET /__sandbox/requests` reports it. */
const OPERATIONS: Array<[RegExp, string]> = [
  [/^\/public\/oauth2\/1\/authorize/, "authorize"],
  [/^\/public\/oauth2\/1\/revoke$/, "revoke"],
  [/^\/public\/oauth2\/1\/user$/, "user"],
  [/^\/public\/oauth2\/[12]\/files\/issued$/, "files.issued"],
  [/^\/public\/oauth2\/1\/files(\/|$)/, "files.uploaded"],
  [/^\/public\/oauth2\/1\/file\//, "file"],
  [/^\/public\/oauth2\/[23]\/xml\/eaadhaar$/, "eaadhaar"],
  [/^\/public\/oauth2\/1\/xml\//, "xml"],
  [/^\/public\/oauth2\/1\/pull\/issuers$/, "pull.issuers"],
  [/^\/public\/oauth2\/1\/pull\/doctype$/, "pull.doctype"],
  [/^\/public\/oauth2\/1\/pull\/parameters$/, "pull.parameters"],
  [/^\/public\/oauth2\/1\/pull\/pulldocument$/, "pull.document"],
];

export function operationOf(path: string): string {
  return OPERATIONS.find(([pattern]) => pattern.test(path))?.[1] ?? "unknown";
}
