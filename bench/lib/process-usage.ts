import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The process and all its descendants (`next start` may fork a worker). */
function tree(pid: number): number[] {
  return [pid, ...childrenOf(pid).flatMap(tree)];
}

function read(pid: number): { rssBytes: number; cpuTicks: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const rssKb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
    // Fields after the command name (which may hold spaces): utime is the 14th field, stime the 15th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { rssBytes: rssKb * 1024, cpuTicks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return { rssBytes: 0, cpuTicks: 0 };
  }
}

/** RSS and CPU time of a process tree, sampled while a phase runs: peak RSS and mean CPU (1.0 = one core). */
export function watchProcess(pid: number, everyMs = 200) {
  const total = () => tree(pid).map(read).reduce((a, b) => ({ rssBytes: a.rssBytes + b.rssBytes, cpuTicks: a.cpuTicks + b.cpuTicks }), { rssBytes: 0, cpuTicks: 0 });
  const start = total();
  const startedAt = performance.now();
  let peakRss = start.rssBytes;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, total().rssBytes)), everyMs);
  return {
    stop() {
      clearInterval(timer);
      const end = total();
      const seconds = (performance.now() - startedAt) / 1000;
      return { peakRssMb: Math.max(peakRss, end.rssBytes) / 1024 / 1024, cpuCores: (end.cpuTicks - start.cpuTicks) / TICKS_PER_SECOND / seconds };
    },
  };
}

export function cpuCount(): number {
  return readdirSync("/sys/devices/system/cpu").filter((name) => /^cpu\d+$/.test(name)).length;
}
