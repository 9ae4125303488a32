export interface SandboxConfig {
  clientId: string;
  clientSecret: string;
  /** Exact redirect URIs registered for the client. */
  redirectUris: Set<string>;
  accessTokenTtlS: number;
  /** `/__sandbox/*` controls and the authorize shortcut; off makes the sandbox a plain DigiLocker. */
  controls: boolean;
}

export const DEFAULT_CLIENT_ID = "lockerkit-sandbox-client";
export const DEFAULT_CLIENT_SECRET = "lockerkit-sandbox-secret";
