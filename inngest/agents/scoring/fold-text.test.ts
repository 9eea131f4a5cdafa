import { describe, expect, it } from "vitest";
import { findTerm } from "./fold-text";

describe("findTerm", () => {
  it("matches whole words regardless of case and accents, quoting the text's own spelling", () => {
    expect(findTerm("Uma transportadora e operadora LOGÍSTICA de Campinas", "logistica")).toBe("LOGÍSTICA");
    expect(findTerm("Rede de lojas de utilidades", "lojas")).toBe("lojas");
    expect(findTerm("last-mile delivery", "last-mile")).toBe("last-mile");
  });

  it("does not find a word inside another", () => {
    expect(findTerm("A retailer of garden goods", "retail")).toBeNull();
    expect(findTerm("battery storage", "store")).toBeNull();
  });
});
