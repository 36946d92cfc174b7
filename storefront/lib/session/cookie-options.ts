import { headers } from "next/headers"
import "server-only"

/**
 * Our cookies: HTTP-only, sent back on navigation, Secure whenever the shop
 * is reached over https (behind nginx), so a plain http://localhost demo
 * still keeps its cart.
 */
export async function cookieOptions(maxAgeDays: number) {
  const proto = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim()
  return { httpOnly: true, sameSite: "lax" as const, secure: proto === "https", path: "/", maxAge: maxAgeDays * 24 * 3600 }
}
