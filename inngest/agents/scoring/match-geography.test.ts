import { describe, expect, it } from "vitest";
import { readTarget } from "./match-geography";

describe("readTarget", () => {
  it("reads a country however an ICP names it", () => {
    for (const entry of ["United States", "USA", "usa", "U.S.A.", "EUA", "Estados Unidos", "US"]) {
      expect(readTarget(entry), entry).toEqual({ kind: "country", country: "United States" });
    }
    for (const entry of ["Brazil", "Brasil", "BR", "brasil"]) expect(readTarget(entry), entry).toEqual({ kind: "country", country: "Brazil" });
  });

  it("reads regions, states and other places", () => {
    expect(readTarget("América Latina")).toMatchObject({ kind: "region", countries: expect.arrayContaining(["Brazil", "Mexico"]) });
    expect(readTarget("São Paulo")).toEqual({ kind: "state", country: "Brazil", code: "SP", name: "São Paulo" });
    expect(readTarget("Texas")).toEqual({ kind: "state", country: "United States", code: "TX", name: "Texas" });
    expect(readTarget("Midwest")).toEqual({ kind: "place", text: "Midwest" });
  });
});
