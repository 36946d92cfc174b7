import "server-only"
import { headers } from "next/headers"

/**
 * The shopper's address, for the backend's per-address sign-in limits, when
 * the shop stands behind a proxy that appends it to X-Forwarded-For (nginx,
 * deploy/nginx/oc-pizza.conf; `OCP_TRUST_PROXY=true`, set by the systemd unit).
 * Without one, Next keeps whatever X-Forwarded-For a client wrote, so the shop
 * forwards nothing and the backend counts the shop itself: a shopper cannot
 * buy a fresh budget by writing a new header at each guess.
 */
export async function shopperAddress(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (env.OCP_TRUST_PROXY !== "true") return undefined
  const last = (await headers()).get("x-forwarded-for")?.split(",").pop()?.trim()
  return last || undefined
}
