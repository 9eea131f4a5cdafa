import { describe, expect, it } from "vitest";
import { groundedParts } from "./grounded-lines";

const cite = (key: string) => ({ key, agent: "a", sourceUrl: `https://x.com/${key}` });

describe("reasoning facts in the drawer", () => {
  it("shows a plan's headline first, then each step with its title and details, keeping citations", () => {
    const parts = groundedParts({
      strategy: "Email Patrícia",
      channel: "email",
      score: 9,
      steps: [{ day: 1, channel: "email", text: "Send the first email", cites: [cite("score.why_now")] }],
    });
    expect(parts).toEqual([
      { field: "strategy", text: "Email Patrícia" },
      { field: "steps", lines: [{ text: "Send the first email", title: undefined, details: [{ field: "day", value: "1" }, { field: "channel", value: "email" }], cites: [cite("score.why_now")] }] },
    ]);
  });

  it("names an item by its title field and says it with its main text (objection → response)", () => {
    const parts = groundedParts({ items: [{ objection: "No budget", response: "Answer with numbers", cites: [cite("signal.funding")] }] });
    expect(parts).toEqual([{ field: "items", lines: [{ title: "No budget", text: "Answer with numbers", details: [], cites: [cite("signal.funding")] }] }]);
  });

  it("leaves plain facts alone and skips items without citations", () => {
    expect(groundedParts({ hosts: [], provider: null })).toBeNull();
    expect(groundedParts(["a", "b"])).toBeNull();
    expect(groundedParts({ items: [{ text: "uncited" }] })).toBeNull();
  });
});
