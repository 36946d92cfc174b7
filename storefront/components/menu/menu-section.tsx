import Link from "next/link"
import { fill, formatPrice, type Locale, type Messages } from "@/lib/i18n/messages"
import type { MenuItem, MenuSection as Section } from "@/lib/medusa/menu"
import { AddToCartButton } from "./add-to-cart-button"
import { SizeLabel } from "./size-label"

export function unavailableText(item: MenuItem, m: Messages): string {
  if (item.unavailable_reason?.code === "paused") return `${m.unavailable} : ${item.unavailable_reason.message}`
  return m.outOfStock
}

/** One category of the menu: what cannot be made tonight stays visible, with why, and has no button. */
export function MenuSection({ section, pizzeriaId, locale, m }: { section: Section; pizzeriaId: string; locale: Locale; m: Messages }) {
  const headingId = `section-${section.category}`
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{section.category}</h2>
      <ul className="grid">
        {section.items.map((item, index) => (
          <li key={item.product_id} className="card" data-testid="menu-item" data-available={item.available}>
            {item.thumbnail && (
              // the first pictures are in the first screen: fetched at once, the rest as they scroll in
              <img src={item.thumbnail} alt="" width={400} height={400} loading={index < 2 ? "eager" : "lazy"} fetchPriority={index === 0 ? "high" : "auto"} decoding="async" />
            )}
            <h3>
              <Link href={`/pizzerias/${pizzeriaId}/${item.handle}`}>{item.title}</Link>
            </h3>
            {!item.available && <span className="badge unavailable">{unavailableText(item, m)}</span>}
            {item.description && <p className="muted">{item.description}</p>}
            {item.allergens.length > 0 && (
              <p className="allergens">
                <strong>{m.allergens} :</strong> {item.allergens.map((code) => m.allergenNames[code] ?? code).join(", ")}
              </p>
            )}
            <ul className="sizes" aria-label={`${m.price} — ${item.title}`}>
              {item.variants.map((variant) => (
                <li key={variant.id} className={variant.available ? "" : "is-unavailable"}>
                  <SizeLabel title={variant.title} available={variant.available} m={m} />
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
          </li>
        ))}
      </ul>
    </section>
  )
}
