import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
// A crawl of ten slow pages must fit in one step call.
export const maxDuration = 300;

export const { GET, POST, PUT } = serve({ client: inngest, functions });
