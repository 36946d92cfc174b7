import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Label, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ServiceHoursSection } from "./components/service-hours-section"
import { ZoneForm } from "./components/zone-form"
import { ZonesMapSection } from "./components/zones-map-section"
import { ZonesTable } from "./components/zones-table"
import { useZoneDraft } from "./hooks/use-zone-draft"
import { useZoningData } from "./hooks/use-zoning-data"

/** Per pizzeria: its zones on a map, the zone editor (draw, paste GeoJSON or coordinates, radius, postcodes), hours and closures. */
const DeliveryZonesPage = () => {
  const { t } = useTranslation("ocp-zoning")
  const { data, pizzerias } = useZoningData()
  const zoneDraft = useZoneDraft()
  const [chosen, setChosen] = useState<string>()
  const locations = data?.locations ?? []
  const locationId = chosen ?? locations[0]?.id
  const service = locationId ? data?.services[locationId] : undefined
  const own = (data?.zones ?? []).filter((zone) => zone.stock_location_id === locationId)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">{t("title")}</Heading>
        <div className="w-72">
          <Label htmlFor="ocp-zone-location">{t("pizzeria")}</Label>
          <Select
            value={locationId}
            onValueChange={(value) => {
              setChosen(value)
              zoneDraft.reset()
            }}
          >
            <Select.Trigger id="ocp-zone-location">
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
      {!data ? (
        <Text className="px-6">{t("loading")}</Text>
      ) : (
        <>
          <ZonesMapSection zones={data.zones} own={own} pizzerias={pizzerias} locationId={locationId} browserKey={data.browserKey} tiles={data.tiles} zoneDraft={zoneDraft} />
          <ZonesTable zones={own} onEdit={zoneDraft.edit} />
          <ZoneForm locationId={locationId} zoneDraft={zoneDraft} />
          {service && <ServiceHoursSection key={service.stock_location_id} service={service} />}
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "menu", translationNs: "ocp-zoning" })

export default DeliveryZonesPage
