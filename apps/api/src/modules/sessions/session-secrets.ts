/** The prefix of a status token (startConsent hands it out; consentStatus reads with it). */
export const STATUS_TOKEN_PREFIX = "lk_cs_";

/**
 * The additional authenticated data of each sealed `consent_sessions` column: the row and the
 * column, so a ciphertext copied to another row or column does not decrypt.
 */
export const sessionAad = {
  state: (id: string) => `consent_sessions:${id}:state`,
  verifier: (id: string) => `consent_sessions:${id}:pkce_verifier`,
  accessToken: (id: string) => `consent_sessions:${id}:access_token`,
  refreshToken: (id: string) => `consent_sessions:${id}:refresh_token`,
  profile: (id: string) => `consent_sessions:${id}:profile`,
  authorizeOptions: (id: string) => `consent_sessions:${id}:authorize_options`,
};

/** The additional authenticated data of a queued revoke's payload (`outbox.payload_enc`). */
export const revokeAad = (outboxId: string) => `outbox:${outboxId}:payload`;
