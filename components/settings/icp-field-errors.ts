import { TRPCClientError } from "@trpc/client";
import type { z } from "zod";
import type { BusinessContextField } from "@/server/api/schemas/business-context";
import type { SettingsLabels } from "./labels";

export type IcpFieldErrors = Partial<Record<BusinessContextField, string>>;

/** One message a field, in the workspace's language, from the same schema the server checks. */
export function icpFieldErrors(issues: z.core.$ZodIssue[], t: SettingsLabels["icp"]): IcpFieldErrors {
  const errors: IcpFieldErrors = {};
  for (const issue of issues) {
    const field = issue.path[0] as BusinessContextField;
    if (errors[field]) continue;
    const entry = issue.path.length > 1;
    if (issue.code === "too_big") {
      const max = Number(issue.maximum);
      errors[field] = entry ? t.errors.entryTooLong(max) : issue.origin === "array" ? t.errors.tooMany(max) : t.errors.tooLong(max);
    } else if (issue.code === "too_small" && entry) {
      errors[field] = t.errors.emptyEntry;
    } else {
      errors[field] = issue.message;
    }
  }
  return errors;
}

/** The server's verdict on one field ("field: message" for API callers), or null if it is not about a field. */
export function serverFieldError(error: unknown): { field: string; message: string } | null {
  if (!(error instanceof TRPCClientError)) return null;
  const path = (error.data as { field?: string | null } | undefined)?.field;
  if (!path) return null;
  return { field: path.split(".")[0]!, message: error.message.replace(new RegExp(`^${path.replaceAll(".", "\\.")}: `), "") };
}
