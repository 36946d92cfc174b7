import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { ZonesGoogleMap } from "../../../components/zones-google-map"
import { ZonesLeafletMap } from "../../../components/zones-leaflet-map"
import type { ZonesMapProps } from "../../../components/zones-map-props"
import type { MapTiles, Zone } from "../../../lib/zoning-api-types"
import type { ZoneDraftState } from "../hooks/use-zone-draft"

type Props = { zones: Zone[]; own: Zone[]; pizzerias: ZonesMapProps["pizzerias"]; locationId?: string; browserKey: string | null; tiles: MapTiles; zoneDraft: ZoneDraftState }

/** Every zone on a map (Google's with a browser key, else an open map whose tiles may be missing), the chosen pizzeria's in colour; clicks draw the outline being edited. */
export function ZonesMapSection({ zones, own, pizzerias, locationId, browserKey, tiles, zoneDraft }: Props) {
  const { t } = useTranslation("ocp-zoning")
  const mapProps: ZonesMapProps = { zones, pizzerias, selectedLocationId: locationId, draft: zoneDraft.points, onAddPoint: zoneDraft.addPoint, label: t("map") }
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h2">{t("map")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("mapHelp")}
      </Text>
      {browserKey ? <ZonesGoogleMap apiKey={browserKey} {...mapProps} /> : <ZonesLeafletMap tiles={tiles} unavailableNote={t("tilesUnavailable")} {...mapProps} />}
      {own
        .filter((zone) => zone.kind === "postcodes")
        .map((zone) => (
          <Text key={zone.id} size="small">
            {t("postcodesLine", { name: zone.name, codes: zone.postal_codes.join(", ") })}
          </Text>
        ))}
    </Container>
  )
}
