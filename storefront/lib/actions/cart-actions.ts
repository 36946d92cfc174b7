"use server"

import { revalidatePath } from "next/cache"
import { refusal } from "@/lib/i18n/error-text"
import { t } from "@/lib/i18n/locale"
import { addCustomisedLine, addLine, cartAt, currentCart, setLineQuantity, type LineChoice } from "@/lib/medusa/cart"
import { getMenuItems, variantsOf } from "@/lib/medusa/menu"
import { getPizzeria } from "@/lib/medusa/pizzerias"
import { currentPlace, rememberPlace } from "@/lib/session/place"

export type CartActionResult = { ok: true } | { ok: false; message: string }

/**
 * One more of this size, from this pizzeria's menu: refused when the kitchen
 * cannot make it tonight. Adding at another pizzeria than the one chosen
 * moves the cart there, as a pickup unless that pizzeria delivers the address.
 */
export async function addToCart(pizzeriaId: string, variantId: string, choice?: LineChoice): Promise<CartActionResult> {
  const { m, locale } = await t()
  try {
    const [pizzeria, items, place] = await Promise.all([getPizzeria(pizzeriaId), getMenuItems(pizzeriaId), currentPlace()])
    const entry = variantsOf(items).get(variantId)
    if (!pizzeria || !entry || !entry.item.available || !entry.variant.available) return { ok: false, message: m.errors.unavailable_item }
    if (place?.pizzeria_id !== pizzeria.id) await rememberPlace({ mode: "pickup", pizzeria_id: pizzeria.id })
    const cart = await cartAt(pizzeria.sales_channel_id)
    if (choice && (choice.remove.length > 0 || choice.add.length > 0)) await addCustomisedLine(cart, variantId, 1, { remove: [...choice.remove], add: [...choice.add] })
    else await addLine(cart, variantId, 1)
  } catch (error) {
    return { ok: false, message: refusal(error, m, locale).message }
  }
  revalidatePath("/", "layout")
  return { ok: true }
}

/** A line's new quantity (0 removes it). */
export async function changeQuantity(lineId: string, quantity: number): Promise<CartActionResult> {
  const { m, locale } = await t()
  try {
    const cart = await currentCart()
    if (cart && cart.items.some((line) => line.id === lineId)) await setLineQuantity(cart, lineId, Math.max(0, Math.min(50, Math.trunc(quantity))))
  } catch (error) {
    return { ok: false, message: refusal(error, m, locale).message }
  }
  revalidatePath("/", "layout")
  return { ok: true }
}
