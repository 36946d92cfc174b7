"use server"

import { revalidatePath } from "next/cache"
import { refusal, type Refusal } from "@/lib/i18n/error-text"
import { t } from "@/lib/i18n/locale"
import { cancelOrder, modifyOrder } from "@/lib/medusa/orders"

export type OrderActionState = { done: boolean; error: Refusal | null }

/** The customer cancels while the kitchen has not started; once it has, the backend says so (409 preparation_started). */
export async function cancelMyOrder(_previous: OrderActionState, formData: FormData): Promise<OrderActionState> {
  const { m, locale } = await t()
  const orderId = String(formData.get("order_id"))
  try {
    await cancelOrder(orderId, String(formData.get("token") ?? "") || undefined)
  } catch (error) {
    return { done: false, error: refusal(error, m, locale) }
  }
  revalidatePath(`/orders/${orderId}`)
  return { done: true, error: null }
}

/** The order as it should now be: each line's quantity (0 takes it out) and maybe one more dish. */
export async function modifyMyOrder(_previous: OrderActionState, formData: FormData): Promise<OrderActionState> {
  const { m, locale } = await t()
  const orderId = String(formData.get("order_id"))
  const quantities = new Map<string, number>()
  for (const [name, value] of formData.entries()) {
    if (!name.startsWith("qty:")) continue
    const quantity = Math.max(0, Math.min(50, Math.trunc(Number(value) || 0)))
    if (quantity > 0) quantities.set(name.slice(4), quantity)
  }
  const added = String(formData.get("add_variant") ?? "")
  if (added) quantities.set(added, (quantities.get(added) ?? 0) + 1)
  let modified
  try {
    modified = await modifyOrder(
      orderId,
      String(formData.get("token") ?? "") || undefined,
      [...quantities].map(([variant_id, quantity]) => ({ variant_id, quantity }))
    )
  } catch (error) {
    return { done: false, error: refusal(error, m, locale) }
  }
  revalidatePath(`/orders/${orderId}`)
  // a card order's new total must be confirmed by card before the kitchen may start it; the shop cannot do that yet
  if (modified.payment?.status === "awaiting_authorization") return { done: true, error: { code: "payment_pending", message: m.errors.payment_pending } }
  return { done: true, error: null }
}
