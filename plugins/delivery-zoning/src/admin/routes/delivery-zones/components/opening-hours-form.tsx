import { Button, Input, Label, Text, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { formatDayHours, parseDayHours } from "../../../lib/day-hours"
import type { ServiceHours } from "../../../lib/zoning-api-types"
import { useSaveServiceHours } from "../hooks/use-zone-mutations"

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const

/** The weekly hours, one line per day as typed ("11:30-14:00, 18:00-22:30"; empty is closed; a day around the clock reads "Ouvert toute la journée"). */
export function OpeningHoursForm({ service }: { service: ServiceHours }) {
  const { t } = useTranslation("ocp-zoning")
  const save = useSaveServiceHours(service, t("hoursSaved"))
  const [hours, setHours] = useState<Record<string, string>>({})
  useEffect(() => setHours(Object.fromEntries(DAYS.map((day) => [day, formatDayHours(service.opening_hours[day] ?? [], t("allDay"))]))), [service, t])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = Object.fromEntries(DAYS.map((day) => [day, parseDayHours(hours[day] ?? "", t("allDay"))]))
    const wrong = DAYS.filter((day) => parsed[day] === undefined)
    if (wrong.length) {
      toast.error(t("hoursFormat", { days: wrong.map((day) => t(`days.${day}`)).join(", ") }))
      return
    }
    save.mutate({ opening_hours: parsed as ServiceHours["opening_hours"] })
  }
  return (
    <form onSubmit={submit} className="my-2 flex flex-col gap-2">
      <Text size="small" id="ocp-hours-help">
        {t("hoursHelp")}
      </Text>
      <div className="grid grid-cols-1 gap-2 md:grid-cols-2">
        {DAYS.map((day) => (
          <div key={day} className="flex items-center gap-2">
            <Label htmlFor={`ocp-hours-${day}`} className="w-24">
              {t(`days.${day}`)}
            </Label>
            <Input
              id={`ocp-hours-${day}`}
              aria-describedby="ocp-hours-help"
              placeholder={t("closedDay")}
              value={hours[day] ?? ""}
              onChange={(event) => setHours({ ...hours, [day]: event.target.value })}
            />
          </div>
        ))}
      </div>
      <Button type="submit" variant="secondary" className="self-start" isLoading={save.isPending}>
        {t("saveHours")}
      </Button>
    </form>
  )
}
