import { Container, Heading, Label, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { MOVEMENT_TYPES, useIngredients, useMovements, type HistoryFilter } from "../hooks/use-ingredient-stock"

const ALL = "all"

/** The last movements at the location, filtered by ingredient and by type. */
export function MovementHistory({ locationId }: { locationId: string }) {
  const { t } = useTranslation("ocp-stock")
  const [filter, setFilter] = useState<HistoryFilter>({})
  const { data: ingredients = [] } = useIngredients(locationId)
  const { data: movements = [] } = useMovements(locationId, filter)
  const nameOf = (id: string) => ingredients.find((row) => row.inventory_item_id === id)?.name ?? id
  return (
    <Container className="px-6 py-4">
      <div className="flex items-end justify-between gap-3">
        <Heading level="h2">{t("history")}</Heading>
        <div className="flex gap-2">
          <div className="w-56">
            <Label htmlFor="ocp-history-ingredient">{t("filterIngredient")}</Label>
            <Select value={filter.inventory_item_id ?? ALL} onValueChange={(value) => setFilter({ ...filter, inventory_item_id: value === ALL ? undefined : value })}>
              <Select.Trigger id="ocp-history-ingredient">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>{t("all")}</Select.Item>
                {ingredients.map((row) => (
                  <Select.Item key={row.inventory_item_id} value={row.inventory_item_id}>
                    {row.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="w-44">
            <Label htmlFor="ocp-history-type">{t("filterType")}</Label>
            <Select value={filter.type ?? ALL} onValueChange={(value) => setFilter({ ...filter, type: MOVEMENT_TYPES.find((type) => type === value) })}>
              <Select.Trigger id="ocp-history-type">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>{t("all")}</Select.Item>
                {MOVEMENT_TYPES.map((type) => (
                  <Select.Item key={type} value={type}>
                    {t(`movement.${type}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
      </div>
      {movements.map((movement) => (
        <Text key={movement.id} size="small" className="border-b py-1">
          {new Date(movement.created_at).toLocaleString(t("locale"))} · {t(`movement.${movement.type}`, { defaultValue: movement.type })} · {nameOf(movement.inventory_item_id)} ·{" "}
          {movement.quantity > 0 ? "+" : ""}
          {movement.quantity} → {movement.level_after}
          {movement.note ? ` · ${movement.note}` : ""}
        </Text>
      ))}
    </Container>
  )
}
