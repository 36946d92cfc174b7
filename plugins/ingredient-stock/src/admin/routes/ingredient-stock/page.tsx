import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import { stockMessages, unitLabel } from "../../lib/i18n"

type Location = { id: string; name: string }
type IngredientRow = { inventory_item_id: string; name: string; unit: string; stocked_quantity: number; reserved_quantity: number; available_quantity: number; low_stock_threshold: number; is_low: boolean }
type MakeableRow = { variant_id: string; product_title: string; variant_title: string; makeable: number; limiting_ingredient: string }
type Movement = { id: string; inventory_item_id: string; type: string; quantity: number; level_after: number; note: string | null; created_at: string }

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { credentials: "include", headers: { "content-type": "application/json" }, ...init })
  const body = await response.json()
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`)
  return body as T
}

/** Per pizzeria: levels with units and thresholds, movements (receipt, waste, count), what can still be made. */
const IngredientStockPage = () => {
  const m = stockMessages()
  const [locations, setLocations] = useState<Location[]>([])
  const [locationId, setLocationId] = useState<string>()
  const [ingredients, setIngredients] = useState<IngredientRow[]>([])
  const [makeable, setMakeable] = useState<MakeableRow[]>([])
  const [movements, setMovements] = useState<Movement[]>([])
  const [form, setForm] = useState({ inventory_item_id: "", type: "receipt", quantity: "", note: "" })
  const [historyFilter, setHistoryFilter] = useState({ inventory_item_id: "all", type: "all" })

  useEffect(() => {
    api<{ stock_locations: Location[] }>("/admin/stock-locations?limit=100&fields=id,name").then(({ stock_locations }) => {
      setLocations(stock_locations)
      setLocationId((current) => current ?? stock_locations[0]?.id)
    }, (error: Error) => toast.error(error.message))
  }, [])

  const reload = useCallback(async () => {
    if (!locationId) return
    const [levels, counts, history] = await Promise.all([
      api<{ ingredients: IngredientRow[] }>(`/admin/stock-locations/${locationId}/ingredients`),
      api<{ makeable: MakeableRow[] }>(`/admin/stock-locations/${locationId}/makeable`),
      api<{ stock_movements: Movement[] }>(
        `/admin/stock-locations/${locationId}/stock-movements?limit=50` +
          (historyFilter.inventory_item_id !== "all" ? `&inventory_item_id=${historyFilter.inventory_item_id}` : "") +
          (historyFilter.type !== "all" ? `&type=${historyFilter.type}` : "")
      ),
    ])
    setIngredients(levels.ingredients)
    setMakeable(counts.makeable)
    setMovements(history.stock_movements)
  }, [locationId, historyFilter])

  useEffect(() => {
    reload().catch((error: Error) => toast.error(error.message))
  }, [reload])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await api(`/admin/stock-locations/${locationId}/stock-movements`, {
        method: "POST",
        body: JSON.stringify({ inventory_item_id: form.inventory_item_id, type: form.type, quantity: Number(form.quantity), note: form.note || null }),
      })
      toast.success(m.saved)
      setForm({ ...form, quantity: "", note: "" })
      await reload()
    } catch (error) {
      toast.error((error as Error).message)
    }
  }
  const nameOf = (id: string) => ingredients.find((row) => row.inventory_item_id === id)?.name ?? id

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">{m.title}</Heading>
        <div className="w-72">
          <Label htmlFor="ocp-location">{m.pizzeria}</Label>
          <Select value={locationId} onValueChange={setLocationId}>
            <Select.Trigger id="ocp-location"><Select.Value /></Select.Trigger>
            <Select.Content>
              {locations.map((location) => <Select.Item key={location.id} value={location.id}>{location.name}</Select.Item>)}
            </Select.Content>
          </Select>
        </div>
      </Container>

      <Container className="px-6 py-4">
        <Heading level="h2">{m.record}</Heading>
        <form onSubmit={submit} className="mt-3 grid grid-cols-5 items-end gap-3">
          <div>
            <Label htmlFor="ocp-ingredient">{m.ingredient}</Label>
            <Select value={form.inventory_item_id} onValueChange={(value) => setForm({ ...form, inventory_item_id: value })}>
              <Select.Trigger id="ocp-ingredient"><Select.Value /></Select.Trigger>
              <Select.Content>
                {ingredients.map((row) => <Select.Item key={row.inventory_item_id} value={row.inventory_item_id}>{row.name} ({unitLabel(row.unit, m)})</Select.Item>)}
              </Select.Content>
            </Select>
          </div>
          <div>
            <Label htmlFor="ocp-type">{m.type}</Label>
            <Select value={form.type} onValueChange={(value) => setForm({ ...form, type: value })}>
              <Select.Trigger id="ocp-type"><Select.Value /></Select.Trigger>
              <Select.Content>
                {(["receipt", "waste", "count", "adjustment"] as const).map((type) => <Select.Item key={type} value={type}>{m[type]}</Select.Item>)}
              </Select.Content>
            </Select>
          </div>
          <div>
            <Label htmlFor="ocp-quantity">{m.quantity}</Label>
            <Input id="ocp-quantity" type="number" step="any" required value={form.quantity} onChange={(event) => setForm({ ...form, quantity: event.target.value })} />
          </div>
          <div>
            <Label htmlFor="ocp-note">{m.note}</Label>
            <Input id="ocp-note" value={form.note} onChange={(event) => setForm({ ...form, note: event.target.value })} />
          </div>
          <Button type="submit" disabled={!form.inventory_item_id || form.quantity === ""}>{m.save}</Button>
        </form>
      </Container>

      <Container className="px-0 py-0">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{m.ingredient}</Table.HeaderCell>
              <Table.HeaderCell>{m.stocked}</Table.HeaderCell>
              <Table.HeaderCell>{m.reserved}</Table.HeaderCell>
              <Table.HeaderCell>{m.available}</Table.HeaderCell>
              <Table.HeaderCell>{m.threshold}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {ingredients.map((row) => (
              <Table.Row key={row.inventory_item_id}>
                <Table.Cell>{row.name} {row.is_low && <Badge color="red" size="2xsmall">{m.low}</Badge>}</Table.Cell>
                <Table.Cell>{row.stocked_quantity} {unitLabel(row.unit, m)}</Table.Cell>
                <Table.Cell>{row.reserved_quantity} {unitLabel(row.unit, m)}</Table.Cell>
                <Table.Cell>{row.available_quantity} {unitLabel(row.unit, m)}</Table.Cell>
                <Table.Cell>{row.low_stock_threshold} {unitLabel(row.unit, m)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <Container className="px-6 py-4">
        <Heading level="h2">{m.makeable}</Heading>
        <Table className="mt-2">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{m.dish}</Table.HeaderCell>
              <Table.HeaderCell>{m.size}</Table.HeaderCell>
              <Table.HeaderCell>{m.makeable}</Table.HeaderCell>
              <Table.HeaderCell>{m.limitedBy}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {makeable.map((row) => (
              <Table.Row key={row.variant_id}>
                <Table.Cell>{row.product_title}</Table.Cell>
                <Table.Cell>{row.variant_title}</Table.Cell>
                <Table.Cell>{row.makeable === 0 ? <Badge color="red" size="2xsmall">0</Badge> : row.makeable}</Table.Cell>
                <Table.Cell>{row.limiting_ingredient}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <Container className="px-6 py-4">
        <div className="flex items-end justify-between gap-3">
          <Heading level="h2">{m.history}</Heading>
          <div className="flex gap-2">
            <div className="w-56">
              <Label htmlFor="ocp-history-ingredient">{m.filterIngredient}</Label>
              <Select value={historyFilter.inventory_item_id} onValueChange={(value) => setHistoryFilter({ ...historyFilter, inventory_item_id: value })}>
                <Select.Trigger id="ocp-history-ingredient"><Select.Value /></Select.Trigger>
                <Select.Content>
                  <Select.Item value="all">{m.all}</Select.Item>
                  {ingredients.map((row) => <Select.Item key={row.inventory_item_id} value={row.inventory_item_id}>{row.name}</Select.Item>)}
                </Select.Content>
              </Select>
            </div>
            <div className="w-44">
              <Label htmlFor="ocp-history-type">{m.filterType}</Label>
              <Select value={historyFilter.type} onValueChange={(value) => setHistoryFilter({ ...historyFilter, type: value })}>
                <Select.Trigger id="ocp-history-type"><Select.Value /></Select.Trigger>
                <Select.Content>
                  <Select.Item value="all">{m.all}</Select.Item>
                  {(["receipt", "waste", "count", "adjustment", "sale", "cancel"] as const).map((type) => <Select.Item key={type} value={type}>{m[type]}</Select.Item>)}
                </Select.Content>
              </Select>
            </div>
          </div>
        </div>
        {movements.map((movement) => (
          <Text key={movement.id} size="small" className="border-b py-1">
            {new Date(movement.created_at).toLocaleString()} · {m[movement.type as keyof typeof m] ?? movement.type} · {nameOf(movement.inventory_item_id)} ·{" "}
            {movement.quantity > 0 ? "+" : ""}{movement.quantity} → {movement.level_after}{movement.note ? ` · ${movement.note}` : ""}
          </Text>
        ))}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Stock ingrédients" })

export default IngredientStockPage
