import { z } from "zod";

const text = (label: string, max = 2000) => z.string().trim().max(max, `${label}: keep it under ${max} characters`);
const list = (label: string) => z.array(z.string().trim().min(1).max(120, `${label}: keep each entry under 120 characters`)).max(30, `${label}: at most 30 entries`);

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

/** What prospecting needs before it can search for anyone: the rest improves the output. */
export const requiredForProspecting: { field: keyof BusinessContextInput; label: string }[] = [
  { field: "businessDescription", label: "business description" },
  { field: "productService", label: "product or service" },
  { field: "idealCustomer", label: "ideal customer" },
  { field: "industryFocus", label: "industry focus" },
];
