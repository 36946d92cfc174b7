import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useId } from "react"
import { useTranslation } from "react-i18next"
import type { FailedEmail } from "@oc-pizza/api-types"

/**
 * The day's e-mails that did not reach a customer or a manager: still retried
 * (with the time of the next try) or given up, so the manager can phone
 * instead. Addresses come masked from the server.
 */
export function FailedEmails({ emails }: { emails: FailedEmail[] }) {
  const { t } = useTranslation("ocp")
  const headingId = useId()
  const time = (iso: string) => new Date(iso).toLocaleTimeString(t("locale"), { hour: "2-digit", minute: "2-digit" })
  return (
    <Container className="px-0 py-4">
      <Heading level="h2" id={headingId} className="px-6">
        {t("dashboard.failedEmails.title")}
      </Heading>
      {emails.length === 0 ? (
        <Text className="px-6 text-ui-fg-subtle">{t("dashboard.failedEmails.none")}</Text>
      ) : (
        <Table aria-labelledby={headingId}>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("dashboard.failedEmails.sentAt")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dashboard.failedEmails.email")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dashboard.failedEmails.to")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dashboard.failedEmails.order")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dashboard.failedEmails.attempts")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dashboard.failedEmails.error")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dashboard.failedEmails.next")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {emails.map((email) => (
              <Table.Row key={email.id}>
                <Table.Cell>{time(email.created_at)}</Table.Cell>
                <Table.Cell>{t(`dashboard.failedEmails.templates.${email.template}`, { defaultValue: email.template })}</Table.Cell>
                <Table.Cell>{email.to}</Table.Cell>
                <Table.Cell>{email.order_display_id === null ? "—" : `#${email.order_display_id}`}</Table.Cell>
                <Table.Cell>{email.attempts}</Table.Cell>
                <Table.Cell className="max-w-xs whitespace-normal break-words">{email.last_error ?? "—"}</Table.Cell>
                <Table.Cell>
                  {email.next_attempt_at ? (
                    time(email.next_attempt_at)
                  ) : (
                    <Badge size="2xsmall" color="red">
                      {t("dashboard.failedEmails.givenUp")}
                    </Badge>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
