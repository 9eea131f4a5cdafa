import { z } from "zod";

const text = (label: string, max = 2000) => z.string().trim().max(max, `${label}: keep it under ${max} characters`);

/** Entries are trimmed and de-duplicated (case-insensitively), so "SaaS" and "saas " count once. */
const list = (label: string) =>
  z
    .array(z.string().trim().min(1, `${label}: remove the empty entry`).max(120, `${label}: keep each entry under 120 characters`))
    .max(30, `${label}: at most 30 entries`)
    .transform((entries) => entries.filter((entry, i) => entries.findIndex((e) => e.toLowerCase() === entry.toLowerCase()) === i));

/** The ICP form and the procedure share this schema. */
export const businessContextInput = z.object({
  businessDescription: text("Business description"),
  productService: text("Product or service"),
  valueProposition: text("Value proposition"),
  targetMarket: text("Target market"),
  idealCustomer: text("Ideal customer"),
  painPoints: list("Pain points"),
  competitiveAdvantage: text("Competitive advantage"),
  competitors: list("Competitors"),
  industryFocus: list("Industry focus"),
  geographicFocus: list("Geographic focus"),
  extraQuery: text("Extra search query", 300).nullish(),
});
export type BusinessContextInput = z.infer<typeof businessContextInput>;
export type BusinessContextField = keyof BusinessContextInput;

/** A workspace's ICP before anything is saved. */
export const emptyBusinessContext: BusinessContextInput = {
  businessDescription: "",
  productService: "",
  valueProposition: "",
  targetMarket: "",
  idealCustomer: "",
  painPoints: [],
  competitiveAdvantage: "",
  competitors: [],
  industryFocus: [],
  geographicFocus: [],
  extraQuery: null,
};

/** What prospecting needs before it can search for anyone: the rest improves the output. */
export const requiredForProspecting: { field: BusinessContextField; label: string }[] = [
  { field: "businessDescription", label: "business description" },
  { field: "productService", label: "product or service" },
  { field: "idealCustomer", label: "ideal customer" },
  { field: "industryFocus", label: "industry focus" },
];

/** The required fields still empty in `context`, in form order; the server and the form both ask this. */
export function missingForProspecting(context: Partial<BusinessContextInput>): typeof requiredForProspecting {
  return requiredForProspecting.filter(({ field }) => {
    const value = context[field];
    return Array.isArray(value) ? value.length === 0 : !value?.trim();
  });
}
