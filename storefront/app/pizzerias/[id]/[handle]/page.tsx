import Link from "next/link"
import { notFound } from "next/navigation"
import { unavailableText } from "@/components/menu/menu-section"
import { SizeList } from "@/components/menu/size-list"
import { t } from "@/lib/i18n/locale"
import { getMenuItems } from "@/lib/medusa/menu"
import { getPizzeria } from "@/lib/medusa/pizzerias"

export const dynamic = "force-dynamic"

/** One dish: its picture, what is in it with each ingredient's allergens, and its sizes. */
export default async function DishPage({ params }: { params: Promise<{ id: string; handle: string }> }) {
  const { id, handle } = await params
  const [{ locale, m }, pizzeria] = await Promise.all([t(), getPizzeria(id)])
  if (!pizzeria) notFound()
  const item = (await getMenuItems(pizzeria.id)).find((candidate) => candidate.handle === handle)
  if (!item) notFound()
  return (
    <article className="dish">
      <p>
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
              <li key={ingredient.name}>
                {ingredient.name}
                {ingredient.allergens.length > 0 && <span className="muted"> — {ingredient.allergens.map((code) => m.allergenNames[code] ?? code).join(", ")}</span>}
              </li>
            ))}
          </ul>
          <p className="allergens">
            <strong>{m.allergens} :</strong> {item.allergens.length > 0 ? item.allergens.map((code) => m.allergenNames[code] ?? code).join(", ") : m.noAllergens}
          </p>
          <h2>{m.sizes}</h2>
          <SizeList item={item} pizzeriaId={pizzeria.id} locale={locale} m={m} />
        </div>
      </div>
    </article>
  )
}
