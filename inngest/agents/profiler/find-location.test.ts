import { describe, expect, it } from "vitest";
import { findLocation } from "./find-location";

describe("findLocation", () => {
  it("reads UK, Canadian and Australian postal lines, naming the country the postcode implies", () => {
    expect(findLocation("Unit 7, Quarry Row\nBristol, England BS3 2QR")).toEqual({ label: "Bristol, England, United Kingdom", city: "Bristol", region: "England", country: "United Kingdom" });
    expect(findLocation("Dunmorrow Freight Ltd\nUnit 2, Tinsmith Lane\nGlasgow\nG52 4XL")?.city).toBe("Glasgow");
    expect(findLocation("220 Harrow Street, Suite 900, Toronto, ON M5V 2T6, Canada")).toMatchObject({ city: "Toronto", region: "ON", country: "Canada" });
    expect(findLocation("42 Canal Wharf\nBrisbane, QLD 4178")).toMatchObject({ city: "Brisbane", region: "QLD", country: "Australia" });
  });

  it("reads a Brazilian city line without a CEP, leaving the country unsaid", () => {
    expect(findLocation("Travessa dos Ourives, 88\nPorto Alegre/RS")).toEqual({ label: "Porto Alegre, RS", city: "Porto Alegre", region: "RS", country: null });
    expect(findLocation("Joinville – SC\nCEP 89219-500")).toMatchObject({ city: "Joinville", region: "SC" });
  });

  it("does not take a company name above a postcode, or a road name, for a town", () => {
    expect(findLocation("Acme Widgets Ltd\nM1 4BX")).toBeNull();
    expect(findLocation("We are trialling electric HGVs on the M8 corridor.")).toBeNull();
    expect(findLocation("Operador de CNC — Joinville – SC")).toBeNull();
  });
});
