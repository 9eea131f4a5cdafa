import type { BusinessContextField, BusinessContextInput } from "@/server/api/schemas/business-context";

export type IcpFieldSpec = { field: BusinessContextField; kind: "text" | "textarea" | "list"; max: number; wide?: boolean };

/** The form's layout: which field goes in which group, and how it is entered. Limits match the schema. */
export const icpGroups: { id: "business" | "customer" | "search"; fields: IcpFieldSpec[] }[] = [
  {
    id: "business",
    fields: [
      { field: "businessDescription", kind: "textarea", max: 2000, wide: true },
      { field: "productService", kind: "textarea", max: 2000 },
      { field: "valueProposition", kind: "textarea", max: 2000 },
      { field: "competitiveAdvantage", kind: "textarea", max: 2000 },
      { field: "competitors", kind: "list", max: 30 },
    ],
  },
  {
    id: "customer",
    fields: [
      { field: "idealCustomer", kind: "textarea", max: 2000, wide: true },
      { field: "targetMarket", kind: "text", max: 2000 },
      { field: "industryFocus", kind: "list", max: 30 },
      { field: "geographicFocus", kind: "list", max: 30 },
      { field: "painPoints", kind: "list", max: 30 },
    ],
  },
  { id: "search", fields: [{ field: "extraQuery", kind: "text", max: 300, wide: true }] },
];

export type IcpDraft = Omit<BusinessContextInput, "extraQuery"> & { extraQuery: string };

export function toIcpDraft(context: BusinessContextInput): IcpDraft {
  return {
    businessDescription: context.businessDescription,
    productService: context.productService,
    valueProposition: context.valueProposition,
    targetMarket: context.targetMarket,
    idealCustomer: context.idealCustomer,
    painPoints: context.painPoints,
    competitiveAdvantage: context.competitiveAdvantage,
    competitors: context.competitors,
    industryFocus: context.industryFocus,
    geographicFocus: context.geographicFocus,
    extraQuery: context.extraQuery ?? "",
  };
}

export const icpFieldId = (field: BusinessContextField) => `icp-${field}`;

export function sameDraft(a: IcpDraft, b: IcpDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
