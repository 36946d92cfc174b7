import Medusa from "@medusajs/js-sdk"
import "server-only"

/**
 * The store API client, used on the server only: the publishable key and
 * the backend's address are read at run time, so one build serves any store.
 */
export function medusa(): Medusa {
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
  if (!publishableKey) {
    throw new Error("MEDUSA_PUBLISHABLE_KEY is not set: `npm start` sets it from the database; elsewhere copy the key from the admin (Settings > Publishable API keys).")
  }
  return new Medusa({
    baseUrl: process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000",
    publishableKey,
  })
}
