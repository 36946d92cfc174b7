import { NextResponse } from "next/server"
import { completeCart } from "@/lib/checkout/checkout-steps"
import { saysNothingCharged } from "@/lib/i18n/nothing-charged"
import { StoreApiError } from "@/lib/medusa/client"
import { cartId, forgetCart } from "@/lib/session/cart-id"

export const dynamic = "force-dynamic"

/**
 * Where Stripe brings back a customer whose bank showed its own page: the
 * order is placed and they land on it, or they are back at checkout with
 * the refusal's code to read (and whether the backend released the card's
 * hold: nothing charged).
 */
export async function GET(request: Request): Promise<Response> {
  const id = await cartId()
  const back = (path: string) => NextResponse.redirect(new URL(path, request.url), 303)
  if (!id) return back("/cart")
  try {
    const { orderId, token } = await completeCart(id)
    await forgetCart()
    return back(`/orders/${orderId}${token ? `?token=${encodeURIComponent(token)}&placed=1` : "?placed=1"}`)
  } catch (error) {
    if (!(error instanceof StoreApiError) || error.status >= 500) throw error
    return back(`/checkout?refused=${encodeURIComponent(error.code)}${saysNothingCharged(error.message, error.details) ? "&uncharged=1" : ""}`)
  }
}
