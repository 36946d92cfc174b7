import { MedusaError } from "@medusajs/framework/utils"

/**
 * The password of every demo account. None is written in the repository: the
 * demo's scripts make one at random per install (scripts/lib/install-secrets.ts),
 * tests one per test file (integration-tests/setup-env.ts), and hand it over in
 * OCP_DEMO_PASSWORD.
 */
export function demoPassword(env: Record<string, string | undefined> = process.env): string {
  const password = env.OCP_DEMO_PASSWORD?.trim()
  if (!password || password.length < 10) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "OCP_DEMO_PASSWORD is not set (or shorter than 10 characters): the demo accounts' password is made per install by `npm start` and `npm run seed`, which pass it on; set it yourself to run the demo scripts directly."
    )
  }
  return password
}
