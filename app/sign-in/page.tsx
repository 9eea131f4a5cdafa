import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getDb } from "@/db/database";
import { getSessionState } from "@/server/auth/get-session-member";
import { safeCallbackUrl } from "@/server/auth/safe-callback-url";
import { tooManySignInsMessage } from "@/server/auth/too-many-sign-ins";

export const metadata = { title: "Sign in" };

const messages: Record<string, string> = {
  expired: "Your session has expired. Sign in again to continue.",
  CredentialsSignin: "Wrong email or password.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  Configuration: "Sign-in is not available right now. Try again in a moment.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  const session = await getSessionState(await getDb());
  if (session.member) redirect(callbackUrl);
  const notice = messages[params.reason ?? ""] ?? tooManySignInsMessage(params.code) ?? (params.error ? (messages[params.error] ?? "Sign-in failed. Try again.") : undefined);

  return (
    <AuthCard title="Sign in" subtitle="Welcome back. Your board is live where you left it.">
      <SignInForm callbackUrl={callbackUrl} initialError={notice} />
      <div className="my-6 flex items-center gap-3 text-xs uppercase tracking-wide text-zinc-500">
        <span className="h-px flex-1 bg-zinc-800" /> or <span className="h-px flex-1 bg-zinc-800" />
      </div>
      <MagicLinkForm callbackUrl={callbackUrl} />
      <p className="mt-6 text-center text-sm text-zinc-400">
        New here?{" "}
        <Link href="/sign-up" className="font-medium text-brand-400 hover:underline">
          Create an account
        </Link>
      </p>
    </AuthCard>
  );
}
