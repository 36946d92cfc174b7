import { readdirSync, readFileSync } from "node:fs"

/**
 * Memory and CPU of a service as Linux reports them in /proc: the sum over
 * every process of its process group (scripts/lib/processes.ts starts each
 * service as the leader of its own group, so the workers it spawns count).
 */

/** Linux's page size and clock tick on x86-64 and arm64 (getconf PAGESIZE, CLK_TCK). */
const PAGE_BYTES = 4096
const TICKS_PER_SECOND = 100

export type GroupUsage = { rssBytes: number; cpuSeconds: number }

export function groupUsage(leader: number): GroupUsage {
  let rssPages = 0
  let ticks = 0
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8")
    } catch {
      continue // the process ended between the listing and the read
    }
    // the fields after the command name, which may hold spaces and parentheses
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    if (Number(fields[2]) !== leader) continue
    ticks += Number(fields[11]) + Number(fields[12])
    rssPages += Number(fields[21])
  }
  return { rssBytes: rssPages * PAGE_BYTES, cpuSeconds: ticks / TICKS_PER_SECOND }
}

export type UsageWatch = {
  /** The highest resident memory seen per service since start, in bytes. */
  peaks: () => Record<string, number>
  /** What each service uses now. */
  now: () => Record<string, GroupUsage>
  stop: () => void
}

/** Samples each service's group every `everyMs` and keeps its resident-memory peak. */
export function watchUsage(leaders: Record<string, number | undefined>, everyMs = 1000): UsageWatch {
  const known = Object.entries(leaders).filter((entry): entry is [string, number] => entry[1] !== undefined)
  const peaks: Record<string, number> = {}
  const sample = () => {
    const usage: Record<string, GroupUsage> = {}
    for (const [name, leader] of known) {
      usage[name] = groupUsage(leader)
      peaks[name] = Math.max(peaks[name] ?? 0, usage[name].rssBytes)
    }
    return usage
  }
  sample()
  const timer = setInterval(sample, everyMs)
  return { peaks: () => ({ ...peaks }), now: sample, stop: () => clearInterval(timer) }
}
