import { createPkcePair, DigiLockerClient, InvalidGrantError, InvalidTokenError } from "@lockerkit/core";
import { createSandbox, type RunningSandbox } from "../src";

const REDIRECT = "http://localhost:9/digilocker/callback";

describe("sandbox OAuth + resources over HTTP", () => {
  let sandbox: RunningSandbox;
  let client: DigiLockerClient;

  beforeAll(async () => {
    sandbox = await createSandbox({ port: 0, redirectUris: [REDIRECT] });
    client = new DigiLockerClient({
      baseUrl: sandbox.baseUrl,
      clientId: sandbox.clientId,
      clientSecret: sandbox.clientSecret,
      redirectUri: REDIRECT,
    });
  });
  afterAll(() => sandbox.stop());

  async function authorize(persona: string, decision = "allow", state = "s1") {
    const pkce = createPkcePair();
    const url = client.authorizeUrl({
      state,
      codeChallenge: pkce.challenge,
      extra: { sandbox_persona: persona, sandbox_decision: decision },
    });
    const res = await fetch(url, { redirect: "manual" });
    expect(res.status).toBe(302);
    return { location: new URL(res.headers.get("location")!), verifier: pkce.verifier };
  }

  it("lists personas with document counts", async () => {
    const list = (await (await fetch(`${sandbox.url}/__sandbox/personas`)).json()) as Array<{
      id: string;
      documents: number;
    }>;
    expect(list.find((p) => p.id === "many-documents")?.documents).toBeGreaterThanOrEqual(120);
    expect(list.every((p) => typeof p.id === "string")).toBe(true);
  });

  it("runs the code flow and serves the profile and issued list", async () => {
    const { location, verifier } = await authorize("typical");
    expect(location.searchParams.get("state")).toBe("s1");
    const tokens = await client.exchangeCode(location.searchParams.get("code")!, verifier);
    expect(tokens.profile?.name).toBe("Asha Verma");
    expect(tokens.profile?.dateOfBirth).toBe("1992-08-14");
    expect(tokens.consentValidTill).toBeInstanceOf(Date);
    const user = await client.getUser(tokens.accessToken);
    expect(user.digilockerId).toBe(tokens.profile?.digilockerId);
    const files = await client.listIssued(tokens.accessToken);
    expect(files.map((f) => f.doctype)).toEqual(["ADHAR", "PANCR", "DRVLC", "RVCER", "SSCER", "HSCER"]);
    expect(files[1]).toMatchObject({
      issuedOn: "2015-06-12",
      mimeTypes: ["application/pdf", "application/xml"],
    });
  });

  it("denies with access_denied and the state", async () => {
    const { location } = await authorize("typical", "deny", "s2");
    expect(location.searchParams.get("error")).toBe("access_denied");
    expect(location.searchParams.get("state")).toBe("s2");
  });

  it("a replayed code is invalid_grant and revokes the tokens it issued", async () => {
    const { location, verifier } = await authorize("typical");
    const code = location.searchParams.get("code")!;
    const tokens = await client.exchangeCode(code, verifier);
    await expect(client.exchangeCode(code, verifier)).rejects.toBeInstanceOf(InvalidGrantError);
    await expect(client.getUser(tokens.accessToken)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it("rejects a wrong verifier and missing PKCE", async () => {
    const { location } = await authorize("typical");
    await expect(client.exchangeCode(location.searchParams.get("code")!, "wrong")).rejects.toBeInstanceOf(
      InvalidGrantError,
    );
    const res = await fetch(
      `${sandbox.baseUrl}/oauth2/1/authorize?response_type=code&client_id=${sandbox.clientId}&redirect_uri=${encodeURIComponent(REDIRECT)}`,
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("The code_challenge and code_challenge_method parameter is required");
  });

  it("refresh rotates both tokens and the old refresh token dies", async () => {
    const { location, verifier } = await authorize("no-aadhaar");
    const first = await client.exchangeCode(location.searchParams.get("code")!, verifier);
    const second = await client.refresh(first.refreshToken!);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await expect(client.refresh(first.refreshToken!)).rejects.toBeInstanceOf(InvalidGrantError);
  });

  it("records requests by operation without query strings", async () => {
    const log = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as Array<{
      path: string;
      operation: string;
    }>;
    expect(log.some((r) => r.operation === "token.authorization_code")).toBe(true);
    expect(log.every((r) => !r.path.includes("?"))).toBe(true);
  });
});
