import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { Adapter } from "next-auth/adapters";
import type { NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { signInInput } from "@/server/api/schemas/auth";
import { createUserWithWorkspace } from "@/server/domain/workspaces/create-user-with-workspace";
import { authSecret } from "./auth-secret";
import { clientIp } from "./client-ip";
import { limitSignIn } from "./limit-sign-in";
import { verifyPassword } from "./password";
import { sendMagicLink } from "./send-magic-link";

export function buildAuthConfig(db: Db): NextAuthConfig {
  const base = DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens });
  // A user arriving by magic link for the first time gets a workspace with the account.
  const adapter: Adapter = {
    ...base,
    async createUser(data) {
      const { user } = await createUserWithWorkspace({ db }, { email: data.email, name: data.name, emailVerified: data.emailVerified });
      return { ...user, emailVerified: user.emailVerified };
    },
  };

  return {
    adapter,
    secret: authSecret(),
    trustHost: true,
    // The Credentials provider only works with JWT sessions; every request re-checks membership in the database.
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    providers: [
      Credentials({
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw, request) {
          const parsed = signInInput.safeParse(raw);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          return limitSignIn(db, { email, ip: clientIp(request.headers) }, async () => {
            const user = await db.query.users.findFirst({ where: eq(users.email, email) });
            if (!(await verifyPassword(password, user?.passwordHash))) return null;
            return { id: user!.id, email: user!.email, name: user!.name };
          });
        },
      }),
      {
        id: "email",
        type: "email",
        name: "Email",
        maxAge: 24 * 60 * 60,
        options: {},
        sendVerificationRequest: ({ identifier, url }) => sendMagicLink(db, { to: identifier, url }),
      },
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}
