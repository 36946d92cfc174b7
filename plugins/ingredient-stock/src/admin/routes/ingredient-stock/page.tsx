import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Label, Select } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { LevelsTable } from "./components/levels-table"
import { MakeableTable } from "./components/makeable-table"
import { MovementForm } from "./components/movement-form"
import { MovementHistory } from "./components/movement-history"
import { useStockLocations } from "./hooks/use-stock-locations"

/** Per pizzeria: levels with units and thresholds, movements (receipt, waste, count), what can still be made. */
const IngredientStockPage = () => {
  const { t } = useTranslation("ocp-stock")
  const { data: locations = [] } = useStockLocations()
  const [chosen, setChosen] = useState<string>()
  const locationId = chosen ?? locations[0]?.id
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">{t("title")}</Heading>
        <div className="w-72">
          <Label htmlFor="ocp-location">{t("pizzeria")}</Label>
          <Select value={locationId} onValueChange={setChosen}>
            <Select.Trigger id="ocp-location">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {locations.map((location) => (
                <Select.Item key={location.id} value={location.id}>
                  {location.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </Container>
      {locationId && (
        <>
          <MovementForm locationId={locationId} />
          <LevelsTable locationId={locationId} />
          <MakeableTable locationId={locationId} />
          <MovementHistory locationId={locationId} />
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "menu", translationNs: "ocp-stock" })

export default IngredientStockPage
