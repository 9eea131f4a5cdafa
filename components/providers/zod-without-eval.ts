import { z } from "zod";

// zod compiles validators with `new Function` when it may; its probe for that is reported as a
// violation of the pages' script policy (no eval) even though zod catches it. In the browser, skip it.
if (typeof window !== "undefined") z.config({ jitless: true });
