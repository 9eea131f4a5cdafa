import { describe, expect, it } from "vitest";
import { createLead } from "@/server/domain/leads/create-lead";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";
import { openTestDb } from "@/tests/support/db";
import { createTestMember, uniqueDomain } from "@/tests/support/fixtures";
import { readDomainSource } from "./read-domain-source";

const { db } = openTestDb();

const csv = (content: string | Uint8Array) => ({
  kind: "csv" as const,
  contentBase64: Buffer.from(typeof content === "string" ? Buffer.from(content, "utf8") : content).toString("base64"),
});

async function refusal(scope: WorkspaceScope, content: string | Uint8Array): Promise<AppError> {
  const error = await readDomainSource(scope, csv(content)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("reading a domain list", () => {
  it("finds the domain column by its header, whatever else the file has", async () => {
    const { scope } = await createTestMember(db);
    const result = await readDomainSource(scope, csv("Company,Website,City\nAcme,https://www.acme-corp.com/about,Paris\nBeta,beta-labs.io,Berlin\n"));
    expect(result).toMatchObject({ format: "csv", rows: 2, domains: ["acme-corp.com", "beta-labs.io"], header: ["Company", "Website", "City"] });
    expect(result.column).toEqual({ index: 1, name: "Website", detectedBy: "header" });
    expect(result.issues).toEqual([]);
  });

  it("reads a file without a header by finding the column of domains, row numbers as in the file", async () => {
    const { scope } = await createTestMember(db);
    const result = await readDomainSource(scope, csv("Acme,acme-corp.com\nBeta,beta-labs.io\n\nGamma,not a domain\n"));
    expect(result.header).toBeNull();
    expect(result.column).toEqual({ index: 1, name: null, detectedBy: "content" });
    expect(result.domains).toEqual(["acme-corp.com", "beta-labs.io"]);
    expect(result.issues).toEqual([{ row: 4, value: "not a domain", kind: "invalid", message: '"not a domain" contains spaces: enter a single domain, like acme.com' }]);
  });

  it("splits on semicolons, and on Domínio as a header", async () => {
    const { scope } = await createTestMember(db);
    const result = await readDomainSource(scope, csv("Empresa;Domínio;Cidade\nAcme;acme-corp.com.br;São Paulo\nBeta;beta-labs.com.br;Recife\n"));
    expect(result.delimiter).toBe(";");
    expect(result.column).toMatchObject({ index: 1, name: "Domínio" });
    expect(result.domains).toEqual(["acme-corp.com.br", "beta-labs.com.br"]);
  });

  it("reports a row with malformed quoting and keeps the rows after it", async () => {
    const { scope } = await createTestMember(db);
    const result = await readDomainSource(
      scope,
      csv('domain,name\nacme-corp.com,"Acme, Inc."\nbeta-labs.io,"Beta Labs\ngamma-works.com,Gamma\n"delta.dev"x,Delta\nepsilon.org,"Epsilon\nand Sons"\n'),
    );
    expect(result.domains).toEqual(["acme-corp.com", "gamma-works.com", "epsilon.org"]);
    expect(result.issues.map((i) => [i.row, i.kind])).toEqual([
      [3, "malformed"],
      [5, "malformed"],
    ]);
    expect(result.issues[0]!.message).toMatch(/opens a field but never closes it/);
    expect(result.issues[0]!.value).toBe('beta-labs.io,"Beta Labs');
    expect(result.issues[1]!.message).toMatch(/text follows a closing quote/);
  });

  it("reports repeats in the file and companies already on the board as free, never charging them", async () => {
    const { scope, member } = await createTestMember(db);
    const known = uniqueDomain("known");
    await createLead(scope, { domain: known, createdBy: member.userId });
    const result = await readDomainSource(scope, csv(`domain\nacme-corp.com\nwww.acme-corp.com\n${known.toUpperCase()}\n\nbeta-labs.io\nacme-corp.com`));
    expect(result.domains).toEqual(["acme-corp.com", "beta-labs.io"]);
    expect(result.counts).toMatchObject({ valid: 2, duplicate: 2, known: 1, invalid: 0 });
    expect(result.issues).toEqual([
      { row: 3, value: "www.acme-corp.com", kind: "duplicate", message: "duplicate of row 2 (acme-corp.com): free" },
      { row: 4, value: known, kind: "known", message: "already on your board: free" },
      { row: 7, value: "acme-corp.com", kind: "duplicate", message: "duplicate of row 2 (acme-corp.com): free" },
    ]);
  });

  it("says a row is empty when its domain cell is", async () => {
    const { scope } = await createTestMember(db);
    const result = await readDomainSource(scope, csv("name,domain\nAcme,acme-corp.com\nBeta,\n"));
    expect(result.issues).toEqual([{ row: 3, value: "", kind: "empty", message: "no domain in this row" }]);
  });

  it("refuses 5,001 rows and more than 5 MB, naming the limit", async () => {
    const { scope } = await createTestMember(db);
    const rows = Array.from({ length: 5_001 }, (_, i) => `company-${i}.com`);
    expect((await refusal(scope, ["domain", ...rows].join("\n"))).message).toBe(
      "The file has 5,001 rows; the limit is 5,000 rows per upload. Split it into files of 5,000 rows or fewer.",
    );
    expect((await refusal(scope, rows.join("\n"))).message).toMatch(/^The file has 5,001 rows; the limit is 5,000 rows/);
    await expect(readDomainSource(scope, csv(["domain", ...rows.slice(0, 5_000)].join("\n")))).resolves.toMatchObject({ rows: 5_000 });
    const big = `domain,notes\nacme-corp.com,${"x".repeat(5 * 1024 * 1024)}\n`;
    expect((await refusal(scope, big)).message).toBe("The file is 5.01 MB, over the limit of 5 MB per upload. Split it into smaller files.");
  });

  it("names the headers it found when no column holds domains", async () => {
    const { scope } = await createTestMember(db);
    const error = await refusal(scope, "Company,City,Employees\nAcme,Paris,40\nBeta,Berlin,12\n");
    expect(error.message).toBe('No domain column found. Headers found: "Company", "City", "Employees". Name the column with the companies\' domains "domain" or "website".');
    expect(error.field).toBe("file");
  });

  it("reads Latin-1 (Windows-1252) bytes instead of garbling them, and says which rows were not UTF-8", async () => {
    const { scope } = await createTestMember(db);
    const latin1 = Buffer.from("empresa,site\nCafé Brasil,cafe-brasil.com.br\nAçúcar Ltda,acucar-ltda.com.br\nPlain,plain-co.com\n", "latin1");
    const result = await readDomainSource(scope, csv(latin1));
    expect(result.encoding).toBe("Windows-1252");
    expect(result.domains).toEqual(["cafe-brasil.com.br", "acucar-ltda.com.br", "plain-co.com"]);
    expect(result.issues.map((i) => [i.row, i.kind, i.value])).toEqual([
      [2, "encoding", "Café Brasil,cafe-brasil.com.br"],
      [3, "encoding", "Açúcar Ltda,acucar-ltda.com.br"],
    ]);
    expect(result.notices[0]).toMatch(/2 lines are not UTF-8 and were read as Windows-1252/);
  });

  it("flags the one row of a UTF-8 file that was saved in another encoding", async () => {
    const { scope } = await createTestMember(db);
    const mixed = Buffer.concat([
      Buffer.from("name,domain\nSão Paulo Tech,sp-tech.com.br\n", "utf8"),
      Buffer.from("Padaria Pão,padaria-pao.com.br\n", "latin1"),
      Buffer.from("Zürich AG,zurich-ag.ch\n", "utf8"),
    ]);
    const result = await readDomainSource(scope, csv(mixed));
    expect(result.encoding).toBe("UTF-8 and Windows-1252");
    expect(result.domains).toEqual(["sp-tech.com.br", "padaria-pao.com.br", "zurich-ag.ch"]);
    expect(result.issues).toEqual([
      { row: 3, value: "Padaria Pão,padaria-pao.com.br", kind: "encoding", message: "not UTF-8: read as Windows-1252 (Latin-1), so check its accents" },
    ]);
  });

  it("decodes UTF-16 with a byte-order mark, and refuses empty and binary files plainly", async () => {
    const { scope } = await createTestMember(db);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("domain\r\nacme-corp.com\r\nbeta-labs.io\r\n", "utf16le")]);
    const result = await readDomainSource(scope, csv(utf16));
    expect(result).toMatchObject({ encoding: "UTF-16 LE", domains: ["acme-corp.com", "beta-labs.io"] });
    expect(result.notices[0]).toMatch(/UTF-16 byte-order mark/);
    expect((await refusal(scope, "")).message).toBe("The file is empty: there are no rows to read.");
    expect((await refusal(scope, "\n\n  \n")).message).toBe("The file has no rows with content: it is blank.");
    expect((await refusal(scope, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).message).toMatch(/^This file is a zip archive \(an Excel \.xlsx workbook\?\), not CSV text/);
    expect((await refusal(scope, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 0xff, 0x10]))).message).toMatch(/^This file is binary data, not CSV text/);
  });

  it("reads a pasted list, one a line or comma-separated, numbering its entries", async () => {
    const { scope } = await createTestMember(db);
    const result = await readDomainSource(scope, { kind: "paste", text: "domain\nacme-corp.com, beta-labs.io\n\nnot a domain;acme-corp.com" });
    expect(result).toMatchObject({ format: "list", rows: 4, domains: ["acme-corp.com", "beta-labs.io"] });
    expect(result.issues.map((i) => [i.row, i.kind])).toEqual([
      [3, "invalid"],
      [4, "duplicate"],
    ]);
  });
});
