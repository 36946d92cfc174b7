import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { Zone } from "../../../lib/zoning-api-types"
import { useDeleteZone } from "../hooks/use-zone-mutations"

/** The pizzeria's zones with their fees and minimums, each editable or deletable. */
export function ZonesTable({ zones, onEdit }: { zones: Zone[]; onEdit: (zone: Zone) => void }) {
  const { t } = useTranslation("ocp-zoning")
  const remove = useDeleteZone()
  const euros = (amount: number) => amount.toLocaleString(t("locale"), { style: "currency", currency: "EUR" })
  const shapeOf = (zone: Zone) => (zone.kind === "polygon" ? t("polygon") : zone.kind === "radius" ? t("radiusLine", { km: zone.radius_km }) : t("postcodes"))
  return (
    <Container className="px-6 py-4">
      <Heading level="h2" className="mb-2">
        {t("zones")}
      </Heading>
      {zones.length === 0 ? (
        <Text>{t("none")}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              {[t("name"), t("kind"), t("fee"), t("minOrder"), t("freeFrom"), t("priority")].map((label) => (
                <Table.HeaderCell key={label}>{label}</Table.HeaderCell>
              ))}
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {zones.map((zone) => (
              <Table.Row key={zone.id}>
                <Table.Cell>
                  {zone.name} {!zone.is_active && <Badge size="2xsmall">{t("inactive")}</Badge>}
                </Table.Cell>
                <Table.Cell>{shapeOf(zone)}</Table.Cell>
                <Table.Cell>{euros(zone.fee)}</Table.Cell>
                <Table.Cell>{euros(zone.min_order)}</Table.Cell>
                <Table.Cell>{zone.free_delivery_threshold === null ? "—" : euros(zone.free_delivery_threshold)}</Table.Cell>
                <Table.Cell>{zone.priority}</Table.Cell>
                <Table.Cell className="flex gap-x-2">
                  <Button size="small" variant="secondary" onClick={() => onEdit(zone)}>
                    {t("edit")}
                  </Button>
                  <Button
                    size="small"
                    variant="danger"
                    isLoading={remove.isPending && remove.variables?.id === zone.id}
                    onClick={() => window.confirm(t("confirmDelete", { name: zone.name })) && remove.mutate(zone)}
                  >
                    {t("delete")}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
