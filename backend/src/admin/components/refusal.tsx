import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useRefusalText } from "../hooks/use-refusal-text"

/** A page the signed-in person may not use, said in words: the API's refusal, or their role's. */
export function Refusal({ title, error }: { title: string; error?: unknown }) {
  const { t } = useTranslation("ocp")
  const refusalText = useRefusalText()
  return (
    <Container className="px-6 py-4" role="alert">
      <Heading level="h1">{title}</Heading>
      <Text className="mt-2">{error ? refusalText(error) : t("errors.forbidden_for_role")}</Text>
    </Container>
  )
}
