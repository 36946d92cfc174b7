import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { rolesGivenBy } from "../../../modules/staff/roles"
import { Refusal } from "../../components/refusal"
import { useStaff } from "../../hooks/use-staff"
import { StaffForm } from "./components/staff-form"
import { StaffTable } from "./components/staff-table"

/** Admins and managers manage who works where: role and pizzerias; a newcomer gets an invitation link. */
const StaffManagementPage = () => {
  const { t } = useTranslation("ocp")
  const { data: me, error } = useStaff()
  if (error) return <Refusal title={t("staff.title")} error={error} />
  if (!me) return <Text className="p-6">{t("loading")}</Text>
  const givable = rolesGivenBy(me.role)
  if (givable.length === 0) return <Refusal title={t("staff.title")} />
  return (
    <div className="flex flex-col gap-3">
      <Container className="px-6 py-4">
        <Heading level="h1">{t("staff.title")}</Heading>
      </Container>
      <StaffForm me={me} givable={givable} />
      <StaffTable me={me} />
    </div>
  )
}

export const config = defineRouteConfig({ label: "menu.staff", translationNs: "ocp", icon: Users })

export default StaffManagementPage
