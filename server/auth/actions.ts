"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/db/database";
import { magicLinkInput, signInInput, signUpInput } from "@/server/api/schemas/auth";
import { createUserWithWorkspace } from "@/server/domain/workspaces/create-user-with-workspace";
import { AppError } from "@/server/errors";
import { signIn, signOut } from "./index";
import { hashPassword } from "./password";
import { safeCallbackUrl } from "./safe-callback-url";
import { tooManySignInsMessage } from "./too-many-sign-ins";

export type FormState = { error?: string; field?: string; values?: Record<string, string> };

function fields(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")]));
}

function invalid(error: { issues: { path: PropertyKey[]; message: string }[] }, values: Record<string, string>): FormState {
  const issue = error.issues[0]!;
  return { error: issue.message, field: String(issue.path[0] ?? ""), values: { ...values, password: "" } };
}

export async function signInWithPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = fields(formData, ["email", "password"]);
  const parsed = signInInput.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallbackUrl(formData.get("callbackUrl")) });
  } catch (error) {
    // Success is a redirect, thrown as an error Next handles; only Auth.js errors are ours.
    if (error instanceof AuthError) {
      const limited = error instanceof CredentialsSignin ? tooManySignInsMessage(error.code) : null;
      const message = limited ?? (error.type === "CredentialsSignin" ? "Wrong email or password." : "Sign-in failed. Try again in a moment.");
      return { error: message, field: "password", values: { email: values.email! } };
    }
    throw error;
  }
  return {};
}

export async function sendSignInLink(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = fields(formData, ["email"]);
  const parsed = magicLinkInput.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  // Auth.js would send the browser to its own /api/auth/verify-request; our page says the same with the outbox link.
  await signIn("email", { email: parsed.data.email, redirectTo: safeCallbackUrl(formData.get("callbackUrl")), redirect: false });
  redirect("/sign-in/check-email");
}

export async function signUp(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = fields(formData, ["name", "email", "password", "workspaceName"]);
  const parsed = signUpInput.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    const db = await getDb();
    await createUserWithWorkspace({ db }, { ...parsed.data, passwordHash: await hashPassword(parsed.data.password) });
  } catch (error) {
    if (error instanceof AppError) return { error: error.message, field: error.field, values: { ...values, password: "" } };
    throw error;
  }
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/board" });
  return {};
}

export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}
