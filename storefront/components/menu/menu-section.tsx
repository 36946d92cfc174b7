import { formatPrice, type Locale, type Messages } from "@/lib/i18n/messages"
import type { MenuSection as Section } from "@/lib/medusa/menu"

export function MenuSection({ section, locale, m }: { section: Section; locale: Locale; m: Messages }) {
  return (
    <section aria-labelledby={`section-${section.category}`}>
      <h2 id={`section-${section.category}`}>{section.category}</h2>
      <ul className="grid">
        {section.items.map((item) => {
          const soldOut = item.variants.every((variant) => !variant.available)
          return (
            <li key={item.id} className="card" data-testid="menu-item" data-available={!soldOut}>
              {item.thumbnail && <img src={item.thumbnail} alt="" width={400} height={400} loading="lazy" />}
              <h3>{item.title}</h3>
              {soldOut && <span className="badge unavailable">{m.unavailable}</span>}
              {item.description && <p className="muted">{item.description}</p>}
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
          )
        })}
      </ul>
    </section>
  )
}
