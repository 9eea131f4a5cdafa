import { describe, expect, it } from "vitest";
import { findEmployeeCount } from "./find-employee-count";
import { findTeamSize } from "./find-team-size";

const count = (text: string) => findEmployeeCount(text)?.min ?? null;

describe("findEmployeeCount", () => {
  it("reads people and professionals as staff when the company is the subject", () => {
    expect(findEmployeeCount("The company remains family owned and now employs 2,300 people.")).toEqual({ min: 2300, max: 2300, label: "employs 2,300 people" });
    expect(count("We employ 160 engineers, technicians and support staff in Bristol.")).toBe(160);
    expect(count("We are twelve designers, writers and developers.")).toBe(12);
    expect(count("Somos 15 pessoas e atendemos 30 clientes.")).toBe(15);
    expect(count("Our 220 people work from Arlington, Columbus and Denver.")).toBe(220);
    expect(count("Today ~850 people work at our two plants.")).toBe(850);
    expect(count("o escritório conta hoje com 28 profissionais.")).toBe(28);
    expect(count("Hoje somos 1.100 cooperados e 260 colaboradores.")).toBe(260);
  });

  it("does not read people a company serves, plans to hire or mentions in passing", () => {
    expect(count("We have helped 5,000 people find work.")).toBeNull();
    expect(count("We plan to hire 20 people there over the next year.")).toBeNull();
    expect(count("A meta é chegar a 30 pessoas em São Paulo até 2027.")).toBeNull();
    expect(count("It opens with six engineers and a demo cell.")).toBeNull();
    expect(count("Somos 1.100 famílias produtoras do norte do Paraná.")).toBeNull();
  });
});

describe("findTeamSize", () => {
  it("reads a team of N, in digits or words", () => {
    expect(findTeamSize("Our team of seven includes two veterinarians.")).toEqual({ min: 7, max: 7, label: "Our team of seven" });
    expect(findTeamSize("Today we are a team of 35, including 14 solicitors.")?.min).toBe(35);
    expect(findTeamSize("Temos uma equipe de 40 pessoas.")?.min).toBe(40);
  });
});
