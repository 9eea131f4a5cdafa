// Types that describe an organisation without saying its trade.
const plainOrganizations = [
  "organization", "corporation", "localbusiness", "onlinebusiness", "onlinestore", "professionalservice", "ngo",
  "educationalorganization", "medicalorganization", "store", "homeandconstructionbusiness", "foodestablishment",
];
// schema.org Organization subtypes that name a line of business, in the plain words a board filters by.
const businessTypes: Record<string, string> = {
  legalservice: "legal services", attorney: "law firm", notary: "notary", accountingservice: "accounting",
  financialservice: "financial services", bankorcreditunion: "bank", insuranceagency: "insurance agency",
  realestateagent: "real estate agency", travelagency: "travel agency", employmentagency: "employment agency",
  veterinarycare: "veterinary clinic", dentist: "dental clinic", physician: "medical practice",
  medicalclinic: "medical clinic", hospital: "hospital", pharmacy: "pharmacy", optician: "optician",
  restaurant: "restaurant", bakery: "bakery", cafeorcoffeeshop: "café", barorpub: "bar", brewery: "brewery",
  winery: "winery", hotel: "hotel", autorepair: "car repair", autodealer: "car dealership",
  generalcontractor: "general contractor", electrician: "electrician", plumber: "plumbing",
  roofingcontractor: "roofing", hvacbusiness: "heating and air conditioning", movingcompany: "removals",
  hairsalon: "hair salon", beautysalon: "beauty salon", healthclub: "gym", childcare: "childcare",
  collegeoruniversity: "higher education", school: "school", hardwarestore: "hardware store",
  grocerystore: "grocery store", clothingstore: "clothing store", furniturestore: "furniture store",
  electronicsstore: "electronics store", bookstore: "bookshop",
};

const typeNames = (type: unknown) =>
  (Array.isArray(type) ? type : [type])
    .filter((entry): entry is string => typeof entry === "string")
    .map((entry) => entry.replace(/^.*[/:#]/, "").toLowerCase());

/** Whether a JSON-LD @type or microdata itemtype ("Organization", "https://schema.org/LegalService") is an organisation. */
export function isOrganizationType(type: unknown): boolean {
  return typeNames(type).some((name) => plainOrganizations.includes(name) || name in businessTypes);
}

/** The trade an organisation's type names ("VeterinaryCare" → "veterinary clinic"), or null for a plain Organization. */
export function industryOfSchemaType(type: unknown): string | null {
  return typeNames(type).map((name) => businessTypes[name]).find(Boolean) ?? null;
}
