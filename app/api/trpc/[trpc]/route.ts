import { handleTRPCRequest } from "@/server/api/handle-trpc-request";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export { handleTRPCRequest as GET, handleTRPCRequest as POST };
