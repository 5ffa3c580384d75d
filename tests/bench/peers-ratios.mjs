// Atrium beside the peers (../shared/peers/run.sh, outside this repository): when that run's
// results file is on this machine, the bench reports Atrium's ratios to each peer from it. The
// file is where run.sh keeps it ($PEERS_WORK, default ~/.cache/atrium-peers/results.json).
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export function peersResultsFile(env = process.env) {
  const work = env.PEERS_WORK ?? join(env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "atrium-peers");
  return join(work, "results.json");
}

/** Per rows count: each app's median ms to its rows, and Atrium's time divided by each peer's. */
export function peersRatios(file = peersResultsFile()) {
  if (!existsSync(file)) return { note: `no peers run on this machine (${file}); run ../shared/peers/run.sh dist` };
  const run = JSON.parse(readFileSync(file, "utf8"));
  const byRows = {};
  for (const r of run.results ?? []) (byRows[r.rows] ??= {})[r.app] = r;
  const out = { file, started: run.started, loadavgStart: run.loadavgStart, runs: run.runs, rows: {} };
  for (const [rows, apps] of Object.entries(byRows)) {
    const atrium = apps.atrium;
    const entry = { medianMsToRows: {}, jsKbAtRows: {}, atriumRatio: {} };
    for (const [app, r] of Object.entries(apps)) {
      entry.medianMsToRows[app] = r.median_ms_to_rows;
      entry.jsKbAtRows[app] = r.js_kB_at_rows;
      if (atrium && app !== "atrium" && r.median_ms_to_rows) entry.atriumRatio[app] = Number((atrium.median_ms_to_rows / r.median_ms_to_rows).toFixed(2));
    }
    out.rows[rows] = entry;
  }
  return out;
}
