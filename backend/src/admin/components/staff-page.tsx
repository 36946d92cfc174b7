import { Container, Heading, Label, Select, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { usePizzeria } from "../hooks/use-pizzeria"
import { useStaff, type Me } from "../hooks/use-staff"
import { PreviewBanner } from "./preview-banner"
import { Refusal } from "./refusal"

/**
 * The frame of a staff page: who is signed in, the pizzeria chosen among
 * theirs, and a refusal said in words when the page is not for them.
 */
export function StaffPage({ title, children }: { title: string; children: (staff: Me, pizzeriaId: string) => ReactNode }) {
  const { t } = useTranslation("ocp")
  const { data: staff, error } = useStaff()
  const [pizzeriaId, choose] = usePizzeria(staff)
  if (error) return <Refusal title={title} error={error} />
  if (!staff) return <Text className="p-6">{t("loading")}</Text>
  return (
    <div className="flex flex-col gap-y-3">
      {staff.preview && <PreviewBanner />}
      <Container className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <Heading level="h1">{title}</Heading>
        {staff.pizzerias.length > 1 && pizzeriaId && (
          <div className="w-72">
            <Label htmlFor="ocp-pizzeria">{t("pizzeria")}</Label>
            <Select value={pizzeriaId} onValueChange={choose}>
              <Select.Trigger id="ocp-pizzeria">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {staff.pizzerias.map((pizzeria) => (
                  <Select.Item key={pizzeria.id} value={pizzeria.id}>
                    {pizzeria.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        )}
        {staff.pizzerias.length === 1 && <Text weight="plus">{staff.pizzerias[0].name}</Text>}
      </Container>
      {pizzeriaId ? children(staff, pizzeriaId) : <Text className="p-6">{t("errors.other_pizzeria")}</Text>}
    </div>
  )
}
