import { describe, expect, it } from "vitest";
import { findFoundedYear } from "./find-founded-year";
import { findTaglineYear } from "./find-tagline-year";

describe("findFoundedYear", () => {
  it("reads started, opened, began, nasceu and começou when they are said of the company", () => {
    expect(findFoundedYear("About Emberlyn\nEmberlyn was started in Toronto in 2020 by two managers.", "emberlyn-hr.io")).toBe(2020);
    expect(findFoundedYear("Dunmorrow Freight was started by Alasdair Dunmorrow with one lorry in 1979.", "dunmorrowfreight.co.uk")).toBe(1979);
    expect(findFoundedYear("We started Ledgerbloom in 2017 after running finance.", "ledgerbloom.co")).toBe(2017);
    expect(findFoundedYear("Dr. Helen Abernathy opened Fernhollow in 2004.", "fernhollow-vetclinic.com")).toBe(2004);
    expect(findFoundedYear("Pailwright started as a single hardware store on Federal Boulevard in 1988.", "pailwright.com")).toBe(1988);
    expect(findFoundedYear("A Jabuticaba nasceu em 2018, fundada por um redator.", "jabuticabacriativa.com.br")).toBe(2018);
    expect(findFoundedYear("A cooperativa nasceu em 1997.", "sabordocampo-coop.com.br")).toBe(1997);
    expect(findFoundedYear("A Trilha Aberta começou em 2017 com uma turma de 20 alunos.", "trilhaaberta-cursos.com.br")).toBe(2017);
  });

  it("does not read the start of something else", () => {
    expect(findFoundedYear("The pilot was started in 2019 with three customers.", "acme.com")).toBeNull();
    expect(findFoundedYear("Globex was started in 2010 by a former partner of ours.", "acme.com")).toBeNull();
    expect(findFoundedYear("Maria opened Globex Café in 2015.", "acme.com")).toBeNull();
    expect(findFoundedYear("We opened Acme Leeds in 2015.", "acme.com")).toBeNull();
    expect(findFoundedYear("We opened our Leeds office in 2012.", "acme.com")).toBeNull();
    expect(findFoundedYear("We will launch Acme for dentists in 2027.", "acme.com")).toBeNull();
    expect(findFoundedYear("O projeto começou em 2020.", "acme.com.br")).toBeNull();
  });
});

describe("findTaglineYear", () => {
  it("reads a short line ending in since or desde, but not a customer's or a certificate's", () => {
    expect(findTaglineYear("Home\nScotland's haulier since 1979\nCall us")).toBe(1979);
    expect(findTaglineYear("Advocacia empresarial desde 1991")).toBe(1991);
    expect(findTaglineYear("Happy customers since 2015")).toBeNull();
    expect(findTaglineYear("ISO 9001 certified since 2008")).toBeNull();
    expect(findTaglineYear("We have shipped every order on time since 2019, even through the pandemic and two floods")).toBeNull();
  });
});
