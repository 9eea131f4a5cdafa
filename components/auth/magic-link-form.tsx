"use client";

import { useActionState } from "react";
import { sendSignInLink, type FormState } from "@/server/auth/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export function MagicLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(sendSignInLink, {});
  return (
    <form action={action} className="flex flex-col gap-3" noValidate aria-label="Magic link sign-in">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        label="Email me a sign-in link"
        name="email"
        type="email"
        autoComplete="email"
        placeholder="you@company.com"
        defaultValue={state.values?.email}
        error={state.error}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Sending…" : "Send magic link"}
      </Button>
    </form>
  );
}
