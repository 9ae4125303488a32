// base64url ↔ bytes and SHA-256 with what every browser and Node ≥ 20 has (atob, btoa, WebCrypto).

export function base64UrlToText(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new TypeError("not base64url");
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** base64url(SHA-256(ASCII text)): the digest an SD-JWT's `_sd` array holds for a disclosure. */
export async function sha256Base64Url(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new TypeError("WebCrypto is not available (a browser needs https or localhost)");
  return bytesToBase64Url(new Uint8Array(await subtle.digest("SHA-256", new TextEncoder().encode(text))));
}
