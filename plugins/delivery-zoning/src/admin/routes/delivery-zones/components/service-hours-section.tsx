import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { ServiceHours } from "../../../lib/zoning-api-types"
import { ClosuresEditor } from "./closures-editor"
import { OpeningHoursForm } from "./opening-hours-form"

/** The pizzeria's hours: open now or not, the weekly hours, the exceptional closures. */
export function ServiceHoursSection({ service }: { service: ServiceHours }) {
  const { t } = useTranslation("ocp-zoning")
  return (
    <Container className="px-6 py-4">
      <Heading level="h2" className="mb-2">
        {t("hours")} <Badge color={service.is_open ? "green" : "orange"}>{service.is_open ? t("openNow") : t("closedNow")}</Badge>
      </Heading>
      {!service.is_open && service.next_opening_at && (
        <Text size="small">{t("nextOpening", { when: new Date(service.next_opening_at).toLocaleString(t("locale"), { timeZone: service.timezone }) })}</Text>
      )}
      <OpeningHoursForm service={service} />
      <ClosuresEditor service={service} />
    </Container>
  )
}
