import { readFileSync } from "node:fs"
import { join } from "node:path"
import { withClient } from "./pg-client"
import { SEED_MARKER, STOREFRONT_KEY_TITLE } from "../../backend/src/demo/markers"
import { BACKEND } from "./paths"

/**
 * Cheap questions asked straight to the database before deciding to boot
 * Medusa for a script: a warm start then skips both.
 */

type People = { staff: { email: string; role: string }[]; customers: { email: string }[] }

export function demoPeople(): People {
  return JSON.parse(readFileSync(join(BACKEND, "demo-data", "people.json"), "utf8")) as People
}

export function isSeeded(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const tables = await client.query("SELECT to_regclass('public.store') AS store")
    if (!tables.rows[0].store) return false
    const { rows } = await client.query("SELECT 1 FROM store WHERE metadata ? $1 AND deleted_at IS NULL", [SEED_MARKER])
    return rows.length > 0
  })
}

export function missingDemoAccounts(url: string): Promise<string[]> {
  const people = demoPeople()
  return withClient(url, async (client) => {
    const staff = people.staff.map((member) => member.email)
    const customers = people.customers.map((customer) => customer.email)
    const users = await client.query(`SELECT email FROM "user" WHERE deleted_at IS NULL AND email = ANY($1)`, [staff])
    const accounts = await client.query("SELECT email FROM customer WHERE deleted_at IS NULL AND has_account AND email = ANY($1)", [customers])
    // a demo staff account is whole with its staff record (role and pizzerias)
    const records = await client.query(`SELECT email FROM staff_member WHERE deleted_at IS NULL AND email = ANY($1)`, [staff])
    const withRecord = new Set(records.rows.map((row: { email: string }) => row.email))
    const present = new Set([...users.rows.filter((row: { email: string }) => withRecord.has(row.email)), ...accounts.rows].map((row: { email: string }) => row.email))
    return [...staff, ...customers].filter((email) => !present.has(email))
  })
}

/** The storefront's publishable key, created by the seed. */
export function storefrontKey(url: string): Promise<string | undefined> {
  return withClient(url, async (client) => {
    const { rows } = await client.query("SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL AND title = $1 LIMIT 1", [
      STOREFRONT_KEY_TITLE,
    ])
    return rows[0]?.token as string | undefined
  })
}
