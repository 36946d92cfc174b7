import "server-only"
import type { Cart } from "@/lib/medusa/cart"
import { storeApi, StoreApiError } from "@/lib/medusa/client"
import { CARD_PROVIDER } from "@/lib/medusa/payments"
import type { Pizzeria } from "@/lib/medusa/pizzerias"
import { setCartSlot } from "@/lib/medusa/slots"
import type { Locale } from "@/lib/i18n/messages"
import type { CheckoutFields } from "./read-checkout-form"

type ShippingOption = { id: string; name: string; type?: { code?: string } | null; service_zone?: { fulfillment_set?: { location?: { id?: string } | null } | null } | null }
type Completed = { type: "order"; order: { id: string; display_id: number }; tracking: { token: string } | null } | { type: "cart"; error: { message: string; type: string } }

/** The cart's language tag: the order keeps it, and the customer's e-mails are written in it. */
const LANGUAGE_TAGS: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" }

/** Who and where, on the cart: a pickup's address is the pizzeria's, with the customer's name and phone; and the shop's language. */
async function setContact(cart: Cart, fields: CheckoutFields, pizzeria: Pizzeria, locale: Locale): Promise<void> {
  const person = { first_name: fields.first_name, last_name: fields.last_name, phone: fields.phone, country_code: "fr" }
  const where =
    fields.mode === "delivery"
      ? { address_1: fields.address_1, postal_code: fields.postal_code, city: fields.city }
      : { address_1: pizzeria.address.address_1, postal_code: pizzeria.address.postal_code, city: pizzeria.address.city }
  const address = { ...person, ...where }
  // the driver's instructions ride on the shipping address only (the order keeps it); the backend checks their length
  const instructions = fields.mode === "delivery" ? { door_code: fields.door_code || null, floor: fields.floor || null, note: fields.note || null } : null
  const shipping = { ...address, metadata: { delivery_instructions: instructions } }
  await storeApi(`/store/carts/${cart.id}`, {
    method: "POST",
    // a signed-in customer's cart keeps their account's e-mail; naming the channel keeps the cart at the pizzeria the shop
    // chose (a pickup's address is its pizzeria's, which another pizzeria may also deliver)
    body: {
      ...(cart.customer_id ? {} : { email: fields.email }),
      shipping_address: shipping,
      billing_address: address,
      locale: LANGUAGE_TAGS[locale],
      sales_channel_id: cart.sales_channel_id,
    },
  })
}

async function chooseShipping(cart: Cart, mode: CheckoutFields["mode"], pizzeria: Pizzeria): Promise<void> {
  const { shipping_options } = await storeApi<{ shipping_options: ShippingOption[] }>("/store/shipping-options", { query: { cart_id: cart.id } })
  // the list also offers the other pizzerias' pickups (for clients that know nothing of pizzerias): ours is the cart's pizzeria's
  const option = shipping_options.find((candidate) => candidate.type?.code === mode && candidate.service_zone?.fulfillment_set?.location?.id === pizzeria.id)
  if (!option) throw new StoreApiError(409, mode === "delivery" ? "outside_delivery_area" : "pizzeria_closed", `No ${mode} option for this cart`)
  await storeApi(`/store/carts/${cart.id}/shipping-methods`, { method: "POST", body: { option_id: option.id } })
}

type PaymentCollection = { id: string; payment_sessions?: { provider_id: string; data: { client_secret?: string } | null }[] }

async function paymentSession(cart: Cart, providerId: string): Promise<PaymentCollection> {
  const { payment_collection } = await storeApi<{ payment_collection: PaymentCollection }>("/store/payment-collections", { method: "POST", body: { cart_id: cart.id } })
  const { payment_collection: withSession } = await storeApi<{ payment_collection: PaymentCollection }>(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    method: "POST",
    body: { provider_id: providerId },
  })
  return withSession
}

/**
 * Contact, shipping and slot on the cart: the backend checks the zone,
 * minimum and fee as the shipping method is chosen, then the slot against
 * that kind of order's lead time (set every time, so "as soon as possible"
 * undoes a slot an earlier attempt booked).
 */
export async function prepareCart(cart: Cart, fields: CheckoutFields, pizzeria: Pizzeria, locale: Locale): Promise<void> {
  await setContact(cart, fields, pizzeria, locale)
  await chooseShipping(cart, fields.mode, pizzeria)
  await setCartSlot(cart.id, fields.scheduled_for || null)
}

/** Paid to the driver or at the counter: Medusa's system provider, captured when the order is handed over. */
export async function payOnHandover(cart: Cart): Promise<void> {
  await paymentSession(cart, "pp_system_default")
}

/** Card: Medusa creates the PaymentIntent; its client secret is what Stripe's Payment Element confirms in the browser. */
export async function startCardPayment(cart: Cart): Promise<string> {
  const collection = await paymentSession(cart, CARD_PROVIDER)
  const secret = collection.payment_sessions?.find((session) => session.provider_id === CARD_PROVIDER)?.data?.client_secret
  if (!secret) throw new Error(`Stripe gave no client secret for cart ${cart.id}`)
  return secret
}

/**
 * The order. The backend checks everything again (zone, minimum, fee, stock
 * under its lock, the card's authorization), so a refusal leaves nothing
 * ordered and the cart as it was. A cart Stripe's webhook already completed
 * answers with its order.
 */
export async function completeCart(cartId: string): Promise<{ orderId: string; token: string | null }> {
  const completed = await storeApi<Completed>(`/store/carts/${cartId}/complete`, { method: "POST", body: {} })
  if (completed.type === "cart") throw new StoreApiError(402, "payment_declined", completed.error.message)
  return { orderId: completed.order.id, token: completed.tracking?.token ?? null }
}
