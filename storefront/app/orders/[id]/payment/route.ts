import { NextResponse } from "next/server"
import { StoreApiError } from "@/lib/medusa/client"
import { authorizeNewAmount } from "@/lib/medusa/orders"
import { screenAfterConfirmation } from "@/lib/orders/payment-after-change"

export const dynamic = "force-dynamic"

/**
 * Where Stripe brings back a customer whose bank showed its own page while
 * they confirmed a changed order's new amount: the backend authorizes it,
 * and they land on their order with the outcome to read (`?payment=`).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params
  const url = new URL(request.url)
  const token = url.searchParams.get("token") ?? undefined
  let refused: StoreApiError | null = null
  try {
    await authorizeNewAmount(id, token)
  } catch (error) {
    if (!(error instanceof StoreApiError) || error.status >= 500) throw error
    refused = error
  }
  // Stripe adds redirect_status ("succeeded", "processing", "failed") to the address it brings the customer back to
  const screen = screenAfterConfirmation(refused, url.searchParams.get("redirect_status"))
  const outcome = screen === "refused" && refused ? refused.code : screen
  const back = new URL(`/orders/${id}`, request.url)
  if (token) back.searchParams.set("token", token)
  back.searchParams.set("payment", outcome)
  return NextResponse.redirect(back, 303)
}
