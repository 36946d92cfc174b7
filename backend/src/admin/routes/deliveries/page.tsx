import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingCart } from "@medusajs/icons"
import { useTranslation } from "react-i18next"
import { StaffPage } from "../../components/staff-page"
import { DeliveryBoard } from "./components/delivery-board"

/** The drivers' board: orders to take, mine on the road (address, directions, phone, cash to collect), failed ones back. */
const DeliveriesPage = () => {
  const { t } = useTranslation("ocp")
  return <StaffPage title={t("deliveries.title")}>{(staff, pizzeriaId) => <DeliveryBoard pizzeriaId={pizzeriaId} everyDriver={staff.role !== "driver"} />}</StaffPage>
}

export const config = defineRouteConfig({ label: "menu.deliveries", translationNs: "ocp", icon: ShoppingCart })

export default DeliveriesPage
