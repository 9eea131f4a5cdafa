import "server-only";
import { cookies } from "next/headers";
import type { Db } from "@/db/client";
import { getMember, type Member } from "@/server/domain/workspaces/get-member";
import { auth } from "./index";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export type SessionState = { member: Member; expired: false } | { member: null; expired: boolean };

/**
 * The member behind this request's session, checked against the database every time, so a
 * deleted user or lost membership ends access at once. `expired` tells a stale cookie from none.
 */
export async function getSessionState(db: Db): Promise<SessionState> {
  const session = await auth();
  const member = session?.user?.id ? await getMember({ db }, session.user.id) : null;
  if (member) return { member, expired: false };
  const jar = await cookies();
  return { member: null, expired: SESSION_COOKIES.some((name) => jar.has(name)) };
}
