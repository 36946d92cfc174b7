import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Button, Checkbox, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { Link } from "react-router-dom"
import { Refusal } from "../../components/staff-page"
import { errorText, messages } from "../../lib/i18n"
import { postJson, useStaff } from "../../lib/staff-api"

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const
const slug = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^oc pizza\s+/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

/** An admin opens a pizzeria in one go (POST /admin/pizzerias, one workflow). */
const OpenPizzeriaPage = () => {
  const m = messages()
  const { staff, error } = useStaff()
  const [form, setForm] = useState({ name: "OC Pizza ", handle: "", address_1: "", postal_code: "", city: "", phone: "", lat: "", lng: "", manager: "" })
  const [days, setDays] = useState<string[]>(["tue", "wed", "thu", "fri", "sat", "sun"])
  const [hours, setHours] = useState({ lunchFrom: "11:30", lunchTo: "14:00", dinnerFrom: "18:00", dinnerTo: "22:30" })
  const [opened, setOpened] = useState<string>()
  const [busy, setBusy] = useState(false)

  if (error || (staff && staff.role !== "admin")) return <Refusal title={m.opening.title} error={error} />
  const field = (key: keyof typeof form, label: string, props: Record<string, unknown> = {}) => (
    <div>
      <Label htmlFor={`ocp-open-${key}`}>{label}</Label>
      <Input id={`ocp-open-${key}`} value={form[key]} onChange={(event) => setForm({ ...form, [key]: event.target.value, ...(key === "name" ? { handle: slug(event.target.value) } : {}) })} {...props} />
    </div>
  )
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    const ranges: [string, string][] = [[hours.lunchFrom, hours.lunchTo], [hours.dinnerFrom, hours.dinnerTo]].filter(([from, to]) => from && to) as [string, string][]
    try {
      await postJson("/admin/pizzerias", {
        name: form.name.trim(),
        handle: form.handle,
        address: { address_1: form.address_1, postal_code: form.postal_code, city: form.city, country_code: "fr", ...(form.phone ? { phone: form.phone } : {}) },
        location: { lat: Number(form.lat), lng: Number(form.lng) },
        opening_hours: Object.fromEntries(DAYS.map((day) => [day, days.includes(day) ? ranges : []])),
        ...(form.manager ? { staff: [{ email: form.manager, role: "manager" }] } : {}),
      })
      setOpened(form.name.trim())
      toast.success(m.opening.opened(form.name.trim()))
    } catch (failure) {
      toast.error(errorText(failure, m))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Container className="flex flex-col gap-4 px-6 py-4">
      <Heading level="h1">{m.opening.title}</Heading>
      <Text size="small">{m.opening.intro}</Text>
      {opened && (
        <Text role="status">
          {m.opening.opened(opened)} <Link className="text-ui-fg-interactive underline" to="/delivery-zones">{m.opening.next}</Link>
        </Text>
      )}
      <form onSubmit={submit} className="flex flex-col gap-3">
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
          {field("name", m.opening.name, { required: true })}
          {field("handle", m.opening.handle, { required: true, pattern: "[a-z0-9]+(-[a-z0-9]+)*" })}
          {field("address_1", m.opening.address, { required: true })}
          <div className="grid grid-cols-2 gap-3">
            {field("postal_code", m.opening.postalCode, { required: true })}
            {field("city", m.opening.city, { required: true })}
          </div>
          {field("phone", m.opening.phone, { type: "tel" })}
          <div className="grid grid-cols-2 gap-3">
            {field("lat", m.opening.latitude, { required: true, type: "number", step: "any", min: -90, max: 90 })}
            {field("lng", m.opening.longitude, { required: true, type: "number", step: "any", min: -180, max: 180 })}
          </div>
        </div>
        <fieldset>
          <legend className="text-sm font-medium">{m.opening.days}</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {DAYS.map((day) => (
              <div key={day} className="flex items-center gap-2">
                <Checkbox id={`ocp-open-${day}`} checked={days.includes(day)} onCheckedChange={(checked) => setDays(checked === true ? [...days, day] : days.filter((other) => other !== day))} />
                <Label htmlFor={`ocp-open-${day}`}>{m.opening.dayNames[day]}</Label>
              </div>
            ))}
          </div>
        </fieldset>
        {(["lunch", "dinner"] as const).map((meal) => (
          <fieldset key={meal} className="flex flex-wrap items-end gap-2">
            <legend className="text-sm font-medium">{m.opening[meal]}</legend>
            <Label htmlFor={`ocp-open-${meal}-from`}>{m.opening.from}</Label>
            <Input id={`ocp-open-${meal}-from`} type="time" className="w-32" value={hours[`${meal}From`]} onChange={(event) => setHours({ ...hours, [`${meal}From`]: event.target.value })} />
            <Label htmlFor={`ocp-open-${meal}-to`}>{m.opening.to}</Label>
            <Input id={`ocp-open-${meal}-to`} type="time" className="w-32" value={hours[`${meal}To`]} onChange={(event) => setHours({ ...hours, [`${meal}To`]: event.target.value })} />
          </fieldset>
        ))}
        {field("manager", m.opening.manager, { type: "email" })}
        <Button type="submit" className="self-start" isLoading={busy}>{m.opening.submit}</Button>
      </form>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Pizzerias", icon: BuildingStorefront })

export default OpenPizzeriaPage
