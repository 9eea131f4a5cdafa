import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";

export type Row = { figure: string; value: string; baseline: string; ratio: string; goal: string; pass: boolean | null };

export function machine(postgresVersion: string) {
  const commit = (() => {
    try {
      return execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
    } catch {
      return "unknown";
    }
  })();
  return {
    date: new Date().toISOString(),
    commit,
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    postgres: postgresVersion,
  };
}

const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - text.length));

/** A plain-text table, one line per figure, with PASS / MISS against its goal. */
export function printTable(rows: Row[]): string {
  const cells = rows.map((r) => [r.figure, r.value, r.baseline, r.ratio, r.goal, r.pass === null ? "—" : r.pass ? "PASS" : "MISS"]);
  const head = ["figure", "measured", "baseline (same run)", "ratio", "goal", ""];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((cell, i) => pad(cell, widths[i]!)).join("  ").trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

export function writeResults(file: string, results: unknown) {
  mkdirSync(file.slice(0, file.lastIndexOf("/")), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
export const times = (value: number) => `${value.toFixed(2)}×`;
