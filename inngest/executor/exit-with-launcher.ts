/**
 * Under `npm run dev` / `npm start` the launcher (which runs the engine) is this server's parent.
 * If it is killed outright, nothing tells us: check now and then, and stop too rather than keep
 * the port from the next start.
 */
export function exitWithLauncher(intervalMs = 2_000) {
  const pid = Number(process.env.NELLIA_LAUNCHER_PID);
  if (!pid) return;
  const timer = setInterval(() => {
    try {
      process.kill(pid, 0);
    } catch {
      console.error("[launch] the launcher is gone; stopping");
      process.exit(1);
    }
  }, intervalMs);
  timer.unref();
}
