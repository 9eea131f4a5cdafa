import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db/database";
import { getSessionState } from "@/server/auth/get-session-member";
import type { Member } from "@/server/domain/workspaces/get-member";

/**
 * Every admin page calls this itself (not only the layout, which does not re-run on client
 * navigation): to anyone but staff, signed in or not, /admin does not exist.
 */
export async function requireStaff(): Promise<Member> {
  const session = await getSessionState(await getDb());
  if (!session.member?.isStaff) notFound();
  return session.member;
}
