export { SIGNATURE_HEADER, signWebhook, verifyWebhookSignature } from "./signature";
