/** The events a tenant can subscribe to, by their wire names (the body's `type`). */
export const WEBHOOK_EVENT_TYPES = [
  "consent.completed",
  "consent.denied",
  "consent.expired",
  "session.ended",
  "kyc.verified",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const isWebhookEventType = (value: string): value is WebhookEventType =>
  (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);

/** What an event says: ids and statuses only, never personal data. */
export interface WebhookEventData {
  sessionId: string | null;
  status: string;
  /** `kyc.verified`: which artefact was verified (`digilocker-eaadhaar`, `offline-ekyc-xml`, …). */
  source?: string;
}
