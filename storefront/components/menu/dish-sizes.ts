import type { MenuItem } from "@oc-pizza/api-types"
import { formatPrice, type Locale, type Messages } from "@/lib/i18n/messages"
import type { DishSize } from "./dish-order"

/** A dish's sizes as its order form shows them: priced in the shop's language, choosable only when the kitchen can make them. */
export function dishSizes(item: MenuItem, locale: Locale): DishSize[] {
  return item.variants.map((variant) => ({
    id: variant.id,
    title: variant.title,
    price: variant.price !== null ? formatPrice(variant.price, locale) : "—",
    amount: variant.price,
    available: item.available && variant.available,
  }))
}

/** The order form's words, picked from the shop's texts so the client gets only these. */
export function dishOrderTexts(m: Messages) {
  return { add: m.add, addLabel: m.addLabel, added: m.added, sizeOf: m.sizeOf, unavailable: m.unavailable }
}
