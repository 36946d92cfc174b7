import Link from "next/link"
import { notFound } from "next/navigation"
import { CartBar } from "@/components/cart/cart-bar"
import { DishOrder } from "@/components/menu/dish-order"
import { dishChoices, dishOrderTexts, dishSizes } from "@/components/menu/dish-sizes"
import { unavailableText } from "@/components/menu/unavailable-text"
import { t } from "@/lib/i18n/locale"
import { fill } from "@/lib/i18n/messages"
import { getMenuItems } from "@/lib/medusa/menu"
import { getPizzeria } from "@/lib/medusa/pizzerias"
import { currentPlace } from "@/lib/session/place"

export const dynamic = "force-dynamic"

/** One dish: its picture, what is in it with each ingredient's allergens, and its sizes. */
export default async function DishPage({ params }: { params: Promise<{ id: string; handle: string }> }) {
  const { id, handle } = await params
  const [{ locale, m }, pizzeria, place] = await Promise.all([t(), getPizzeria(id), currentPlace()])
  if (!pizzeria) notFound()
  const item = (await getMenuItems(pizzeria.id)).find((candidate) => candidate.handle === handle)
  if (!item) notFound()
  const minOrder = place?.mode === "delivery" && place.pizzeria_id === pizzeria.id && place.min_order > 0 ? place.min_order : null
  return (
    <article className="dish">
      <p className="back">
        <Link href={`/pizzerias/${pizzeria.id}`}>
          ← {m.menuOf} {pizzeria.name}
        </Link>
      </p>
      <h1>{item.title}</h1>
      {!item.available && <p className="badge unavailable">{unavailableText(item, m)}</p>}
      <div className="dish-body">
        {/* a plain img: the backend's file store is at an address next/image would need at build time */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        {item.thumbnail && <img src={item.thumbnail} alt="" width={400} height={400} fetchPriority="high" />}
        <div>
          {item.description && <p>{item.description}</p>}
          <h2>{m.ingredients}</h2>
          <ul>
            {item.ingredients.map((ingredient) => (
              <li key={ingredient.id}>
                {ingredient.name}
                {ingredient.allergens.length > 0 && <span className="muted"> — {ingredient.allergens.map((code) => m.allergenNames[code] ?? code).join(", ")}</span>}
              </li>
            ))}
          </ul>
          <p className="allergens">
            {item.allergens.length > 0 ? fill(m.allergensList, { list: item.allergens.map((code) => m.allergenNames[code] ?? code).join(", ") }) : m.noAllergens}
          </p>
          <h2>{m.sizes}</h2>
          <DishOrder
            pizzeriaId={pizzeria.id}
            dish={item.title}
            orderable={item.available}
            sizes={dishSizes(item, locale)}
            texts={dishOrderTexts(m)}
            choices={dishChoices(item, locale, m)}
          />
        </div>
      </div>
      <CartBar texts={{ seeCart: m.seeCart, toMinimum: m.toMinimum }} minOrder={minOrder} priceLocale={locale === "fr" ? "fr-FR" : "en-GB"} />
    </article>
  )
}
