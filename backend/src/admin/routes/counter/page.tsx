import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Phone } from "@medusajs/icons"
import { useTranslation } from "react-i18next"
import { StaffPage } from "../../components/staff-page"
import { CounterOrder } from "./components/counter-order"

/** A clerk takes a phone or counter order: the caller found by number (or created), the dishes, pickup or delivery. */
const CounterPage = () => {
  const { t } = useTranslation("ocp")
  return <StaffPage title={t("counter.title")}>{(_staff, pizzeriaId) => <CounterOrder pizzeriaId={pizzeriaId} />}</StaffPage>
}

export const config = defineRouteConfig({ label: "menu.counter", translationNs: "ocp", icon: Phone })

export default CounterPage
