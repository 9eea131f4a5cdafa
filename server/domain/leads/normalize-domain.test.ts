import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { normalizeDomain } from "./normalize-domain";

function errorOf(input: string): AppError {
  try {
    normalizeDomain(input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`expected "${input}" to be refused`);
}

describe("normalizeDomain", () => {
  it.each([
    ["acme.com", "acme.com"],
    ["  ACME.com  ", "acme.com"],
    ["https://www.acme.com/about?x=1", "acme.com"],
    ["http://blog.acme.co.uk:8080", "acme.co.uk"],
    ["acme.com.", "acme.com"],
    ["shop.acme.com.br", "acme.com.br"],
    ["myapp.github.io", "myapp.github.io"],
  ])("turns %j into %j", (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });

  it.each([
    ["", /Enter a domain/],
    ["   ", /Enter a domain/],
    ["acme", /not a valid domain/],
    ["not a domain", /contains spaces/],
    ["bob@acme.com", /email address/],
    ["192.168.0.1", /IP address/],
    ["[::1]", /IP address/],
    ["localhost", /not a valid domain/],
    ["acme.notarealtld", /known top-level domain/],
    ["com", /not a valid domain|top-level domain/],
    ["acme_corp!.com", /characters a domain cannot have/],
    [`${"a".repeat(64)}.com`, /longer than 63/],
    [`${"a".repeat(60)}.`.repeat(5) + "com", /longer than any domain/],
  ])("refuses %j and says why", (input, message) => {
    const error = errorOf(input);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.field).toBe("domain");
    expect(error.message).toMatch(message);
  });
});
