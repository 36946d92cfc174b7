import { Select } from "@medusajs/ui"
import type { IngredientOption } from "../hooks/use-product-recipe"

/** The editor's choice of an inventory item, with its unit. */
export function IngredientSelect({ value, options, label, onChange }: { value: string; options: IngredientOption[]; label: string; onChange: (id: string) => void }) {
  return (
    <Select value={value} onValueChange={onChange}>
      <Select.Trigger aria-label={label}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {options.map((option) => (
          <Select.Item key={option.id} value={option.id}>
            {option.title}
            {option.unit ? ` (${option.unit})` : ""}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
