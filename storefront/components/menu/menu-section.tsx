import type { Locale, Messages } from "@/lib/i18n/messages"
import type { MenuSection as Section } from "@/lib/medusa/menu"
import { DishCard } from "./dish-card"
import { sectionAnchor } from "./section-anchor"

/** One category of the menu, at its anchor for the category chips. */
export function MenuSection({ section, pizzeriaId, locale, m, first }: { section: Section; pizzeriaId: string; locale: Locale; m: Messages; first: boolean }) {
  const anchor = sectionAnchor(section.category)
  return (
    <section aria-labelledby={`${anchor}-title`} id={anchor} className="menu-section">
      <h2 id={`${anchor}-title`}>{section.category}</h2>
      <ul className="dishes">
        {section.items.map((item, index) => (
          <DishCard key={item.product_id} item={item} pizzeriaId={pizzeriaId} locale={locale} m={m} eager={first && index < 4} />
        ))}
      </ul>
    </section>
  )
}
