import { PizzeriaList } from "@/components/pizzerias/pizzeria-list"
import { t } from "@/lib/i18n/locale"
import { listPizzerias } from "@/lib/medusa/pizzerias"

export const dynamic = "force-dynamic"

export default async function HomePage() {
  const [{ locale, m }, pizzerias] = await Promise.all([t(), listPizzerias()])
  return (
    <>
      <h1>{m.choosePizzeria}</h1>
      <p className="muted">{m.tagline}</p>
      <PizzeriaList pizzerias={pizzerias} locale={locale} m={m} />
    </>
  )
}
