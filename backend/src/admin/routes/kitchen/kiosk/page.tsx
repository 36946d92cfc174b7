import { Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { createPortal } from "react-dom"
import { useTranslation } from "react-i18next"
import { Refusal } from "../../../components/refusal"
import { usePizzeria } from "../../../hooks/use-pizzeria"
import { useStaff } from "../../../hooks/use-staff"
import { KitchenBoard } from "../components/kitchen-board"

/**
 * The admin's own page (`#medusa`, its menu and top bar) made inert while the
 * kiosk covers it, so that neither the keyboard nor a screen reader reaches
 * what is hidden; the kiosk lives in a layer of its own beside it.
 */
function useLayerAboveAdmin(): HTMLElement {
  const [layer] = useState(() => document.createElement("div"))
  useEffect(() => {
    document.body.appendChild(layer)
    const admin = document.getElementById("medusa")
    admin?.setAttribute("inert", "")
    return () => {
      admin?.removeAttribute("inert")
      layer.remove()
    }
  }, [layer])
  return layer
}

/**
 * The kitchen display in kiosk mode (/app/kitchen/kiosk): the whole screen,
 * above Medusa's menu and top bar, still inside the admin so the staff
 * sign-in holds. A reload comes back here, on the pizzeria this device
 * remembers.
 */
const KitchenKioskPage = () => {
  const { t } = useTranslation("ocp")
  const { data: staff, error } = useStaff()
  const [pizzeriaId] = usePizzeria(staff)
  const layer = useLayerAboveAdmin()
  const name = staff?.pizzerias.find((pizzeria) => pizzeria.id === pizzeriaId)?.name
  return createPortal(
    <div className="bg-ui-bg-subtle fixed inset-0 flex flex-col gap-1 p-2" style={{ zIndex: 1000 }} data-testid="kitchen-kiosk">
      <h1 className="sr-only">
        {t("kitchen.title")}
        {name ? ` · ${name}` : ""}
      </h1>
      {error ? (
        <Refusal title={t("kitchen.title")} error={error} />
      ) : !staff ? (
        <Text>{t("loading")}</Text>
      ) : pizzeriaId ? (
        <KitchenBoard pizzeriaId={pizzeriaId} kiosk />
      ) : (
        <Text>{t("errors.other_pizzeria")}</Text>
      )}
    </div>,
    layer
  )
}

export default KitchenKioskPage
