import type { MenuItem } from "@oc-pizza/api-types"
import { formatPrice, type Locale, type Messages } from "@/lib/i18n/messages"
import type { DishChoices, DishSize } from "./dish-order"

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

/** What the dish page offers to change on a dish, with prices in the shop's language and allergens by their names; none for a dish without options. */
export function dishChoices(item: MenuItem, locale: Locale, m: Messages): DishChoices | undefined {
  if (!item.customisation) return undefined
  const named = (codes: string[]) => codes.map((code) => m.allergenNames[code] ?? code)
  return {
    max_extras: item.customisation.max_extras,
    removable: item.ingredients.filter((ingredient) => ingredient.removable).map(({ id, name }) => ({ id, name })),
    extras: item.customisation.extras.map((extra) => ({
      id: extra.id,
      name: extra.name,
      sizes: extra.sizes.map((size) => ({ variant_id: size.variant_id, amount: size.price, price: formatPrice(size.price, locale), available: size.available })),
    })),
    allergens: Object.fromEntries([
      ...item.ingredients.map((ingredient) => [ingredient.id, named(ingredient.allergens)]),
      ...item.customisation.extras.map((extra) => [extra.id, named(extra.allergens)]),
    ]),
    ingredients: item.ingredients.map((ingredient) => ingredient.id),
    texts: {
      customise: m.customise,
      leaveOut: m.leaveOut,
      without: m.without,
      extrasUpTo: m.extrasUpTo,
      extraPrice: m.extraPrice,
      extraSoldOut: m.extraSoldOut,
      extrasFull: m.extrasFull,
      yourAllergens: m.yourAllergens,
      yourNoAllergens: m.yourNoAllergens,
      addFor: m.addFor,
    },
    priceLocale: locale === "fr" ? "fr-FR" : "en-GB",
  }
}
