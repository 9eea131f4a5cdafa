import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { createLead } from "@/server/domain/leads/create-lead";
import { TEST_DIST_DIR } from "@/tests/support/app-server";
import { newSignedInContext, screenshot } from "@/tests/support/browser";
import { browserSuite } from "@/tests/support/browser-suite";
import { createSignedInUser } from "@/tests/support/test-user";

const suite = browserSuite();
const { baseUrl, client } = suite;

const header = (res: Response, name: string) => res.headers.get(name) ?? "";

describe("security headers and the content security policy", () => {
  it("serves the board with a nonce policy, no framing, no sniffing, and a new nonce each time", async () => {
    const user = await createSignedInUser(client.db, baseUrl);
    const [first, second] = await Promise.all([1, 2].map(() => fetch(`${baseUrl}/board`, { headers: { cookie: user.cookie }, redirect: "manual" })));
    expect(first!.status).toBe(200);
    const policy = header(first!, "content-security-policy");
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("unsafe-eval");
    const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
    expect(nonce).not.toBe(/'nonce-([^']+)'/.exec(header(second!, "content-security-policy"))![1]);
    // Every script Next.js wrote into the page carries this response's nonce.
    const html = await first!.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(header(first!, "x-content-type-options")).toBe("nosniff");
    expect(header(first!, "x-frame-options")).toBe("DENY");
    expect(header(first!, "referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(header(first!, "strict-transport-security")).toContain("max-age=63072000");
    const api = await fetch(`${baseUrl}/api/health`);
    expect(header(api, "content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(header(api, "x-content-type-options")).toBe("nosniff");
  });

  it("runs every page in Chromium without a single policy violation", async () => {
    const user = await createSignedInUser(client.db, baseUrl);
    // Staff, so the admin pages (charts) are in the walk too; and a lead to open.
    await client.db.update(users).set({ isStaff: true }).where(eq(users.id, user.user.id));
    const lead = await createLead({ db: client.db, workspaceId: user.workspace.id }, { domain: `csp-${randomBytes(3).toString("hex")}.com.br`, createdBy: user.user.id });
    const violations: string[] = [];
    const { context, page } = await newSignedInContext(suite.browser, baseUrl, user.email, user.password);
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect)/i.test(message.text())) violations.push(message.text());
    });
    await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const route of ["/board", `/board?lead=${lead.id}`, `/leads/${lead.id}`, "/settings", "/admin", "/admin/agents", "/sign-up", "/no-such-page"]) {
      await page.goto(`${baseUrl}${route}`);
      await page.waitForLoadState("networkidle");
    }
    // Hydrated and live: the board's scripts ran under the policy.
    await page.goto(`${baseUrl}/board`);
    await page.locator('[data-testid="live-status"][data-status="live"]').waitFor();
    await page.getByRole("button", { name: "Start Prospecting" }).click();
    await page.getByRole("dialog").waitFor();
    await screenshot(page, "csp-board");
    await context.close();
    expect(violations).toEqual([]);
  });

  it("sets a Secure, HttpOnly session cookie behind HTTPS, and refuses a sign-in without its CSRF token", async () => {
    const user = await createSignedInUser(client.db, baseUrl);
    const https = { "x-forwarded-proto": "https" };
    const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers: https });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const signIn = (token: string) =>
      fetch(`${baseUrl}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { ...https, "content-type": "application/x-www-form-urlencoded", cookie: jar },
        body: new URLSearchParams({ csrfToken: token, email: user.email, password: user.password }),
      });
    const session = (await signIn(csrfToken)).headers.getSetCookie().find((c) => c.startsWith("__Secure-authjs.session-token="));
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; Secure/);
    expect(session).toMatch(/; SameSite=Lax/i);
    const forged = await signIn("forged-token");
    expect(forged.headers.get("location")).toContain("error=MissingCSRF");
    expect(forged.headers.getSetCookie().some((c) => c.includes("session-token="))).toBe(false);
  });

  it("keeps server-only settings out of the browser's bundle", () => {
    const names = ["AUTH_SECRET", "DATABASE_URL", "INNGEST_SIGNING_KEY", "INNGEST_EVENT_KEY", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "EMAIL_SERVER", "TAVILY_API_KEY", "EXA_API_KEY", "BRAVE_SEARCH_API_KEY", "GOOGLE_GENERATIVE_AI_API_KEY"];
    const root = path.join(TEST_DIST_DIR, "static");
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith(".js"));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => {
      const text = readFileSync(path.join(root, file), "utf8");
      return names.filter((name) => text.includes(name)).map((name) => `${name} in ${file}`);
    });
    expect(found).toEqual([]);
  });
});
