import type { KitchenCapacitySettings } from "@oc-pizza/api-types"
import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useKitchenCapacity, useSaveKitchenCapacity } from "../hooks/use-slots"

type DayPart = KitchenCapacitySettings["day_parts"][number]

/** The form once the settings are read: its fields start from them. */
function CapacityFields({ pizzeriaId, settings }: { pizzeriaId: string; settings: KitchenCapacitySettings }) {
  const { t } = useTranslation("ocp")
  const save = useSaveKitchenCapacity(pizzeriaId)
  const [pizzas, setPizzas] = useState(settings.pizzas_per_slot === null ? "" : String(settings.pizzas_per_slot))
  const [delivery, setDelivery] = useState(String(settings.delivery_lead_minutes))
  const [pickup, setPickup] = useState(String(settings.pickup_lead_minutes))
  const [parts, setParts] = useState<DayPart[]>(settings.day_parts)
  const setPart = (index: number, change: Partial<DayPart>) => setParts((all) => all.map((part, at) => (at === index ? { ...part, ...change } : part)))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate({
      pizzas_per_slot: pizzas.trim() === "" ? null : Number(pizzas),
      day_parts: parts,
      delivery_lead_minutes: Number(delivery),
      pickup_lead_minutes: Number(pickup),
    })
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-3">
        <div className="w-48">
          <Label htmlFor="ocp-capacity-pizzas">{t("slots.perSlot")}</Label>
          <Input id="ocp-capacity-pizzas" type="number" min={0} max={500} value={pizzas} placeholder={t("slots.noLimit")} onChange={(event) => setPizzas(event.target.value)} />
        </div>
        <div className="w-48">
          <Label htmlFor="ocp-capacity-delivery">{t("slots.deliveryLead")}</Label>
          <Input id="ocp-capacity-delivery" type="number" min={0} max={240} value={delivery} onChange={(event) => setDelivery(event.target.value)} />
        </div>
        <div className="w-48">
          <Label htmlFor="ocp-capacity-pickup">{t("slots.pickupLead")}</Label>
          <Input id="ocp-capacity-pickup" type="number" min={0} max={240} value={pickup} onChange={(event) => setPickup(event.target.value)} />
        </div>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">{t("slots.dayParts")}</legend>
        {parts.map((part, index) => (
          <div key={index} className="flex flex-wrap items-end gap-2">
            <div className="w-28">
              <Label htmlFor={`ocp-part-from-${index}`}>{t("slots.from")}</Label>
              <Input id={`ocp-part-from-${index}`} type="time" step={900} value={part.from} onChange={(event) => setPart(index, { from: event.target.value })} />
            </div>
            <div className="w-28">
              <Label htmlFor={`ocp-part-to-${index}`}>{t("slots.to")}</Label>
              <Input id={`ocp-part-to-${index}`} type="time" step={900} value={part.to} onChange={(event) => setPart(index, { to: event.target.value })} />
            </div>
            <div className="w-32">
              <Label htmlFor={`ocp-part-pizzas-${index}`}>{t("slots.perSlot")}</Label>
              <Input
                id={`ocp-part-pizzas-${index}`}
                type="number"
                min={0}
                max={500}
                value={part.pizzas}
                onChange={(event) => setPart(index, { pizzas: Number(event.target.value) })}
              />
            </div>
            <Button type="button" variant="secondary" onClick={() => setParts((all) => all.filter((_, at) => at !== index))}>
              {t("slots.removePart")}
            </Button>
          </div>
        ))}
        <Button type="button" variant="secondary" className="self-start" onClick={() => setParts((all) => [...all, { from: "19:00", to: "21:00", pizzas: Number(pizzas) || 10 }])}>
          {t("slots.addPart")}
        </Button>
      </fieldset>
      <Button type="submit" className="self-start" isLoading={save.isPending}>
        {t("slots.save")}
      </Button>
    </form>
  )
}

/** What the kitchen can put out per quarter hour, its rush day parts, and how long ahead customers must book. */
export function CapacityForm({ pizzeriaId }: { pizzeriaId: string }) {
  const { t } = useTranslation("ocp")
  const { data } = useKitchenCapacity(pizzeriaId)
  return (
    <Container className="flex flex-col gap-2 px-6 py-4">
      <Heading level="h2">{t("slots.capacity")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("slots.capacityHelp")}
      </Text>
      {data ? <CapacityFields key={JSON.stringify(data)} pizzeriaId={pizzeriaId} settings={data} /> : <Text>{t("loading")}</Text>}
    </Container>
  )
}
