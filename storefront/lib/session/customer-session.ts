import { cookies } from "next/headers"
import "server-only"
import { cookieOptions } from "./cookie-options"

const TOKEN_COOKIE = "ocp_customer"

/** The signed-in customer's token (Medusa's JWT), if any. */
export async function authToken(): Promise<string | undefined> {
  return (await cookies()).get(TOKEN_COOKIE)?.value
}

/** Kept no longer than Medusa's token lives (a day by default, jwtExpiresIn). */
export async function signInWith(token: string): Promise<void> {
  ;(await cookies()).set(TOKEN_COOKIE, token, await cookieOptions(1))
}

export async function signOut(): Promise<void> {
  ;(await cookies()).delete(TOKEN_COOKIE)
}
