import { Badge, Container, Heading, Table } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useMakeable } from "../hooks/use-ingredient-stock"

/** How many of each dish and size the location can still make, and which ingredient runs out first. */
export function MakeableTable({ locationId }: { locationId: string }) {
  const { t } = useTranslation("ocp-stock")
  const { data: makeable = [] } = useMakeable(locationId)
  return (
    <Container className="px-6 py-4">
      <Heading level="h2">{t("makeable")}</Heading>
      <Table className="mt-2">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("dish")}</Table.HeaderCell>
            <Table.HeaderCell>{t("size")}</Table.HeaderCell>
            <Table.HeaderCell>{t("makeable")}</Table.HeaderCell>
            <Table.HeaderCell>{t("limitedBy")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {makeable.map((row) => (
            <Table.Row key={row.variant_id}>
              <Table.Cell>{row.product_title}</Table.Cell>
              <Table.Cell>{row.variant_title}</Table.Cell>
              <Table.Cell>
                {row.makeable === 0 ? (
                  <Badge color="red" size="2xsmall">
                    0
                  </Badge>
                ) : (
                  row.makeable
                )}
              </Table.Cell>
              <Table.Cell>{row.limiting_ingredient}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}
