import type { MenuItem } from "@oc-pizza/api-types"
import { fill, formatPrice, type Locale, type Messages } from "@/lib/i18n/messages"
import { AddToCartButton } from "./add-to-cart-button"

/** A dish's sizes with their prices, and a button for each size the kitchen can make tonight. */
export function SizeList({ item, pizzeriaId, locale, m, label }: { item: MenuItem; pizzeriaId: string; locale: Locale; m: Messages; label?: string }) {
  return (
    <ul className="sizes" aria-label={label}>
      {item.variants.map((variant) => (
        <li key={variant.id} className={variant.available ? "" : "is-unavailable"}>
          <span className="size">
            {variant.title}
            {!variant.available && <span className="visually-hidden"> ({m.unavailable})</span>}
          </span>
          <span className="amount">{variant.price !== null ? formatPrice(variant.price, locale) : "—"}</span>
          {item.available && variant.available && variant.price !== null && (
            <AddToCartButton
              pizzeriaId={pizzeriaId}
              variantId={variant.id}
              text={m.add}
              label={fill(m.addLabel, { item: item.title, size: variant.title })}
              addedText={fill(m.added, { item: `${item.title} (${variant.title})` })}
            />
          )}
        </li>
      ))}
    </ul>
  )
}
