import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TextReader, Uint8ArrayWriter, ZipWriter } from "@zip.js/zip.js";
import { runCli } from "../src/cli/main";
import {
  EAADHAAR_XML,
  FIXTURES,
  OFFLINE_SHARE_CODE,
  offlineXml,
  SHARED_AADHAAR,
  signEnveloped,
} from "./aadhaar-fixtures";
import { issue, NEGD } from "./test-pki";

const BIN = join(__dirname, "..", "bin", "lockerkit");
const TRUST_DIR = join(FIXTURES, "trust");
const QR_FILE = join(SHARED_AADHAAR, "uidai-sample-secure-qr-v1.txt");
const dir = mkdtempSync(join(tmpdir(), "lockerkit-cli-"));
const file = (name: string, content: string | Uint8Array) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

/** Spawns the committed bin as a user would, on the TypeScript sources (never a stale dist/). */
function lockerkit(...args: string[]) {
  const env = { ...process.env, LOCKERKIT_CLI_SOURCE: "1" };
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 30_000, env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("lockerkit CLI (spawned bin)", () => {
  const eaadhaar = file("eaadhaar.xml", signEnveloped(EAADHAAR_XML, "eaadhaar"));

  it("exit 0 and one JSON object for a verified record", () => {
    const { code, stdout, stderr } = lockerkit("aadhaar", "parse", eaadhaar, "--trust-dir", TRUST_DIR);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const kyc = JSON.parse(stdout);
    expect(kyc).toMatchObject({
      source: "digilocker-eaadhaar",
      name: "Asha Verma",
      dateOfBirth: "1996-10-05",
      signature: { verified: true, trustedBy: "PINNED_CERTIFICATE", chain: ["LockerKit Test Signer"] },
    });
    expect(kyc.photo).toMatchObject({ mime: "image/jpeg", base64: expect.any(String) });
    expect(stdout.trim().split("\n")).toHaveLength(1);
  });

  it("exit 3 when parsed but not verified (signer not pinned, its KeyInfo certificate reaches no root)", () => {
    const { code, stdout } = lockerkit("aadhaar", "parse", eaadhaar, "--no-photo");
    expect(code).toBe(3);
    expect(JSON.parse(stdout)).toMatchObject({
      photo: null,
      signature: { verified: false, reason: "untrusted-chain", trustedBy: null, chain: [] },
    });
  });

  it("--trust-dir D with roots/ and intermediates/ verifies a never-pinned signer by its certificate path", async () => {
    const root = await issue({ subject: "CN=CLI Test Root", ca: { pathLength: null } });
    const intermediate = await issue({ subject: "CN=CLI Test Sub-CA", issuer: root, ca: { pathLength: 0 } });
    const leaf = await issue({ subject: `${NEGD}, CN=DS CLI LEAF`, issuer: intermediate });
    const trustDir = join(dir, "trust-folder");
    mkdirSync(join(trustDir, "roots"), { recursive: true });
    mkdirSync(join(trustDir, "intermediates"));
    writeFileSync(join(trustDir, "roots", "root.pem"), root.pem);
    writeFileSync(join(trustDir, "intermediates", "sub-ca.pem"), intermediate.pem);
    const signed = file("chain.xml", signEnveloped(EAADHAAR_XML, "eaadhaar", leaf.keyPem, leaf.pem));
    const { code, stdout, stderr } = lockerkit(
      "aadhaar",
      "parse",
      signed,
      "--trust-dir",
      trustDir,
      "--no-photo",
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).signature).toMatchObject({
      verified: true,
      signer: "DS CLI LEAF",
      trustedBy: "CERTIFICATE_CHAIN",
      chain: ["DS CLI LEAF", "CLI Test Sub-CA", "CLI Test Root"],
    });
  });

  it("exit 0 for UIDAI's sample Secure QR text file, with the PNG rendition", () => {
    const { code, stdout } = lockerkit("aadhaar", "parse", QR_FILE);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).photo.display.mime).toBe("image/png");
  });

  it("exit 2 with one line and no stack trace for refused input", () => {
    const hostile = file(
      "hostile.xml",
      '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><Certificate>&e;</Certificate>',
    );
    const { code, stdout, stderr } = lockerkit("aadhaar", "parse", hostile);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("lockerkit: refused: XML with a DOCTYPE is refused\n");
  });

  it("exit 2 naming the share code when it is wrong", async () => {
    const writer = new ZipWriter(new Uint8ArrayWriter(), { password: OFFLINE_SHARE_CODE, zipCrypto: true });
    await writer.add(
      "offlineaadhaar20190308114407437.xml",
      new TextReader(signEnveloped(offlineXml({ m: "", e: "" }), "offline")),
    );
    const zip = file("offline.zip", await writer.close());
    const wrong = lockerkit("aadhaar", "parse", zip, "--share-code", "nope");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(
      /^lockerkit: refused: the share code does not open this offline e-KYC ZIP\n$/,
    );
    const right = lockerkit(
      "aadhaar",
      "parse",
      zip,
      "--share-code",
      OFFLINE_SHARE_CODE,
      "--trust-dir",
      TRUST_DIR,
    );
    expect(right.code).toBe(0);
    expect(JSON.parse(right.stdout).source).toBe("offline-ekyc");
  });

  it("doc parse prints the certificate JSON", () => {
    const doc = file(
      "pan.xml",
      '<Certificate type="PANCR"><IssuedTo><Person name="Asha Verma" dob="05-10-1996"/></IssuedTo><CertificateData><PAN num="ABCDE1234F"/></CertificateData></Certificate>',
    );
    const { code, stdout } = lockerkit("doc", "parse", doc);
    expect(code).toBe(3);
    expect(JSON.parse(stdout).typed).toEqual({
      kind: "pan",
      panNumber: "ABCDE1234F",
      name: "Asha Verma",
      dateOfBirth: "1996-10-05",
    });
  });
});

describe("lockerkit CLI (in process)", () => {
  async function run(...argv: string[]) {
    let stdout = "";
    let stderr = "";
    const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  }

  it("usage errors exit 1", async () => {
    expect((await run()).code).toBe(1);
    expect((await run("aadhaar", "parse")).stderr).toMatch(
      /^lockerkit: aadhaar parse takes exactly one <file>/,
    );
    expect((await run("aadhaar", "parse", QR_FILE, "--bogus")).stderr).toMatch(/unknown option --bogus/);
    expect((await run("frobnicate")).code).toBe(1);
    expect((await run("--help")).code).toBe(0);
  });

  it("an unreadable file or trust dir is reported on one line", async () => {
    expect(await run("aadhaar", "parse", join(dir, "missing.xml"))).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^lockerkit: refused: cannot read .*\n$/),
    });
    expect(await run("aadhaar", "parse", QR_FILE, "--trust-dir", join(dir, "nope"))).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^lockerkit: trust store: /),
    });
  });
});
