import { PasswordResetEmailData, type Locale } from "../email-data"
import { CallToAction } from "./call-to-action"
import { defineEmail } from "./define-email"
import { EmailLayout, FooterLine, Paragraph } from "./email-layout"

const words = {
  fr: {
    customer: {
      subject: "Réinitialisez votre mot de passe OC Pizza",
      body: "Vous avez demandé à changer le mot de passe de votre compte client OC Pizza. Choisissez-en un nouveau avec le bouton ci-dessous.",
    },
    staff: {
      subject: "Réinitialisez votre mot de passe d'administration OC Pizza",
      body: "Vous avez demandé à changer le mot de passe de votre compte d'administration OC Pizza. Choisissez-en un nouveau avec le bouton ci-dessous.",
    },
    expiry: "Ce lien ne sert qu'une fois et expire bientôt. Si vous n'avez rien demandé, ignorez cet e-mail : votre mot de passe reste le même.",
    reset: "Choisir un nouveau mot de passe",
    why: "Vous recevez cet e-mail parce qu'une réinitialisation a été demandée pour votre adresse.",
  },
  en: {
    customer: {
      subject: "Reset your OC Pizza password",
      body: "You asked to change the password of your OC Pizza customer account. Choose a new one with the button below.",
    },
    staff: {
      subject: "Reset your OC Pizza admin password",
      body: "You asked to change the password of your OC Pizza admin account. Choose a new one with the button below.",
    },
    expiry: "This link works once and expires soon. If you did not ask for it, ignore this e-mail: your password stays the same.",
    reset: "Choose a new password",
    why: "You are receiving this e-mail because a password reset was requested for your address.",
  },
} satisfies Record<Locale, unknown>

/** The link to choose a new password, for a customer (shop) or a staff member (admin). */
export const passwordResetEmail = defineEmail(PasswordResetEmailData, (data) => {
  const w = words[data.locale]
  const { subject, body } = w[data.audience]
  const element = (
    <EmailLayout locale={data.locale} title={subject} preview={body} heading={subject} footer={<FooterLine>{w.why}</FooterLine>}>
      <Paragraph>{body}</Paragraph>
      <CallToAction href={data.reset_url} label={w.reset} locale={data.locale} />
      <Paragraph muted>{w.expiry}</Paragraph>
    </EmailLayout>
  )
  return { subject, element }
})
