import Link from "next/link"
import { OpenBadge } from "@/components/pizzerias/open-badge"
import { notFound } from "next/navigation"
import { MenuSection } from "@/components/menu/menu-section"
import { t } from "@/lib/i18n/locale"
import { getMenu } from "@/lib/medusa/menu"
import { getPizzeria } from "@/lib/medusa/pizzerias"

export const dynamic = "force-dynamic"

export default async function PizzeriaMenuPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const [{ locale, m }, pizzeria] = await Promise.all([t(), getPizzeria(id)])
  if (!pizzeria) notFound()
  const sections = await getMenu(pizzeria.id)
  return (
    <>
      <p>
        <Link href="/">← {m.backToPizzerias}</Link>
      </p>
      <h1>
        {m.menuOf} {pizzeria.name}
      </h1>
      <p>
        <OpenBadge pizzeria={pizzeria} locale={locale} m={m} />{" "}
        <span className="muted">
          {pizzeria.address.address_1}, {pizzeria.address.city}
        </span>
      </p>
      {sections.map((section) => (
        <MenuSection key={section.category} section={section} locale={locale} m={m} />
      ))}
    </>
  )
}
