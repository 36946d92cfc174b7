// The `locking` table of Medusa's PostgreSQL provider, which this provider extends (../service.ts)
// eslint-disable-next-line @medusajs/import-from-framework-not-internal
export { Locking } from "@medusajs/locking-postgres/dist/models"
