import { z } from "zod";

const email = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address")
  .max(254, "That email address is too long")
  .pipe(z.email({ error: "Enter a valid email address, like you@company.com" }));

export const signInInput = z.object({
  email,
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(200, "That password is too long"),
});

export const signUpInput = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100, "Keep your name under 100 characters"),
  email,
  password: z
    .string({ error: "Choose a password" })
    .min(10, "Use at least 10 characters for your password")
    .max(200, "Keep your password under 200 characters"),
  workspaceName: z.string().trim().min(1, "Name your workspace").max(100, "Keep the workspace name under 100 characters"),
});

export const magicLinkInput = z.object({ email });
