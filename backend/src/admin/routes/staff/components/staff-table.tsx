import { Badge, Button, Container, Table } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { Me } from "../../../hooks/use-staff"
import { useRemoveMember, useStaffMembers } from "../hooks/use-staff-members"

/** Who works where, with their account's state; anyone but oneself can be removed. */
export function StaffTable({ me }: { me: Me }) {
  const { t } = useTranslation("ocp")
  const { data: members = [] } = useStaffMembers()
  const remove = useRemoveMember()
  const pizzeriaName = (id: string) => me.pizzerias.find((pizzeria) => pizzeria.id === id)?.name ?? id
  return (
    <Container className="px-0 py-0">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("staff.email")}</Table.HeaderCell>
            <Table.HeaderCell>{t("staff.role")}</Table.HeaderCell>
            <Table.HeaderCell>{t("staff.pizzerias")}</Table.HeaderCell>
            <Table.HeaderCell>{t("staff.account")}</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="sr-only">{t("staff.removeColumn")}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {members.map((member) => (
            <Table.Row key={member.id}>
              <Table.Cell>{member.email}</Table.Cell>
              <Table.Cell>{t(`staff.roles.${member.role}`)}</Table.Cell>
              <Table.Cell>{member.pizzeria_ids.map(pizzeriaName).join(", ")}</Table.Cell>
              <Table.Cell>
                {member.user ? [member.user.first_name, member.user.last_name].filter(Boolean).join(" ") : <Badge size="2xsmall">{t("staff.invited")}</Badge>}
              </Table.Cell>
              <Table.Cell>
                {member.email !== me.email && (
                  <Button size="small" variant="transparent" onClick={() => remove.mutate(member)} aria-label={t("staff.remove", { email: member.email })}>
                    ✕
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}
