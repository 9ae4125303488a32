import { readFileSync } from "node:fs";
import { parseAadhaar } from "../aadhaar/aadhaar.parser";
import { mapCertificateXml } from "../xml/certificate-xml.mapper";
import { verifyKycReceipt } from "../receipts/verify-kyc-receipt";
import type { ReceiptJwks } from "../receipts/kyc-receipt.types";
import { RefusedInputError } from "../xml/errors";
import { TrustStore, TrustStoreError } from "../xml/trust-store";
import { parseArgs, UsageError } from "./args";
import { aadhaarKycToJson } from "./output";

/** Exit codes of the public contract. */
export const EXIT = { verified: 0, failure: 1, refused: 2, unverified: 3 } as const;

const USAGE = `usage:
  lockerkit aadhaar parse <file> [--share-code C] [--trust-dir D]... [--mobile M] [--email E] [--no-photo]
  lockerkit doc parse <file.xml> [--trust-dir D]...
  lockerkit receipt verify <file> (--jwks-url U | --jwks F) [--status-list F] [--no-status]
<file> is an e-Aadhaar or offline e-KYC XML, an offline e-KYC ZIP, or a text file holding a Secure QR's digits.
--trust-dir D adds D/*.pem (pinned signers), D/roots/*.pem (root CAs) and D/intermediates/*.pem to the shipped store.
receipt verify checks a KYC receipt or presentation (SD-JWT VC) against the issuer's JWKS and status list.
exit 0 verified, 3 parsed (or read) but not verified, 2 refused input, 1 usage or configuration error`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs one command and returns its exit code. Errors become one line on stderr, never a stack trace. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    const [area, verb, ...rest] = argv;
    if (area === "aadhaar" && verb === "parse") return await aadhaarParse(rest, io);
    if (area === "doc" && verb === "parse") return await docParse(rest, io);
    if (area === "receipt" && verb === "verify") return await receiptVerify(rest, io);
    if (area === undefined || area === "--help" || area === "help") {
      io.stdout(`${USAGE}\n`);
      return area === undefined ? EXIT.failure : EXIT.verified;
    }
    throw new UsageError(`unknown command "${[area, verb].filter(Boolean).join(" ")}"`);
  } catch (error) {
    if (error instanceof RefusedInputError) {
      io.stderr(`lockerkit: refused: ${error.message}\n`);
      return EXIT.refused;
    }
    if (error instanceof UsageError) {
      io.stderr(`lockerkit: ${error.message}\n${USAGE}\n`);
      return EXIT.failure;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `lockerkit: ${error instanceof TrustStoreError ? "trust store: " : ""}${message.split("\n")[0]}\n`,
    );
    return EXIT.failure;
  }
}

function readInput(file: string | undefined): Buffer {
  if (!file) throw new UsageError("missing <file>");
  try {
    return readFileSync(file);
  } catch {
    throw new RefusedInputError("unreadable-file", `cannot read ${file}`);
  }
}

// Anchors added on the command line have unknown provenance, so they are labelled sandbox.
function trustStore(dirs: readonly string[]): TrustStore {
  return TrustStore.create({ sources: dirs.map((path) => ({ path, label: "sandbox" as const })) });
}

async function aadhaarParse(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ["share-code", "trust-dir", "mobile", "email"], ["no-photo"]);
  if (args.positionals.length !== 1) throw new UsageError("aadhaar parse takes exactly one <file>");
  const input = readInput(args.positionals[0]);
  const kyc = await parseAadhaar(input, {
    shareCode: args.options.get("share-code")?.at(-1),
    trustStore: trustStore(args.options.get("trust-dir") ?? []),
    contact: { mobile: args.options.get("mobile")?.at(-1), email: args.options.get("email")?.at(-1) },
    decodePhoto: !args.flags.has("no-photo"),
  });
  io.stdout(`${JSON.stringify(aadhaarKycToJson(kyc, !args.flags.has("no-photo")))}\n`);
  return kyc.signature.verified ? EXIT.verified : EXIT.unverified;
}

async function docParse(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ["trust-dir"], []);
  if (args.positionals.length !== 1) throw new UsageError("doc parse takes exactly one <file.xml>");
  const document = mapCertificateXml(
    readInput(args.positionals[0]),
    trustStore(args.options.get("trust-dir") ?? []),
  );
  io.stdout(`${JSON.stringify(document)}\n`);
  return document.signature.verified ? EXIT.verified : EXIT.unverified;
}

/** Prints `{ valid, … }`: the disclosed claims when it verifies, else the reason (a distinct word per failure). */
async function receiptVerify(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ["jwks-url", "jwks", "status-list"], ["no-status"]);
  if (args.positionals.length !== 1) throw new UsageError("receipt verify takes exactly one <file>");
  const jwksUrl = args.options.get("jwks-url")?.at(-1);
  const jwksFile = args.options.get("jwks")?.at(-1);
  if (!jwksUrl === !jwksFile) throw new UsageError("give one of --jwks-url or --jwks");
  const presentation = readInput(args.positionals[0]).toString("utf8").trim();
  let jwks: ReceiptJwks | undefined;
  if (jwksFile) {
    try {
      jwks = JSON.parse(readInput(jwksFile).toString("utf8")) as ReceiptJwks;
    } catch (error) {
      if (error instanceof RefusedInputError) throw error;
      throw new RefusedInputError("invalid-jwks", `${jwksFile} is not JSON`);
    }
  }
  const statusFile = args.options.get("status-list")?.at(-1);
  const result = await verifyKycReceipt(presentation, {
    jwks,
    jwksUrl,
    checkStatus: !args.flags.has("no-status"),
    statusList: statusFile ? readInput(statusFile).toString("utf8").trim() : undefined,
  });
  io.stdout(`${JSON.stringify(result)}\n`);
  return result.valid ? EXIT.verified : EXIT.unverified;
}

/** Entry point for the `lockerkit` bin. */
export function main(): void {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
