import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { refusalText } from "../lib/refusal-text"

/** A page the signed-in person may not use, said in words: the API's refusal, or their role's. */
export function Refusal({ title, error }: { title: string; error?: unknown }) {
  const { t } = useTranslation("ocp")
  return (
    <Container className="px-6 py-4" role="alert">
      <Heading level="h1">{title}</Heading>
      <Text className="mt-2">{error ? refusalText(error, t) : t("errors.forbidden_for_role")}</Text>
    </Container>
  )
}
