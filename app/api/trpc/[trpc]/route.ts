import { handleTRPCRequest } from "@/server/api/handle-trpc-request";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
// Event streams are held open: the longest a Vercel function may run; streams end sooner (STREAM_MAX_DURATION_MS).
export const maxDuration = 300;

export { handleTRPCRequest as GET, handleTRPCRequest as POST };
