import "server-only"
import { headers } from "next/headers"

/**
 * The shopper's address as the shop saw it: the last X-Forwarded-For entry,
 * which nginx appends (Next fills the header with the connection's address
 * when no proxy did). Sign-in calls pass it on, so the backend's per-address
 * limits count each shopper rather than the shop's own server.
 */
export async function shopperAddress(): Promise<string | undefined> {
  const last = (await headers()).get("x-forwarded-for")?.split(",").pop()?.trim()
  return last || undefined
}
