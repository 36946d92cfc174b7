import Link from "next/link"
import { notFound } from "next/navigation"
import { CartBar } from "@/components/cart/cart-bar"
import { OrderTerms } from "@/components/cart/order-terms"
import { CategoryNav } from "@/components/menu/category-nav"
import { MenuSection } from "@/components/menu/menu-section"
import { sectionAnchor } from "@/components/menu/section-anchor"
import { OpenBadge } from "@/components/pizzerias/open-badge"
import { t } from "@/lib/i18n/locale"
import { fill } from "@/lib/i18n/messages"
import { getMenu } from "@/lib/medusa/menu"
import { getPizzeria, listPizzerias } from "@/lib/medusa/pizzerias"
import { currentPlace } from "@/lib/session/place"

export const dynamic = "force-dynamic"

export default async function PizzeriaMenuPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const [{ locale, m }, pizzeria, place] = await Promise.all([t(), getPizzeria(id), currentPlace()])
  if (!pizzeria) notFound()
  const sections = await getMenu(pizzeria.id)
  const deliveredBy = place?.mode === "delivery" && place.pizzeria_id !== pizzeria.id ? (await listPizzerias()).find((other) => other.id === place.pizzeria_id) : undefined
  const minOrder = place?.mode === "delivery" && place.pizzeria_id === pizzeria.id && place.min_order > 0 ? place.min_order : null
  return (
    <>
      <p className="back">
        <Link href="/">← {m.backToPizzerias}</Link>
      </p>
      <h1>
        {m.menuOf} {pizzeria.name}
      </h1>
      <p className="menu-where">
        <OpenBadge pizzeria={pizzeria} locale={locale} m={m} />{" "}
        <span className="muted">
          {pizzeria.address.address_1}, {pizzeria.address.city}
        </span>
      </p>
      <OrderTerms place={place} pizzeria={pizzeria} locale={locale} m={m} />
      {deliveredBy && <p className="notice">{fill(m.otherPizzeria, { name: deliveredBy.name, here: pizzeria.name })}</p>}
      {sections.length > 1 && (
        <CategoryNav label={m.categories} categories={sections.map((section) => ({ anchor: sectionAnchor(section.category), name: section.category }))} endId="menu-end" />
      )}
      {sections.map((section, index) => (
        <MenuSection key={section.category} section={section} pizzeriaId={pizzeria.id} locale={locale} m={m} first={index === 0} />
      ))}
      <div id="menu-end" />
      <CartBar texts={{ seeCart: m.seeCart, toMinimum: m.toMinimum }} minOrder={minOrder} priceLocale={locale === "fr" ? "fr-FR" : "en-GB"} />
    </>
  )
}
