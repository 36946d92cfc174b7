import type pg from "pg"
import { withClient } from "./pg-client"

export type Fingerprint = Record<string, { rows: number; md5: string }>

/**
 * Row count and checksum of every table of the public schema: what a backup
 * records and a restore must give back. Each row is hashed, the hashes sorted
 * and hashed again, so two databases with the same rows agree whatever their
 * physical order.
 */
export function fingerprint(url: string): Promise<Fingerprint> {
  return withClient(url, fingerprintWith)
}

/**
 * The same through an open connection (a backup computes it inside the
 * snapshot it dumps). Dates and numbers are written the same way on any
 * server, so a restore elsewhere compares equal.
 */
export async function fingerprintWith(client: pg.Client): Promise<Fingerprint> {
  await client.query("SET TIME ZONE 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 1")
  {
    const { rows: tables } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    const result: Fingerprint = {}
    for (const { name } of tables) {
      const quoted = `"${name.replace(/"/g, '""')}"`
      const { rows } = await client.query<{ rows: string; md5: string | null }>(
        `SELECT count(*)::text AS rows, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS md5 FROM ${quoted} t`
      )
      result[name] = { rows: Number(rows[0].rows), md5: rows[0].md5 ?? "" }
    }
    return result
  }
}

/** The tables whose rows differ, in words. */
export function differences(expected: Fingerprint, actual: Fingerprint): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort()
  return names.flatMap((name) => {
    const a = expected[name]
    const b = actual[name]
    if (!a) return [`${name}: not in the backup`]
    if (!b) return [`${name}: missing`]
    if (a.rows !== b.rows) return [`${name}: ${b.rows} rows instead of ${a.rows}`]
    if (a.md5 !== b.md5) return [`${name}: same ${a.rows} rows, different content`]
    return []
  })
}

/** How many user tables the database holds: a fresh one has none. */
export function tableCount(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")
    return rows[0].n as number
  })
}
