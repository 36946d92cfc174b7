import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Fire } from "@medusajs/icons"
import { useTranslation } from "react-i18next"
import { StaffPage } from "../../components/staff-page"
import { KitchenBoard } from "./components/kitchen-board"

/** The kitchen's wall tablet: tickets in columns, oldest first, recipes inline, big buttons, live. */
const KitchenPage = () => {
  const { t } = useTranslation("ocp")
  return <StaffPage title={t("kitchen.title")}>{(_staff, pizzeriaId) => <KitchenBoard pizzeriaId={pizzeriaId} />}</StaffPage>
}

export const config = defineRouteConfig({ label: "menu.kitchen", translationNs: "ocp", icon: Fire })

export default KitchenPage
