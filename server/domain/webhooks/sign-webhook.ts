import { Webhook } from "standardwebhooks";

/** The three Standard Webhooks headers for one attempt: a fresh timestamp, the message's stable id. */
export function signWebhook(secret: string, messageId: string, payload: string, at = new Date()): Record<string, string> {
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(messageId, at, payload),
  };
}
