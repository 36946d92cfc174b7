import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { useTranslation } from "react-i18next"
import { StaffPage } from "../../components/staff-page"
import { PizzeriaDashboard } from "./components/pizzeria-dashboard"

/** The manager's service at a glance, live: open orders, today's figures, late orders, low stock, cash per driver, rush pause. */
const DashboardPage = () => {
  const { t } = useTranslation("ocp")
  return <StaffPage title={t("dashboard.title")}>{(_staff, pizzeriaId) => <PizzeriaDashboard pizzeriaId={pizzeriaId} />}</StaffPage>
}

export const config = defineRouteConfig({ label: "menu.dashboard", translationNs: "ocp", icon: ChartBar })

export default DashboardPage
