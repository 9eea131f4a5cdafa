import { encode } from "@auth/core/jwt";
import { createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "@/server/api/root";

const SESSION_COOKIE = "authjs.session-token";

function cookiePairs(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in through Auth.js's real CSRF + credentials flow and returns the session cookie. */
export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiePairs(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/board` }),
  });
  const session = cookiePairs(res).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!session) throw new Error(`sign-in as ${email} failed (${res.status} ${res.headers.get("location")})`);
  return session;
}

/** A correctly signed session cookie that expired a minute ago. */
export async function expiredSessionCookie(secret: string, userId = "00000000-0000-4000-8000-000000000000"): Promise<string> {
  const token = await encode({ token: { sub: userId }, secret, salt: SESSION_COOKIE, maxAge: -60 });
  return `${SESSION_COOKIE}=${token}`;
}

/** The app's own tRPC client, as a signed-in API caller. */
export function apiClient(baseUrl: string, cookie?: string) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${baseUrl}/api/trpc`, transformer: superjson, headers: () => (cookie ? { cookie } : {}) })],
  });
}
