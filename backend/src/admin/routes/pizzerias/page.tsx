import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Refusal } from "../../components/refusal"
import { useStaff } from "../../hooks/use-staff"
import { OpenPizzeriaForm } from "./components/open-pizzeria-form"
import { PizzeriaKeys } from "./components/pizzeria-keys"

/** An admin opens a pizzeria in one go (POST /admin/pizzerias, one workflow), and finds each pizzeria's own publishable key. */
const OpenPizzeriaPage = () => {
  const { t } = useTranslation("ocp")
  const { data: staff, error } = useStaff()
  if (error || (staff && staff.role !== "admin")) return <Refusal title={t("opening.title")} error={error} />
  return (
    <Container className="flex flex-col gap-4 px-6 py-4">
      <Heading level="h1">{t("opening.title")}</Heading>
      <Text size="small">{t("opening.intro")}</Text>
      <OpenPizzeriaForm />
      <PizzeriaKeys />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "menu.pizzerias", translationNs: "ocp", icon: BuildingStorefront })

export default OpenPizzeriaPage
