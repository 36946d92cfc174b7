import type { MenuItem } from "@oc-pizza/api-types"
import Link from "next/link"
import { fill, type Locale, type Messages } from "@/lib/i18n/messages"
import { DishOrder } from "./dish-order"
import { dishOrderTexts, dishSizes } from "./dish-sizes"
import { unavailableText } from "./unavailable-text"

/**
 * One dish, compact enough for a phone to show several at once: a small
 * picture, the name (to its own page), two lines of description, the
 * allergens, and the sizes chosen in place. What cannot be made tonight stays
 * visible, with why, and has no button.
 */
export function DishCard({ item, pizzeriaId, locale, m, eager }: { item: MenuItem; pizzeriaId: string; locale: Locale; m: Messages; eager: boolean }) {
  return (
    <li className="dish-card" data-testid="menu-item" data-available={item.available}>
      {item.thumbnail ? (
        // a plain img: pictures come from the backend's file store at whatever address it has, which
        // next/image's optimizer would need to know when the shop is built; the first ones are in the
        // first screen and fetched at once, the rest as they scroll in
        // eslint-disable-next-line @next/next/no-img-element
        <img src={item.thumbnail} alt="" width={72} height={72} loading={eager ? "eager" : "lazy"} fetchPriority={eager ? "high" : "auto"} decoding="async" />
      ) : (
        <span className="no-picture" aria-hidden="true" />
      )}
      <div className="dish-text">
        <h3>
          <Link href={`/pizzerias/${pizzeriaId}/${item.handle}`}>{item.title}</Link>
        </h3>
        {!item.available && <span className="badge unavailable">{unavailableText(item, m)}</span>}
        {item.description && <p className="muted description">{item.description}</p>}
        {item.allergens.length > 0 && <p className="allergens">{fill(m.allergensList, { list: item.allergens.map((code) => m.allergenNames[code] ?? code).join(", ") })}</p>}
      </div>
      <DishOrder pizzeriaId={pizzeriaId} dish={item.title} orderable={item.available} sizes={dishSizes(item, locale)} texts={dishOrderTexts(m)} />
    </li>
  )
}
