import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repairJobsSchedule } from "../config/repair-jobs-schedule"

type Knex = { raw: (sql: string) => Promise<{ rows: { id: string }[] }> }

/**
 * Every minute, with the PostgreSQL locking provider: drops locks whose time
 * is up. `@medusajs/locking-postgres` 2.21.2 never lets another owner take an
 * expired lock, so a process killed while holding one (a cart being
 * completed, a pizzeria's stock lock) would block that cart or that
 * pizzeria's checkouts for good. Redis expires its locks by itself.
 */
export default async function clearExpiredLocks(container: MedusaContainer): Promise<void> {
  const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  if (config.projectConfig.redisUrl) return
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw("DELETE FROM locking WHERE expiration IS NOT NULL AND expiration < NOW() RETURNING id")
  if (rows.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Locks: ${rows.length} expired lock(s) left by a stopped process were cleared (${rows.map((row) => row.id).join(", ")}).`)
  }
}

export const config = { name: "clear-expired-locks", schedule: repairJobsSchedule() }
