import { Badge, Container, Table } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useIngredients } from "../hooks/use-ingredient-stock"
import { ThresholdInput } from "./threshold-input"
import { useUnitLabel } from "./unit-label"

/** Each ingredient's level at the location: stocked, reserved by open orders, available, and its low-stock threshold (editable). */
export function LevelsTable({ locationId }: { locationId: string }) {
  const { t } = useTranslation("ocp-stock")
  const unitLabel = useUnitLabel()
  const { data: ingredients = [] } = useIngredients(locationId)
  return (
    <Container className="px-0 py-0">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("ingredient")}</Table.HeaderCell>
            <Table.HeaderCell>{t("stocked")}</Table.HeaderCell>
            <Table.HeaderCell>{t("reserved")}</Table.HeaderCell>
            <Table.HeaderCell>{t("available")}</Table.HeaderCell>
            <Table.HeaderCell>{t("threshold")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {ingredients.map((row) => (
            <Table.Row key={row.inventory_item_id}>
              <Table.Cell>
                {row.name}{" "}
                {row.is_low && (
                  <Badge color="red" size="2xsmall">
                    {t("low")}
                  </Badge>
                )}
              </Table.Cell>
              {[row.stocked_quantity, row.reserved_quantity, row.available_quantity].map((quantity, index) => (
                <Table.Cell key={index}>
                  {quantity} {unitLabel(row.unit)}
                </Table.Cell>
              ))}
              <Table.Cell>
                <ThresholdInput key={row.low_stock_threshold} locationId={locationId} row={row} unit={unitLabel(row.unit)} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}
