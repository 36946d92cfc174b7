import type { MenuItem } from "@oc-pizza/api-types"
import Link from "next/link"
import type { Locale, Messages } from "@/lib/i18n/messages"
import type { MenuSection as Section } from "@/lib/medusa/menu"
import { SizeList } from "./size-list"

export function unavailableText(item: MenuItem, m: Messages): string {
  if (item.unavailable_reason?.code === "paused") return `${m.unavailable} : ${item.unavailable_reason.message}`
  return m.outOfStock
}

/** One category of the menu: what cannot be made tonight stays visible, with why, and has no button. */
export function MenuSection({ section, pizzeriaId, locale, m, first }: { section: Section; pizzeriaId: string; locale: Locale; m: Messages; first: boolean }) {
  const headingId = `section-${section.category}`
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{section.category}</h2>
      <ul className="grid">
        {section.items.map((item, index) => (
          <li key={item.product_id} className="card" data-testid="menu-item" data-available={item.available}>
            {item.thumbnail && (
              // the menu's first pictures are in the first screen: fetched at once, the rest as they scroll in;
              // a plain img: pictures come from the backend's file store at whatever address it has, which
              // next/image's optimizer would need to know when the shop is built
              // eslint-disable-next-line @next/next/no-img-element
              <img
                src={item.thumbnail}
                alt=""
                width={400}
                height={400}
                loading={first && index < 2 ? "eager" : "lazy"}
                fetchPriority={first && index === 0 ? "high" : "auto"}
                decoding="async"
              />
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
            <SizeList item={item} pizzeriaId={pizzeriaId} locale={locale} m={m} label={`${m.price} — ${item.title}`} />
          </li>
        ))}
      </ul>
    </section>
  )
}
