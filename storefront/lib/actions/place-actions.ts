"use server"

import { redirect } from "next/navigation"
import { revalidatePath } from "next/cache"
import { refusal, type Refusal } from "@/lib/i18n/error-text"
import { t } from "@/lib/i18n/locale"
import { cartAt, currentCart } from "@/lib/medusa/cart"
import { resolveDelivery } from "@/lib/medusa/delivery"
import { getPizzeria } from "@/lib/medusa/pizzerias"
import { parseAddress } from "@/lib/session/parse-address"
import { rememberPlace } from "@/lib/session/place"

export type DeliveryFormState = { error: Refusal | null; address: string }

/** Delivery: the address (typed, or the browser's coordinates) resolves to its pizzeria, fee, minimum and ETA; then that pizzeria's menu. */
export async function chooseDelivery(_previous: DeliveryFormState, formData: FormData): Promise<DeliveryFormState> {
  const { m, locale } = await t()
  const typed = String(formData.get("address") ?? "").trim()
  const lat = Number(formData.get("lat"))
  const lng = Number(formData.get("lng"))
  const usePoint = formData.get("lat") !== null && formData.get("lat") !== "" && Number.isFinite(lat) && Number.isFinite(lng)
  if (!usePoint && typed.length < 3) return { error: { code: "address_required", message: m.required }, address: typed }
  let pizzeriaId: string
  try {
    const cart = await currentCart()
    const subtotal = cart?.item_total
    const parsed = usePoint ? null : parseAddress(typed)
    const resolved = usePoint ? await resolveDelivery({ lat, lng }, subtotal) : await resolveDelivery({ address: parsed ? { ...parsed, country_code: "fr" } : typed }, subtotal)
    if (!resolved.sales_channel_id) throw new Error(`Pizzeria ${resolved.pizzeria_id} has no sales channel for the storefront key`)
    await rememberPlace({
      mode: "delivery",
      pizzeria_id: resolved.pizzeria_id,
      address: parsed,
      point: usePoint ? { lat, lng } : null,
      label: resolved.formatted_address ?? (usePoint ? m.yourLocation : typed),
      fee: resolved.fee,
      min_order: resolved.min_order,
      free_delivery_threshold: resolved.free_delivery_threshold,
      eta_minutes: resolved.eta_minutes,
    })
    if (cart) await cartAt(resolved.sales_channel_id)
    pizzeriaId = resolved.pizzeria_id
  } catch (error) {
    return { error: refusal(error, m, locale), address: typed }
  }
  revalidatePath("/", "layout")
  redirect(`/pizzerias/${pizzeriaId}`)
}

/** Pickup at the chosen pizzeria; an open cart follows it there. */
export async function choosePickup(formData: FormData): Promise<void> {
  const pizzeria = await getPizzeria(String(formData.get("pizzeria_id")))
  if (!pizzeria) redirect("/")
  await rememberPlace({ mode: "pickup", pizzeria_id: pizzeria.id })
  try {
    if (await currentCart()) await cartAt(pizzeria.sales_channel_id)
  } catch (error) {
    // the cart stays where it was: the cart page and checkout move it and flag what cannot be made
    console.error(`pickup at ${pizzeria.id}: the cart could not move yet (${(error as Error).message})`)
  }
  revalidatePath("/", "layout")
  redirect(`/pizzerias/${pizzeria.id}`)
}
