import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Fire } from "@medusajs/icons"
import { useTranslation } from "react-i18next"
import { StaffPage } from "../../components/staff-page"
import { KitchenBoard } from "./components/kitchen-board"

/** The kitchen's board inside the admin; the wall tablet uses its full-screen twin (./kiosk/page.tsx). */
const KitchenPage = () => {
  const { t } = useTranslation("ocp")
  return (
    <StaffPage title={t("kitchen.title")}>
      {(_staff, pizzeriaId) => (
        <div className="h-[calc(100vh-9rem)] min-h-[540px]">
          <KitchenBoard pizzeriaId={pizzeriaId} />
        </div>
      )}
    </StaffPage>
  )
}

export const config = defineRouteConfig({ label: "menu.kitchen", translationNs: "ocp", icon: Fire })

export default KitchenPage
