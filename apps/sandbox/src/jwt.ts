import { sign } from "node:crypto";
import { trust } from "./trust";

/** An RS256 JWT signed with the sandbox's id_token key (public half at `/__sandbox/jwks.json`). */
export function signJwt(claims: Record<string, unknown>): string {
  const { idTokenKey, idTokenKid } = trust();
  const header = Buffer.from(JSON.stringify({ alg: "RS256", typ: "JWT", kid: idTokenKid })).toString(
    "base64url",
  );
  const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
  const signature = sign("sha256", Buffer.from(`${header}.${payload}`), idTokenKey).toString("base64url");
  return `${header}.${payload}.${signature}`;
}
