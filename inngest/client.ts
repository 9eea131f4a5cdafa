import { Inngest } from "inngest";

/**
 * Reads INNGEST_SIGNING_KEY / INNGEST_EVENT_KEY (Inngest Cloud) or INNGEST_DEV / INNGEST_BASE_URL
 * (the bundled local engine) from the environment, so the same functions run on either.
 * Checkpointing is on (the SDK default): one call runs step after step and reports each finished
 * step to the engine, Inngest Cloud or the bundled one, which saves it before the next begins.
 */
export const inngest = new Inngest({ id: "nellia-prospector" });
