import { formatPrice, type Locale, type Messages } from "@/lib/i18n/messages"
import type { MenuItem, MenuSection as Section } from "@/lib/medusa/menu"

function unavailableText(item: MenuItem, m: Messages): string {
  if (item.unavailable_reason?.code === "paused") return `${m.unavailable} : ${item.unavailable_reason.message}`
  return m.outOfStock
}

export function MenuSection({ section, locale, m }: { section: Section; locale: Locale; m: Messages }) {
  const headingId = `section-${section.category}`
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{section.category}</h2>
      <ul className="grid">
        {section.items.map((item) => (
          <li key={item.product_id} className="card" data-testid="menu-item" data-available={item.available}>
            {item.thumbnail && <img src={item.thumbnail} alt="" width={400} height={400} loading="lazy" />}
            <h3>{item.title}</h3>
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
                  <span>
                    {variant.title}
                    {!variant.available && <span className="visually-hidden"> ({m.unavailable})</span>}
                  </span>
                  <span className="amount">{variant.price !== null ? formatPrice(variant.price, locale) : "—"}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  )
}
