import "server-only";
import { redirect } from "next/navigation";
import { getDb } from "@/db/database";
import type { Member } from "@/server/domain/workspaces/get-member";
import { getSessionState } from "./get-session-member";

/** For pages: the signed-in member, or a redirect to sign-in that comes back here afterwards. */
export async function requireMember(returnTo: string): Promise<Member> {
  const session = await getSessionState(await getDb());
  if (session.member) return session.member;
  const params = new URLSearchParams({ callbackUrl: returnTo });
  if (session.expired) params.set("reason", "expired");
  redirect(`/sign-in?${params}`);
}
