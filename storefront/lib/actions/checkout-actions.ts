"use server"

import { redirect } from "next/navigation"
import { revalidatePath } from "next/cache"
import { readCheckoutForm, type CheckoutFields, type FieldErrors } from "@/lib/checkout/read-checkout-form"
import { completeCart, payOnHandover, prepareCart, startCardPayment } from "@/lib/checkout/checkout-steps"
import { refusal, type Refusal } from "@/lib/i18n/error-text"
import { t } from "@/lib/i18n/locale"
import { fill } from "@/lib/i18n/messages"
import { cartAt, currentCart, forgetCart } from "@/lib/medusa/cart"
import { StoreApiError } from "@/lib/medusa/client"
import { rememberWantedSlot } from "@/lib/session/wanted-slot"
import { resolveDelivery } from "@/lib/medusa/delivery"
import { getMenuItems, variantsOf } from "@/lib/medusa/menu"
import { listPizzerias } from "@/lib/medusa/pizzerias"
import { cartId } from "@/lib/session/cart-id"
import { currentPlace, rememberPlace } from "@/lib/session/place"

export type CheckoutState = {
  fields: CheckoutFields | null
  fieldErrors: FieldErrors
  error: Refusal | null
  /** Card chosen and the cart ready: the browser confirms this PaymentIntent with Stripe, then calls completeCardOrder. */
  card: { client_secret: string } | null
}

/**
 * The order. A delivery address is resolved again first: when another
 * pizzeria delivers it, the cart moves there and anything that kitchen cannot
 * make tonight is named before anything is paid.
 */
export async function placeOrder(_previous: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const { m, locale } = await t()
  const { fields, errors } = readCheckoutForm(formData, m)
  if (Object.keys(errors).length > 0) return { fields, fieldErrors: errors, error: { code: "invalid_fields", message: m.fixBelow }, card: null }
  let cart = await currentCart()
  if (!cart || cart.items.length === 0) redirect("/cart")

  let destination: string
  try {
    const [place, pizzerias] = await Promise.all([currentPlace(), listPizzerias()])
    let pizzeria = pizzerias.find((candidate) => candidate.sales_channel_id === cart!.sales_channel_id)
    const closedFor = (error: unknown) =>
      // a slot booked for later at a pizzeria closed now: the pizzeria that delivers the address takes it
      fields.scheduled_for && error instanceof StoreApiError && error.code === "pizzeria_closed" && typeof error.details.stock_location_id === "string"
        ? error.details.stock_location_id
        : null
    let resolved: Awaited<ReturnType<typeof resolveDelivery>> | null = null
    if (fields.mode === "delivery") {
      try {
        resolved = await resolveDelivery({ address: { address_1: fields.address_1, postal_code: fields.postal_code, city: fields.city, country_code: "fr" } }, cart.item_total)
      } catch (error) {
        const later = closedFor(error)
        if (!later) throw error
        pizzeria = pizzerias.find((candidate) => candidate.id === later)
      }
    }
    if (fields.mode === "delivery" && resolved) {
      await rememberPlace({
        mode: "delivery",
        pizzeria_id: resolved.pizzeria_id,
        address: { address_1: fields.address_1, postal_code: fields.postal_code, city: fields.city },
        point: null,
        label: resolved.formatted_address ?? `${fields.address_1}, ${fields.postal_code} ${fields.city}`,
        fee: resolved.fee,
        min_order: resolved.min_order,
        free_delivery_threshold: resolved.free_delivery_threshold,
        eta_minutes: resolved.eta_minutes,
      })
      pizzeria = pizzerias.find((candidate) => candidate.id === resolved!.pizzeria_id)
    } else if (fields.mode === "pickup") {
      pizzeria = pizzerias.find((candidate) => candidate.id === place?.pizzeria_id) ?? pizzeria
      if (pizzeria && place?.mode !== "pickup") await rememberPlace({ mode: "pickup", pizzeria_id: pizzeria.id })
    }
    if (!pizzeria) throw new Error(`No pizzeria sells on the cart's channel ${cart.sales_channel_id}`)
    const moved = pizzeria.sales_channel_id !== cart.sales_channel_id
    if (moved) cart = await cartAt(pizzeria.sales_channel_id)

    const offered = variantsOf(await getMenuItems(pizzeria.id))
    const missing = cart.items.filter((line) => {
      const entry = offered.get(line.variant_id)
      return !entry || !entry.item.available || !entry.variant.available
    })
    if (missing.length > 0) {
      revalidatePath("/", "layout")
      const names = missing.map((line) => `${line.product_title} (${line.variant_title ?? ""})`).join(", ")
      const lead = moved ? `${fill(m.cartMoved, { pizzeria: pizzeria.name })} ` : ""
      return { fields, fieldErrors: {}, error: { code: "unavailable_item", message: `${lead}${fill(m.unavailableHere, { pizzeria: pizzeria.name })} ${names}` }, card: null }
    }

    await prepareCart(cart, fields, pizzeria, locale)
    if (formData.get("payment") === "card") {
      return { fields, fieldErrors: {}, error: null, card: { client_secret: await startCardPayment(cart) } }
    }
    await payOnHandover(cart)
    destination = await complete(cart.id)
  } catch (error) {
    revalidatePath("/", "layout")
    return { fields, fieldErrors: {}, error: refusal(error, m, locale), card: null }
  }
  revalidatePath("/", "layout")
  redirect(destination)
}

/** The order page, with the guest's token. */
async function complete(id: string): Promise<string> {
  const { orderId, token } = await completeCart(id)
  await forgetCart()
  await rememberWantedSlot(null)
  return `/orders/${orderId}${token ? `?token=${encodeURIComponent(token)}&placed=1` : "?placed=1"}`
}

/** After Stripe confirmed the card in the browser (or brought the customer back from their bank): the order. */
export async function completeCardOrder(): Promise<{ error: Refusal }> {
  const { m, locale } = await t()
  const id = await cartId()
  if (!id) redirect("/cart")
  let destination: string
  try {
    destination = await complete(id)
  } catch (error) {
    return { error: refusal(error, m, locale) }
  }
  revalidatePath("/", "layout")
  redirect(destination)
}
