import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useMoney } from "../../../hooks/use-money"
import { useCounterMenu, type MenuItem, type MenuVariant } from "../hooks/use-counter-menu"

/** The pizzeria's menu, one button per size; what cannot be made now says why. */
export function MenuPanel({ pizzeriaId, onAdd }: { pizzeriaId: string; onAdd: (item: MenuItem, variant: MenuVariant) => void }) {
  const { t } = useTranslation("ocp")
  const money = useMoney()
  const { data: menu = [] } = useCounterMenu(pizzeriaId)
  return (
    <Container className="flex flex-col gap-2 px-6 py-4 xl:col-span-1">
      <Heading level="h2">{t("counter.menu")}</Heading>
      <ul className="flex flex-col gap-2">
        {menu.map((item) => (
          <li key={item.product_id}>
            <Text weight="plus">
              {item.title}{" "}
              {!item.available && (
                <Badge color="red" size="2xsmall">
                  {item.unavailable_reason?.message ?? t("counter.unavailable")}
                </Badge>
              )}
            </Text>
            <div className="mt-1 flex flex-wrap gap-2">
              {item.variants.map((variant) => (
                <Button
                  key={variant.id}
                  size="small"
                  variant="secondary"
                  disabled={!variant.available}
                  onClick={() => onAdd(item, variant)}
                  aria-label={t("counter.add", { title: `${item.title} (${variant.title})` })}
                >
                  {variant.title} · {money(variant.price ?? 0)}
                </Button>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </Container>
  )
}
