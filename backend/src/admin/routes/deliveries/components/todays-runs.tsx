import { Badge, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useMoney } from "../../../hooks/use-money"
import { useDriverRuns, type DriverRuns } from "../hooks/use-deliveries"

type Run = DriverRuns["runs"][number]
const PAID_COLOR = { cash: "orange", card_terminal: "blue", online: "green" } as const

/**
 * Today's runs: what the signed-in driver delivered (time, address, amount,
 * how it was paid) and the cash to hand over at the end of the shift; a
 * manager sees every driver's, each with their total.
 */
export function TodaysRuns({ pizzeriaId, everyDriver }: { pizzeriaId: string; everyDriver: boolean }) {
  const { t } = useTranslation("ocp")
  const money = useMoney()
  const { data: runs } = useDriverRuns(pizzeriaId)
  const title = everyDriver ? t("deliveries.runsAll") : t("deliveries.runs")
  const time = new Intl.DateTimeFormat(t("locale"), { hour: "2-digit", minute: "2-digit", timeZone: runs?.time_zone })
  const paidLabel = (run: Run) => t(run.paid_with === "cash" ? "deliveries.cash" : run.paid_with === "card_terminal" ? "deliveries.cardTerminal" : "deliveries.online")
  const mine = runs?.shifts[0]
  return (
    <section aria-labelledby="ocp-deliveries-runs" data-testid="deliveries-runs" className="flex flex-col gap-2">
      <Heading level="h2" id="ocp-deliveries-runs">
        {title} <Badge size="small">{runs?.runs.length ?? 0}</Badge>
      </Heading>
      {!runs ? (
        <Text>{t("loading")}</Text>
      ) : (
        <>
          {everyDriver ? (
            <ul aria-label={t("deliveries.handOverByDriver")} className="grid grid-cols-1 gap-2 md:grid-cols-2 xl:grid-cols-3">
              {runs.shifts.map((shift) => (
                <li key={shift.driver.id} className="bg-ui-bg-base shadow-elevation-card-rest flex items-center justify-between gap-2 rounded-lg px-4 py-3">
                  <Text weight="plus">
                    {shift.driver.name} · {t("deliveries.runCount", { count: shift.runs })}
                  </Text>
                  <Text weight="plus">{t("deliveries.handOverAmount", { amount: money(shift.to_hand_over, runs.currency_code) })}</Text>
                </li>
              ))}
            </ul>
          ) : (
            <div data-testid="hand-over" className="bg-ui-bg-base shadow-elevation-card-rest flex flex-col gap-1 rounded-lg px-4 py-3">
              <Text className="text-ui-fg-subtle">{t("deliveries.handOver")}</Text>
              <Text className="text-3xl font-semibold" data-testid="hand-over-amount">
                {money(mine?.to_hand_over ?? 0, runs.currency_code)}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {t("deliveries.runCount", { count: mine?.runs ?? 0 })} · {t("deliveries.cardTerminal")} {money(mine?.card_terminal ?? 0, runs.currency_code)} ·{" "}
                {t("deliveries.online")} {money(mine?.online ?? 0, runs.currency_code)}
              </Text>
            </div>
          )}
          {runs.runs.length === 0 ? (
            <Text className="text-ui-fg-subtle">{t("deliveries.noRuns")}</Text>
          ) : (
            <ol className="flex flex-col gap-2">
              {runs.runs.map((run) => {
                const name = t("order", { number: run.display_id ?? run.ticket_id.slice(-6) })
                return (
                  <li key={run.ticket_id} aria-label={name} data-testid="run" className="bg-ui-bg-base shadow-elevation-card-rest flex flex-col gap-1 rounded-lg px-4 py-3">
                    <div className="flex items-baseline justify-between gap-2">
                      <Text weight="plus">
                        <time dateTime={run.delivered_at}>{time.format(new Date(run.delivered_at))}</time> · {name}
                      </Text>
                      <Text weight="plus">{money(run.amount, run.currency_code)}</Text>
                    </div>
                    <Text size="small">{run.address}</Text>
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge size="small" color={PAID_COLOR[run.paid_with]}>
                        {paidLabel(run)}
                      </Badge>
                      {everyDriver && <Text size="small">{run.driver.name}</Text>}
                    </div>
                  </li>
                )
              })}
            </ol>
          )}
        </>
      )}
    </section>
  )
}
