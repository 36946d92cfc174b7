// Medusa's PostgreSQL provider's one migration (its `locking` table), under its own name: a
// database migrated with that provider has it already, a new one gets it from here
export { Migration20241009222919_InitialSetupMigration } from "@medusajs/locking-postgres/dist/migrations/Migration20241009222919_InitialSetupMigration"
