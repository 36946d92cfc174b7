"use server"

import { redirect } from "next/navigation"
import { revalidatePath } from "next/cache"
import { refusal, type Refusal } from "@/lib/i18n/error-text"
import { t } from "@/lib/i18n/locale"
import { fill, type Messages } from "@/lib/i18n/messages"
import { cartAt, currentCart } from "@/lib/medusa/cart"
import { StoreApiError } from "@/lib/medusa/client"
import { resolveDelivery, type DeliveryWhere } from "@/lib/medusa/delivery"
import { getPizzeria } from "@/lib/medusa/pizzerias"
import { parseAddress, parsePickedAddress, pickedAddressOf, type PickedAddress } from "@/lib/session/parse-address"
import { rememberWantedSlot } from "@/lib/session/wanted-slot"
import { currentPlace, rememberPlace } from "@/lib/session/place"

export type DeliveryFormState = {
  error: Refusal | null
  address: string
  /** An ambiguous address's candidates, offered as choices. */
  candidates: PickedAddress[]
  /** After a refusal, what still stands: the delivery address or pickup chosen before, unchanged. */
  kept: string | null
}

/**
 * Delivery: the address resolves to its pizzeria, fee, minimum and ETA; then
 * that pizzeria's menu. The address is one picked from the list (a
 * suggestion, with the coordinates it was found at, so it is not geocoded a
 * second time; a saved address; an ambiguous address's candidate), or the
 * text as typed, or the browser's coordinates. A refusal leaves the place
 * chosen before as it was, and says so.
 */
export async function chooseDelivery(_previous: DeliveryFormState, formData: FormData): Promise<DeliveryFormState> {
  const { m, locale } = await t()
  const candidate = parsePickedAddress(formData.get("candidate"), pickedLabel(formData.get("candidate")))
  const typed = candidate?.label ?? String(formData.get("address") ?? "").trim()
  const picked = candidate ?? parsePickedAddress(formData.get("picked"), typed)
  const lat = Number(formData.get("lat"))
  const lng = Number(formData.get("lng"))
  const usePoint = !picked && formData.get("lat") !== null && formData.get("lat") !== "" && Number.isFinite(lat) && Number.isFinite(lng)
  if (!usePoint && typed.length < 3) return { error: { code: "address_required", message: m.required }, address: typed, candidates: [], kept: null }
  let pizzeriaId: string
  try {
    const cart = await currentCart()
    const subtotal = cart?.item_total
    const parts = picked?.address_1 && picked.postal_code && picked.city ? { address_1: picked.address_1, postal_code: picked.postal_code, city: picked.city } : null
    const parsed = usePoint ? null : (parts ?? parseAddress(typed))
    const where: DeliveryWhere = usePoint
      ? { lat, lng }
      : parts && picked?.lat != null && picked.lng != null
        ? { address: { ...parts, country_code: "fr" }, lat: picked.lat, lng: picked.lng }
        : parsed
          ? { address: { ...parsed, country_code: "fr" } }
          : { address: typed, postal_code: picked?.postal_code ?? undefined }
    const resolved = await resolveDelivery(where, subtotal)
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
    const candidates = error instanceof StoreApiError && error.code === "address_ambiguous" ? candidatesOf(error.details) : []
    return { error: refusal(error, m, locale), address: typed, candidates, kept: await placeKept(m) }
  }
  revalidatePath("/", "layout")
  redirect(`/pizzerias/${pizzeriaId}`)
}

/** A candidate button carries its own label: the field still holds the ambiguous text. */
function pickedLabel(raw: FormDataEntryValue | null): string {
  if (typeof raw !== "string") return ""
  try {
    const value: unknown = JSON.parse(raw)
    return typeof value === "object" && value !== null && typeof (value as { label?: unknown }).label === "string" ? (value as { label: string }).label.trim() : ""
  } catch {
    return ""
  }
}

function candidatesOf(details: Record<string, unknown>): PickedAddress[] {
  const list = Array.isArray(details.candidates) ? details.candidates : []
  return list
    .map(pickedAddressOf)
    .filter((candidate): candidate is PickedAddress => candidate !== null)
    .slice(0, 10)
}

/** What the header goes on showing after a refusal, in words: the new address did not replace it. */
async function placeKept(m: Messages): Promise<string | null> {
  const place = await currentPlace()
  if (!place) return null
  if (place.mode === "delivery") return fill(m.addressKept, { address: place.label })
  const pizzeria = await getPizzeria(place.pizzeria_id)
  return pizzeria ? fill(m.pickupKept, { pizzeria: pizzeria.name }) : null
}

/** Pickup at the chosen pizzeria; an open cart follows it there. */
export async function choosePickup(formData: FormData): Promise<void> {
  const pizzeria = await getPizzeria(String(formData.get("pizzeria_id")))
  if (!pizzeria) redirect("/")
  await rememberPlace({ mode: "pickup", pizzeria_id: pizzeria.id })
  // a slot picked on the home page while every pizzeria is closed: the checkout's picker starts on it
  const slot = String(formData.get("scheduled_for") ?? "")
  await rememberWantedSlot(slot && !Number.isNaN(Date.parse(slot)) ? slot : null)
  try {
    if (await currentCart()) await cartAt(pizzeria.sales_channel_id)
  } catch (error) {
    // the cart stays where it was: the cart page and checkout move it and flag what cannot be made
    console.error(`pickup at ${pizzeria.id}: the cart could not move yet (${(error as Error).message})`)
  }
  revalidatePath("/", "layout")
  redirect(`/pizzerias/${pizzeria.id}`)
}
