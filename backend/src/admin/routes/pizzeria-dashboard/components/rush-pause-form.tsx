import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useRushPause, type Dashboard } from "../hooks/use-dashboard"

/** Pauses the online orders for a while during a rush (phone and counter go on), or takes them again. */
export function RushPauseForm({ pizzeriaId, paused }: { pizzeriaId: string; paused: Dashboard["online_orders_paused"] }) {
  const { t } = useTranslation("ocp")
  const pause = useRushPause(pizzeriaId)
  const [minutes, setMinutes] = useState("30")
  const [reason, setReason] = useState("")
  const submit = (event: FormEvent) => {
    event.preventDefault()
    pause.mutate({ paused: true, minutes: Number(minutes), ...(reason.trim() ? { reason: reason.trim() } : {}) })
  }
  const time = (iso: string) => new Date(iso).toLocaleTimeString(t("locale"), { hour: "2-digit", minute: "2-digit" })
  return (
    <Container className="flex flex-col gap-2 px-6 py-4">
      <Heading level="h2">{t("dashboard.pause")}</Heading>
      <Text role="status">{paused ? t("dashboard.pausedUntil", { time: time(paused.until) }) : t("dashboard.taking")}</Text>
      {paused ? (
        <Button variant="secondary" className="self-start" isLoading={pause.isPending} onClick={() => pause.mutate({ paused: false })}>
          {t("dashboard.resume")}
        </Button>
      ) : (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
          <div className="w-40">
            <Label htmlFor="ocp-pause-minutes">{t("dashboard.pauseFor")}</Label>
            <Input id="ocp-pause-minutes" type="number" min={5} max={240} value={minutes} onChange={(event) => setMinutes(event.target.value)} />
          </div>
          <div className="w-80">
            <Label htmlFor="ocp-pause-reason">{t("dashboard.pauseReason")}</Label>
            <Input id="ocp-pause-reason" value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} />
          </div>
          <Button type="submit" variant="danger" isLoading={pause.isPending}>
            {t("dashboard.pauseButton")}
          </Button>
        </form>
      )}
    </Container>
  )
}
