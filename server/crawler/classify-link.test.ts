import { describe, expect, it } from "vitest";
import { classifyLink } from "./classify-link";

const kind = (path: string, text = "") => classifyLink({ url: new URL(`https://acme.test${path}`), text });

describe("which page a link leads to", () => {
  it("finds careers pages under the names sites use, in English and Portuguese", () => {
    for (const path of ["/careers", "/jobs", "/vacancies.html", "/employment", "/open-positions", "/carreiras", "/vagas", "/trabalhe", "/trabalhe-conosco"]) {
      expect(kind(path), path).toBe("careers");
    }
    expect(kind("/x", "Trabalhe conosco")).toBe("careers");
  });

  it("judges by the last segment and whole words, so a post about hiring or a tool page is not a careers or team page", () => {
    expect(kind("/news/new-partner-employment")).toBeNull();
    expect(kind("/time-tracking")).toBeNull();
    expect(kind("/blog")).toBe("blog");
    expect(kind("/sobre-nos")).toBe("about");
    expect(kind("/files/careers.pdf")).toBeNull();
  });
});
