"use client";

import { useActionState } from "react";
import { signUp, type FormState } from "@/server/auth/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";

export function SignUpForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(signUp, {});
  const errorFor = (field: string) => (state.field === field ? state.error : undefined);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={state.field ? undefined : state.error} />
      <TextField label="Your name" name="name" autoComplete="name" defaultValue={state.values?.name} error={errorFor("name")} />
      <TextField label="Work email" name="email" type="email" autoComplete="email" defaultValue={state.values?.email} error={errorFor("email")} />
      <TextField label="Password" name="password" type="password" autoComplete="new-password" error={errorFor("password")} />
      <TextField
        label="Workspace name"
        name="workspaceName"
        placeholder="Acme Sales"
        defaultValue={state.values?.workspaceName}
        error={errorFor("workspaceName")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating your workspace…" : "Create account"}
      </Button>
    </form>
  );
}
