import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import { getDb } from "@/db/database";
import { buildAuthConfig } from "./config";

let config: NextAuthConfig | undefined;

// Lazy: the embedded database's address is only known once it has started.
export const { handlers, auth, signIn, signOut } = NextAuth(async () => (config ??= buildAuthConfig(await getDb())));
