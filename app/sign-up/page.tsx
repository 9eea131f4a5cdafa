import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <AuthCard title="Create your account" subtitle="You get a workspace of your own; invite your team later.">
      <SignUpForm />
      <p className="mt-6 text-center text-sm text-zinc-400">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-400 hover:underline">
          Sign in
        </Link>
      </p>
    </AuthCard>
  );
}
