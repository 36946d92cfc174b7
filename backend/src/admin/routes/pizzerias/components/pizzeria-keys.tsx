import { Button, Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useGiveOwnKey, usePizzeriaKeys } from "../hooks/use-pizzeria-keys"

/** Each pizzeria's own publishable key: a kiosk or a single-pizzeria site uses it with any Medusa client and sees only that pizzeria. */
export function PizzeriaKeys() {
  const { t } = useTranslation("ocp")
  const { data: pizzerias, isPending, error } = usePizzeriaKeys()
  const giveKey = useGiveOwnKey()
  return (
    <section aria-labelledby="ocp-pizzeria-keys" className="flex flex-col gap-2">
      <Heading level="h2" id="ocp-pizzeria-keys">
        {t("pizzeriaKeys.title")}
      </Heading>
      <Text size="small">{t("pizzeriaKeys.intro")}</Text>
      {error ? <Text role="alert">{t("pizzeriaKeys.unavailable")}</Text> : null}
      {isPending ? (
        <Text size="small">{t("pizzeriaKeys.loading")}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("pizzeriaKeys.pizzeria")}</Table.HeaderCell>
              <Table.HeaderCell>{t("pizzeriaKeys.key")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(pizzerias ?? []).map((pizzeria) => (
              <Table.Row key={pizzeria.id}>
                <Table.Cell>{pizzeria.name}</Table.Cell>
                <Table.Cell>
                  {pizzeria.publishable_key ? (
                    <code className="select-all break-all text-xs">{pizzeria.publishable_key.token}</code>
                  ) : (
                    <Button
                      size="small"
                      variant="secondary"
                      isLoading={giveKey.isPending && giveKey.variables === pizzeria.id}
                      onClick={() => giveKey.mutate(pizzeria.id)}
                      aria-label={t("pizzeriaKeys.createFor", { name: pizzeria.name })}
                    >
                      {t("pizzeriaKeys.create")}
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  )
}
