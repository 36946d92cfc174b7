import { cookies } from "next/headers"
import "server-only"
import { cookieOptions } from "./cookie-options"

const CART_COOKIE = "ocp_cart"

export async function cartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

export async function rememberCart(id: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, id, await cookieOptions(14))
}

export async function forgetCart(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}
