import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Label, Select, Switch, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useCallback, useEffect, useMemo, useState, type FormEvent } from "react"
import { ZonesGoogleMap } from "../../components/zones-google-map"
import { ZonesSvgMap } from "../../components/zones-svg-map"
import { adminApi, type ServiceHours, type Zone } from "../../lib/admin-api"
import { zoningMessages } from "../../lib/i18n"
import type { Point } from "../../lib/map-projection"
import { formatDayHours, parseDayHours } from "../../lib/day-hours"
import { closeRing, parseZoneShape, shapeToLines } from "../../lib/parse-zone-shape"

type Location = { id: string; name: string }
type Draft = {
  id?: string
  name: string
  kind: Zone["kind"]
  shape: string
  radius_km: string
  postal_codes: string
  fee: string
  min_order: string
  free_delivery_threshold: string
  eta_base_minutes: string
  priority: string
  is_active: boolean
}

const EMPTY: Draft = {
  name: "",
  kind: "polygon",
  shape: "",
  radius_km: "2",
  postal_codes: "",
  fee: "2.50",
  min_order: "15",
  free_delivery_threshold: "",
  eta_base_minutes: "20",
  priority: "0",
  is_active: true,
}
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const
const euros = (amount: number) => amount.toLocaleString("fr-FR", { style: "currency", currency: "EUR" })

function draftOf(zone: Zone): Draft {
  return {
    id: zone.id,
    name: zone.name,
    kind: zone.kind,
    shape: zone.polygon ? shapeToLines(zone.polygon) : "",
    radius_km: String(zone.radius_km ?? ""),
    postal_codes: zone.postal_codes.join(", "),
    fee: String(zone.fee),
    min_order: String(zone.min_order),
    free_delivery_threshold: zone.free_delivery_threshold === null ? "" : String(zone.free_delivery_threshold),
    eta_base_minutes: String(zone.eta_base_minutes),
    priority: String(zone.priority),
    is_active: zone.is_active,
  }
}

/** The outline being drawn, from the form's text, or nothing while the text is not a polygon. */
function draftPoints(draft: Draft): [number, number][] {
  if (draft.kind !== "polygon") return []
  const parsed = parseZoneShape(draft.shape)
  return "error" in parsed ? [] : parsed.coordinates[0]
}

/** Per pizzeria: its zones on a map, the zone editor (draw, paste GeoJSON or coordinates, radius, postcodes), hours and closures. */
const DeliveryZonesPage = () => {
  const m = zoningMessages()
  const [locations, setLocations] = useState<Location[]>([])
  const [locationId, setLocationId] = useState<string>()
  const [zones, setZones] = useState<Zone[]>([])
  const [services, setServices] = useState<Record<string, ServiceHours>>({})
  const [browserKey, setBrowserKey] = useState<string | null>(null)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [closure, setClosure] = useState({ starts_at: "", ends_at: "", reason: "" })
  const [hours, setHours] = useState<Record<string, string>>({})

  const reload = useCallback(async () => {
    const [{ stock_locations }, { delivery_zones }, { google_maps_browser_key }] = await Promise.all([
      adminApi<{ stock_locations: Location[] }>("/admin/stock-locations?limit=100&fields=id,name"),
      adminApi<{ delivery_zones: Zone[] }>("/admin/delivery-zones"),
      adminApi<{ google_maps_browser_key: string | null }>("/admin/delivery-zones/map-config"),
    ])
    // a location without hours answers 404: it is simply not on the map yet
    const hours = await Promise.all(
      stock_locations.map((location) =>
        fetch(`/admin/stock-locations/${location.id}/service-hours`, { credentials: "include" }).then(async (response) =>
          response.ok ? ((await response.json()) as { service_hours: ServiceHours }).service_hours : undefined
        )
      )
    )
    setLocations(stock_locations)
    setLocationId((current) => current ?? stock_locations[0]?.id)
    setZones(delivery_zones)
    setServices(Object.fromEntries(hours.filter((entry): entry is ServiceHours => !!entry).map((entry) => [entry.stock_location_id, entry])))
    setBrowserKey(google_maps_browser_key)
  }, [])

  useEffect(() => {
    reload().catch((error: Error) => toast.error(error.message))
  }, [reload])

  const pizzerias = useMemo(
    () => locations.filter((location) => services[location.id]).map((location) => ({ id: location.id, name: location.name, location: services[location.id].location })),
    [locations, services]
  )
  const own = zones.filter((zone) => zone.stock_location_id === locationId)
  const service = locationId ? services[locationId] : undefined
  useEffect(() => {
    if (service) setHours(Object.fromEntries(DAYS.map((day) => [day, formatDayHours(service.opening_hours[day] ?? [])])))
  }, [service])
  const points = useMemo(() => draftPoints(draft), [draft])
  const addPoint = (point: Point) => {
    if (draft.kind !== "polygon") return
    const open = points.length > 1 ? points.slice(0, -1) : points
    setDraft({ ...draft, shape: shapeToLines({ type: "Polygon", coordinates: [closeRing([...open, [point.lng, point.lat]])] }) })
  }
  const undoPoint = () => {
    const open = points.slice(0, -1).slice(0, -1)
    setDraft({ ...draft, shape: open.length ? shapeToLines({ type: "Polygon", coordinates: [closeRing(open)] }) : "" })
  }

  const save = async (event: FormEvent) => {
    event.preventDefault()
    const body: Record<string, unknown> = {
      name: draft.name,
      kind: draft.kind,
      fee: Number(draft.fee),
      min_order: Number(draft.min_order || 0),
      free_delivery_threshold: draft.free_delivery_threshold === "" ? null : Number(draft.free_delivery_threshold),
      eta_base_minutes: Number(draft.eta_base_minutes),
      priority: Number(draft.priority),
      is_active: draft.is_active,
    }
    if (draft.kind === "polygon") {
      const shape = parseZoneShape(draft.shape)
      if ("error" in shape) {
        toast.error(shape.error)
        return
      }
      body.polygon = shape
    }
    if (draft.kind === "radius") body.radius_km = Number(draft.radius_km)
    if (draft.kind === "postcodes") body.postal_codes = draft.postal_codes.split(/[\s,;]+/).filter(Boolean)
    try {
      if (draft.id) await adminApi(`/admin/delivery-zones/${draft.id}`, { method: "POST", body: JSON.stringify(body) })
      else await adminApi("/admin/delivery-zones", { method: "POST", body: JSON.stringify({ ...body, stock_location_id: locationId }) })
      toast.success(m.saved)
      setDraft(EMPTY)
      await reload()
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  const remove = async (zone: Zone) => {
    if (!window.confirm(`${m.confirmDelete} (${zone.name})`)) return
    try {
      await adminApi(`/admin/delivery-zones/${zone.id}`, { method: "DELETE" })
      toast.success(m.deleted)
      await reload()
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  const saveServiceHours = async (change: Partial<Pick<ServiceHours, "opening_hours" | "closures">>, saved: string) => {
    if (!service || !locationId) return false
    try {
      await adminApi(`/admin/stock-locations/${locationId}/service-hours`, {
        method: "POST",
        body: JSON.stringify({
          latitude: service.location.lat,
          longitude: service.location.lng,
          timezone: service.timezone,
          opening_hours: service.opening_hours,
          closures: service.closures,
          ...change,
        }),
      })
      toast.success(saved)
      await reload()
      return true
    } catch (error) {
      toast.error((error as Error).message)
      return false
    }
  }
  const saveClosures = async (closures: ServiceHours["closures"]) => {
    if (await saveServiceHours({ closures }, m.closureSaved)) setClosure({ starts_at: "", ends_at: "", reason: "" })
  }
  const saveHours = (event: FormEvent) => {
    event.preventDefault()
    const parsed = Object.fromEntries(DAYS.map((day) => [day, parseDayHours(hours[day] ?? "")]))
    const wrong = DAYS.filter((day) => parsed[day] === undefined)
    if (wrong.length) {
      toast.error(`${m.hoursFormat} (${wrong.map((day) => m.days[day]).join(", ")})`)
      return
    }
    void saveServiceHours({ opening_hours: parsed as ServiceHours["opening_hours"] }, m.hoursSaved)
  }
  const addClosure = (event: FormEvent) => {
    event.preventDefault()
    if (!service) return
    const added = { starts_at: new Date(closure.starts_at).toISOString(), ends_at: new Date(closure.ends_at).toISOString(), reason: closure.reason || null }
    void saveClosures([...service.closures, added])
  }

  const mapProps = { zones, pizzerias, selectedLocationId: locationId, draft: points, onAddPoint: draft.kind === "polygon" ? addPoint : undefined, label: m.map }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">{m.title}</Heading>
        <div className="w-72">
          <Label htmlFor="ocp-zone-location">{m.pizzeria}</Label>
          <Select value={locationId} onValueChange={(value) => { setLocationId(value); setDraft(EMPTY) }}>
            <Select.Trigger id="ocp-zone-location"><Select.Value /></Select.Trigger>
            <Select.Content>
              {locations.map((location) => <Select.Item key={location.id} value={location.id}>{location.name}</Select.Item>)}
            </Select.Content>
          </Select>
        </div>
      </Container>

      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h2">{m.map}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{browserKey ? m.mapHelp : `${m.offlineMap}. ${m.mapHelp}`}</Text>
        {browserKey ? <ZonesGoogleMap apiKey={browserKey} {...mapProps} /> : <ZonesSvgMap {...mapProps} />}
        {own.filter((zone) => zone.kind === "postcodes").map((zone) => (
          <Text key={zone.id} size="small">{m.postcodes} — {zone.name} : {zone.postal_codes.join(", ")}</Text>
        ))}
      </Container>

      <Container className="px-6 py-4">
        <Heading level="h2" className="mb-2">{m.zones}</Heading>
        {own.length === 0 ? <Text>{m.none}</Text> : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{m.name}</Table.HeaderCell>
                <Table.HeaderCell>{m.kind}</Table.HeaderCell>
                <Table.HeaderCell>{m.fee}</Table.HeaderCell>
                <Table.HeaderCell>{m.minOrder}</Table.HeaderCell>
                <Table.HeaderCell>{m.freeFrom}</Table.HeaderCell>
                <Table.HeaderCell>{m.priority}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {own.map((zone) => (
                <Table.Row key={zone.id}>
                  <Table.Cell>{zone.name} {!zone.is_active && <Badge size="2xsmall">{m.inactive}</Badge>}</Table.Cell>
                  <Table.Cell>{zone.kind === "polygon" ? m.polygon : zone.kind === "radius" ? `${m.radius} ${zone.radius_km} km` : m.postcodes}</Table.Cell>
                  <Table.Cell>{euros(zone.fee)}</Table.Cell>
                  <Table.Cell>{euros(zone.min_order)}</Table.Cell>
                  <Table.Cell>{zone.free_delivery_threshold === null ? "—" : euros(zone.free_delivery_threshold)}</Table.Cell>
                  <Table.Cell>{zone.priority}</Table.Cell>
                  <Table.Cell className="flex gap-x-2">
                    <Button size="small" variant="secondary" onClick={() => setDraft(draftOf(zone))}>{m.edit}</Button>
                    <Button size="small" variant="danger" onClick={() => remove(zone)}>{m.delete}</Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>

      <Container className="px-6 py-4">
        <Heading level="h2" className="mb-2">{draft.id ? m.editZone : m.newZone}</Heading>
        <form onSubmit={save} className="grid grid-cols-2 gap-3">
          <div>
            <Label htmlFor="ocp-zone-name">{m.name}</Label>
            <Input id="ocp-zone-name" required value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
          </div>
          <div>
            <Label htmlFor="ocp-zone-kind">{m.kind}</Label>
            <Select value={draft.kind} onValueChange={(kind) => setDraft({ ...draft, kind: kind as Zone["kind"] })}>
              <Select.Trigger id="ocp-zone-kind"><Select.Value /></Select.Trigger>
              <Select.Content>
                <Select.Item value="polygon">{m.polygon}</Select.Item>
                <Select.Item value="radius">{m.radius}</Select.Item>
                <Select.Item value="postcodes">{m.postcodes}</Select.Item>
              </Select.Content>
            </Select>
          </div>
          {draft.kind === "polygon" && (
            <div className="col-span-2">
              <Label htmlFor="ocp-zone-shape">{m.shape}</Label>
              <Textarea id="ocp-zone-shape" rows={6} className="font-mono" value={draft.shape} onChange={(event) => setDraft({ ...draft, shape: event.target.value })} />
              <div className="mt-1 flex gap-x-2">
                <Button type="button" size="small" variant="secondary" onClick={undoPoint} disabled={points.length === 0}>{m.undoPoint}</Button>
                <Button type="button" size="small" variant="secondary" onClick={() => setDraft({ ...draft, shape: "" })}>{m.clearShape}</Button>
              </div>
            </div>
          )}
          {draft.kind === "radius" && (
            <div>
              <Label htmlFor="ocp-zone-radius">{m.radiusKm}</Label>
              <Input id="ocp-zone-radius" type="number" step="0.1" min="0.1" required value={draft.radius_km} onChange={(event) => setDraft({ ...draft, radius_km: event.target.value })} />
            </div>
          )}
          {draft.kind === "postcodes" && (
            <div className="col-span-2">
              <Label htmlFor="ocp-zone-postcodes">{m.postcodesList}</Label>
              <Input id="ocp-zone-postcodes" required value={draft.postal_codes} onChange={(event) => setDraft({ ...draft, postal_codes: event.target.value })} />
            </div>
          )}
          {([
            ["fee", m.fee, "0.01"],
            ["min_order", m.minOrder, "0.01"],
            ["free_delivery_threshold", m.freeFrom, "0.01"],
            ["eta_base_minutes", m.eta, "1"],
            ["priority", m.priority, "1"],
          ] as const).map(([field, label, step]) => (
            <div key={field}>
              <Label htmlFor={`ocp-zone-${field}`}>{label}</Label>
              <Input
                id={`ocp-zone-${field}`}
                type="number"
                step={step}
                required={field !== "free_delivery_threshold"}
                value={draft[field]}
                onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
              />
            </div>
          ))}
          <div className="flex items-center gap-x-2">
            <Switch id="ocp-zone-active" checked={draft.is_active} onCheckedChange={(is_active) => setDraft({ ...draft, is_active })} />
            <Label htmlFor="ocp-zone-active">{m.active}</Label>
          </div>
          <div className="col-span-2 flex gap-x-2">
            <Button type="submit">{m.save}</Button>
            {draft.id && <Button type="button" variant="secondary" onClick={() => setDraft(EMPTY)}>{m.cancel}</Button>}
          </div>
        </form>
      </Container>

      {service && (
        <Container className="px-6 py-4">
          <Heading level="h2" className="mb-2">
            {m.hours} <Badge color={service.is_open ? "green" : "orange"}>{service.is_open ? m.openNow : m.closedNow}</Badge>
          </Heading>
          {!service.is_open && service.next_opening_at && (
            <Text size="small">{m.nextOpening} : {new Date(service.next_opening_at).toLocaleString("fr-FR", { timeZone: service.timezone })}</Text>
          )}
          <form onSubmit={saveHours} className="my-2 flex flex-col gap-2">
            <Text size="small" id="ocp-hours-help">{m.hoursHelp}</Text>
            <div className="grid grid-cols-1 gap-2 md:grid-cols-2">
              {DAYS.map((day) => (
                <div key={day} className="flex items-center gap-2">
                  <Label htmlFor={`ocp-hours-${day}`} className="w-24">{m.days[day]}</Label>
                  <Input
                    id={`ocp-hours-${day}`}
                    aria-describedby="ocp-hours-help"
                    placeholder={m.closedDay}
                    value={hours[day] ?? ""}
                    onChange={(event) => setHours({ ...hours, [day]: event.target.value })}
                  />
                </div>
              ))}
            </div>
            <Button type="submit" variant="secondary" className="self-start">{m.saveHours}</Button>
          </form>
          <Heading level="h3" className="mb-1">{m.closures}</Heading>
          {service.closures.length === 0 ? <Text size="small">{m.noClosure}</Text> : (
            <ul>
              {service.closures.map((entry, index) => (
                <li key={`${entry.starts_at}-${index}`} className="flex items-center gap-x-2">
                  <Text size="small">
                    {new Date(entry.starts_at).toLocaleString("fr-FR", { timeZone: service.timezone })} → {new Date(entry.ends_at).toLocaleString("fr-FR", { timeZone: service.timezone })}
                    {entry.reason ? ` — ${entry.reason}` : ""}
                  </Text>
                  <Button size="small" variant="transparent" onClick={() => saveClosures(service.closures.filter((_, other) => other !== index))}>{m.delete}</Button>
                </li>
              ))}
            </ul>
          )}
          <form onSubmit={addClosure} className="mt-2 grid grid-cols-3 gap-3">
            <div>
              <Label htmlFor="ocp-closure-from">{m.from}</Label>
              <Input id="ocp-closure-from" type="datetime-local" required value={closure.starts_at} onChange={(event) => setClosure({ ...closure, starts_at: event.target.value })} />
            </div>
            <div>
              <Label htmlFor="ocp-closure-to">{m.to}</Label>
              <Input id="ocp-closure-to" type="datetime-local" required value={closure.ends_at} onChange={(event) => setClosure({ ...closure, ends_at: event.target.value })} />
            </div>
            <div>
              <Label htmlFor="ocp-closure-reason">{m.reason}</Label>
              <Input id="ocp-closure-reason" value={closure.reason} onChange={(event) => setClosure({ ...closure, reason: event.target.value })} />
            </div>
            <div className="col-span-3"><Button type="submit" variant="secondary">{m.addClosure}</Button></div>
          </form>
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Zones de livraison" })

export default DeliveryZonesPage
