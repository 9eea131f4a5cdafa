import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { businessContextInput, emptyBusinessContext } from "@/server/api/schemas/business-context";
import { icpFieldErrors, serverFieldError } from "./icp-field-errors";
import { toIcpDraft } from "./icp-fields";
import { settingsLabels } from "./labels";

const empty = toIcpDraft(emptyBusinessContext);

function errorsFor(draft: typeof empty, language: "en" | "pt-BR") {
  const result = businessContextInput.safeParse(draft);
  expect(result.success).toBe(false);
  return icpFieldErrors(result.error!.issues, settingsLabels[language].icp);
}

describe("ICP form errors", () => {
  it("puts one message on each failing field, in the workspace's language", () => {
    const draft = { ...empty, businessDescription: "x".repeat(2001), competitors: ["ok", "y".repeat(121)], painPoints: Array.from({ length: 31 }, (_, i) => `p${i}`) };
    expect(errorsFor(draft, "en")).toEqual({
      businessDescription: "Keep it under 2,000 characters.",
      competitors: "Keep each entry under 120 characters.",
      painPoints: "At most 30 entries.",
    });
    expect(errorsFor(draft, "pt-BR")).toEqual({
      businessDescription: "Use menos de 2.000 caracteres.",
      competitors: "Use menos de 120 caracteres em cada item.",
      painPoints: "No máximo 30 itens.",
    });
  });

  it("reads the field out of a server error and drops the API prefix", () => {
    const error = TRPCClientError.from({ error: { message: "competitors.1: Competitors: keep each entry under 120 characters", code: -32600, data: { field: "competitors.1" } } });
    expect(serverFieldError(error)).toEqual({ field: "competitors", message: "Competitors: keep each entry under 120 characters" });
    expect(serverFieldError(new Error("network down"))).toBeNull();
  });
});
