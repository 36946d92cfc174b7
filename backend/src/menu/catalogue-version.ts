import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The catalogue's version, shared by every process through the database: a
 * PostgreSQL sequence, bumped by `backend/src/subscribers/invalidate-menu-catalogue.ts`
 * whenever a product, price, category, recipe, ingredient or translation
 * changes, and read with each menu's live figures (`read-menu-live.ts`). A
 * sequence is outside transactions: a bump is seen at once by every process.
 */
export const CATALOGUE_VERSION_SEQUENCE = "ocp_menu_catalogue_version"

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

let created: Promise<void> | undefined

/** Creates the sequence once per process (every process may be first; a concurrent creation is not an error). */
export function ensureCatalogueVersion(container: MedusaContainer): Promise<void> {
  created ??= create(container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)).catch((error: unknown) => {
    created = undefined
    throw error
  })
  return created
}

/** After the database lost the sequence (a test database reset): create it again on next use. */
export function forgetCatalogueVersion(): void {
  created = undefined
}

async function create(knex: Knex): Promise<void> {
  try {
    await knex.raw(`CREATE SEQUENCE IF NOT EXISTS ${CATALOGUE_VERSION_SEQUENCE}`)
  } catch (error) {
    // two processes creating it at the same moment: the loser sees a duplicate type
    if ((error as { code?: string }).code !== "23505") throw error
  }
}

/** Every process's cached catalogue is now stale. */
export async function bumpCatalogueVersion(container: MedusaContainer): Promise<void> {
  await ensureCatalogueVersion(container)
  await container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION).raw(`SELECT nextval('${CATALOGUE_VERSION_SEQUENCE}')`)
}
