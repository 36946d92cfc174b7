import { Button, Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useMoney } from "../../../hooks/use-money"
import type { useBasket } from "../hooks/use-basket"
import { LineCustomise } from "./line-customise"

/** The order being taken: its lines, the menu subtotal, the time to quote, and the button that places it. */
export function BasketPanel({
  basket,
  placing,
  canPlace,
  onPlace,
  quote,
  placed,
}: {
  basket: ReturnType<typeof useBasket>
  placing: boolean
  canPlace: boolean
  onPlace: () => void
  quote: ReactNode
  placed: ReactNode
}) {
  const { t } = useTranslation("ocp")
  const money = useMoney()
  return (
    <Container className="flex flex-col gap-2 px-6 py-4 xl:col-span-1">
      <Heading level="h2">{t("counter.basket")}</Heading>
      {placed}
      {basket.lines.length === 0 && <Text className="text-ui-fg-subtle">{t("counter.empty")}</Text>}
      <ul className="flex flex-col gap-1" aria-live="polite" aria-label={t("counter.basket")}>
        {basket.lines.map((line) => (
          <li key={line.id} className="flex flex-wrap items-center justify-between gap-x-2">
            <Text>
              {line.quantity} × {line.label}
            </Text>
            <Button size="small" variant="transparent" onClick={() => basket.remove(line.key)} aria-label={t("counter.remove", { title: line.label })}>
              −
            </Button>
            {(line.remove.length > 0 || line.add.length > 0) && (
              <Text size="small" weight="plus" className="w-full">
                {[
                  ...line.remove.map((id) => t("counter.without", { name: line.item.ingredients.find((ingredient) => ingredient.id === id)?.name ?? id })),
                  ...line.add.map((id) => `+ ${line.item.customisation?.extras.find((extra) => extra.id === id)?.name ?? id}`),
                ].join(" · ")}
              </Text>
            )}
            <LineCustomise line={line} onChange={(choice) => basket.customise(line.key, choice)} />
          </li>
        ))}
      </ul>
      <Text weight="plus">{t("counter.subtotal", { amount: money(basket.subtotal) })}</Text>
      {quote}
      <Button size="large" isLoading={placing} disabled={!basket.lines.length || !canPlace} onClick={onPlace}>
        {t("counter.place")}
      </Button>
    </Container>
  )
}
