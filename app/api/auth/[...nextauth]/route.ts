import type { NextRequest } from "next/server";
import { getDb } from "@/db/database";
import { handlers } from "@/server/auth";
import { refuseLimitedSignIn } from "@/server/auth/refuse-limited-sign-in";

export const runtime = "nodejs";
export const { GET } = handlers;

export async function POST(request: NextRequest): Promise<Response> {
  return (await refuseLimitedSignIn(await getDb(), request)) ?? handlers.POST(request);
}
