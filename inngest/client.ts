import { Inngest } from "inngest";

/**
 * Reads INNGEST_SIGNING_KEY / INNGEST_EVENT_KEY (Inngest Cloud) or INNGEST_DEV / INNGEST_BASE_URL
 * (the bundled local engine) from the environment, so the same functions run on either.
 * Checkpointing stays off: it needs Inngest Cloud's checkpoint API.
 */
export const inngest = new Inngest({ id: "nellia-prospector", checkpointing: false });
