import { describe, expect, it } from "vitest";
import { findSelfDescribedIndustry } from "./find-self-described-industry";

describe("findSelfDescribedIndustry", () => {
  it("reads the trade a description's first sentence gives the company", () => {
    expect(findSelfDescribedIndustry("Emberlyn is an applicant tracking and onboarding platform for hourly-workforce employers.", "emberlyn-hr.io")).toBe("applicant tracking and onboarding platform");
    expect(findSelfDescribedIndustry("Clinexa is B2B SaaS for outpatient clinics: scheduling and reminders.", "clinexa-health.io")).toBe("B2B SaaS");
    expect(findSelfDescribedIndustry("Pailwright Provisions is a Colorado chain of 38 hardware, garden and outdoor stores with same-day pickup.", "pailwright.com")).toBe("Colorado chain of 38 hardware, garden and outdoor stores");
    expect(findSelfDescribedIndustry("A Rota Seriema é uma transportadora e operadora logística de Campinas com armazéns.", "rotaseriema-logistica.com.br")).toBe("transportadora e operadora logística");
    expect(findSelfDescribedIndustry("O Tuiuiú é um ERP em nuvem para pequenas e médias empresas.", "tuiuiu-erp.com.br")).toBe("ERP em nuvem");
    expect(findSelfDescribedIndustry("Agência de marketing digital de Porto Alegre especializada em B2B.", "jabuticabacriativa.com.br")).toBe("Agência de marketing digital");
    expect(findSelfDescribedIndustry("Acme — software de gestão para clínicas.", "acme.com.br")).toBe("software de gestão");
  });

  it("reads nothing when the subject is someone else or the phrase names no trade", () => {
    expect(findSelfDescribedIndustry("Globex is a logistics platform we integrate with.", "acme.com")).toBeNull();
    expect(findSelfDescribedIndustry("Acme is one of the leading software companies in Brazil.", "acme.com")).toBeNull();
    expect(findSelfDescribedIndustry("Acme is a partner agency of Globex.", "acme.com")).toBeNull();
    expect(findSelfDescribedIndustry("Acme is a fast-growing company.", "acme.com")).toBeNull();
    expect(findSelfDescribedIndustry("Acme is a Berkshire Hathaway company.", "acme.com")).toBeNull();
    expect(findSelfDescribedIndustry("Acme is a small-animal practice in Burlington.", "acme.com")).toBeNull();
    expect(findSelfDescribedIndustry("Acme builds wireless soil moisture sensors for growers.", "acme.com")).toBeNull();
  });
});
