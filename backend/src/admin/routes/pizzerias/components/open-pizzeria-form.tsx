import { Button, Checkbox, Input, Label, Text } from "@medusajs/ui"
import type { ComponentProps, FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useOpenPizzeria } from "../hooks/use-open-pizzeria"
import { DAYS, useOpeningForm, type OpeningFields } from "../hooks/use-opening-form"

/** Name, address, position, opening days and hours, and the manager to invite. */
export function OpenPizzeriaForm() {
  const { t } = useTranslation("ocp")
  const form = useOpeningForm()
  const open = useOpenPizzeria()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    open.mutate(form.request())
  }
  const field = (key: keyof OpeningFields, label: string, props: ComponentProps<typeof Input> = {}) => (
    <div>
      <Label htmlFor={`ocp-open-${key}`}>{label}</Label>
      <Input id={`ocp-open-${key}`} value={form.fields[key]} onChange={(event) => form.setField(key, event.target.value)} {...props} />
    </div>
  )
  return (
    <>
      {open.isSuccess && (
        <Text role="status">
          {t("opening.opened", { name: open.variables.name })}{" "}
          <Link className="text-ui-fg-interactive underline" to="/delivery-zones">
            {t("opening.next")}
          </Link>
        </Text>
      )}
      <form onSubmit={submit} className="flex flex-col gap-3">
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
          {field("name", t("opening.name"), { required: true })}
          {field("handle", t("opening.handle"), { required: true, pattern: "[a-z0-9]+(-[a-z0-9]+)*" })}
          {field("address_1", t("opening.address"), { required: true })}
          <div className="grid grid-cols-2 gap-3">
            {field("postal_code", t("opening.postalCode"), { required: true })}
            {field("city", t("opening.city"), { required: true })}
          </div>
          {field("phone", t("opening.phone"), { type: "tel" })}
          <div className="grid grid-cols-2 gap-3">
            {field("lat", t("opening.latitude"), { required: true, type: "number", step: "any", min: -90, max: 90 })}
            {field("lng", t("opening.longitude"), { required: true, type: "number", step: "any", min: -180, max: 180 })}
          </div>
        </div>
        <fieldset>
          <legend className="text-sm font-medium">{t("opening.days")}</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {DAYS.map((day) => (
              <div key={day} className="flex items-center gap-2">
                <Checkbox id={`ocp-open-${day}`} checked={form.days.includes(day)} onCheckedChange={(checked) => form.setDay(day, checked === true)} />
                <Label htmlFor={`ocp-open-${day}`}>{t(`opening.dayNames.${day}`)}</Label>
              </div>
            ))}
          </div>
        </fieldset>
        {(["lunch", "dinner"] as const).map((meal) => (
          <fieldset key={meal} className="flex flex-wrap items-end gap-2">
            <legend className="text-sm font-medium">{t(`opening.${meal}`)}</legend>
            <Label htmlFor={`ocp-open-${meal}-from`}>{t("opening.from")}</Label>
            <Input
              id={`ocp-open-${meal}-from`}
              type="time"
              className="w-32"
              value={form.hours[`${meal}From`]}
              onChange={(event) => form.setHours({ ...form.hours, [`${meal}From`]: event.target.value })}
            />
            <Label htmlFor={`ocp-open-${meal}-to`}>{t("opening.to")}</Label>
            <Input
              id={`ocp-open-${meal}-to`}
              type="time"
              className="w-32"
              value={form.hours[`${meal}To`]}
              onChange={(event) => form.setHours({ ...form.hours, [`${meal}To`]: event.target.value })}
            />
          </fieldset>
        ))}
        {field("manager", t("opening.manager"), { type: "email" })}
        <Button type="submit" className="self-start" isLoading={open.isPending}>
          {t("opening.submit")}
        </Button>
      </form>
    </>
  )
}
