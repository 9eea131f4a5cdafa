import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { devOutboxEnabled } from "@/server/auth/dev-outbox-enabled";

export const metadata = { title: "Check your email" };
export const dynamic = "force-dynamic";

export default function CheckEmailPage() {
  return (
    <AuthCard title="Check your email" subtitle="We sent you a sign-in link. It works once and expires in 24 hours.">
      {devOutboxEnabled() ? (
        <p className="text-sm text-zinc-300">
          No mail server is configured, so the link is in the{" "}
          <Link href="/dev/outbox" className="font-medium text-brand-400 hover:underline">
            dev outbox
          </Link>
          .
        </p>
      ) : null}
      <Link href="/sign-in" className="mt-6 inline-block text-sm text-zinc-400 hover:text-zinc-200">
        ← Back to sign in
      </Link>
    </AuthCard>
  );
}
