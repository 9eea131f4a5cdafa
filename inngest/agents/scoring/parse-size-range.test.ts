import { describe, expect, it } from "vitest";
import { parseSizeRange } from "./parse-size-range";

const range = (idealCustomer: string, targetMarket = "") => parseSizeRange({ idealCustomer, targetMarket });

describe("parseSizeRange", () => {
  it("reads ranges in English and Portuguese, with either thousands separator", () => {
    expect(range("Logistics companies with 50 to 1,000 employees running their own fleet")).toEqual({ min: 50, max: 1000, quote: "50 to 1,000 employees", assumed: false });
    expect(range("Transportadoras de 50 a 1.000 funcionários")).toEqual({ min: 50, max: 1000, quote: "de 50 a 1.000 funcionários", assumed: false });
    expect(range("Teams between 200 and 5k employees")).toMatchObject({ min: 200, max: 5000 });
    expect(range("Empresas entre 10 e 49 colaboradores")).toMatchObject({ min: 10, max: 49 });
  });

  it("reads open-ended sizes", () => {
    expect(range("Retailers with 500+ employees")).toMatchObject({ min: 500, max: null });
    expect(range("Indústrias com mais de 200 funcionários")).toMatchObject({ min: 200, max: null });
    expect(range("Startups with up to 30 employees")).toMatchObject({ min: 1, max: 30 });
  });

  it("falls back to size words, marked as assumed, and numbers win over them", () => {
    expect(range("Distributors", "Mid-sized food distributors")).toEqual({ min: 50, max: 999, quote: "mid-sized", assumed: true });
    expect(range("Pequenas e médias empresas do varejo")).toMatchObject({ min: 1, max: 499, assumed: true });
    expect(range("Companies with 50 to 1,000 employees", "Mid-sized logistics companies")).toMatchObject({ min: 50, max: 1000, assumed: false });
  });

  it("finds nothing when the ICP does not talk about size", () => {
    expect(range("Logistics companies with their own fleet", "Brazil and the US")).toBeNull();
    expect(range("Companies founded after 2010 with 3 warehouses")).toBeNull();
  });
});
