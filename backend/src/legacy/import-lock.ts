import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type PgConnection = { query: (sql: string, bindings: unknown[]) => Promise<{ rows: { taken: boolean }[] }>; end: () => Promise<void> }
type Knex = { client: { acquireConnection: () => Promise<PgConnection>; releaseConnection: (connection: PgConnection) => Promise<void> } }

/**
 * The import's PostgreSQL advisory lock: "OCPIMPRT" read as a number, apart
 * from Medusa's own lock keys (hashes to 32 bits). In `pg_locks`: classid
 * 1329811529, objid 1297109588.
 */
const IMPORT_LOCK = 0x4f4350494d505254n

/**
 * One import at a time on a store: two at once would both find an old order
 * missing and both write it. The lock is a PostgreSQL session lock on a
 * connection kept for the run, so it is let go when the run ends, and also
 * when its process dies, killed or crashed (a lock row with an expiry would
 * either outlive a killed run or expire under a long one). Returns its
 * release.
 */
export async function holdImportLock(container: MedusaContainer): Promise<() => Promise<void>> {
  const { client } = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const connection = await client.acquireConnection()
  try {
    const { rows } = await connection.query("select pg_try_advisory_lock($1) as taken", [IMPORT_LOCK.toString()])
    if (!rows[0].taken)
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "Another import from the previous system is running on this store: wait for it to end (its report is written when it does), then run this one again. If none is running (its machine went down), docs/OPERATIONS.md §9 says how to free its lock."
      )
  } catch (error) {
    await client.releaseConnection(connection)
    throw error
  }
  // never fails the run it ends: a connection that cannot unlock is closed, and its session's lock goes with it
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  return async () => {
    try {
      await connection.query("select pg_advisory_unlock($1) as taken", [IMPORT_LOCK.toString()])
    } catch (error) {
      logger.warn(`The import's lock could not be let go (${(error as Error).message}); its connection is closed instead.`)
      await connection.end().catch((closing: unknown) => logger.warn(`Closing the import's lock connection: ${(closing as Error).message}`))
    } finally {
      await client.releaseConnection(connection)
    }
  }
}
