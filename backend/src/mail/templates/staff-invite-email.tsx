import { StaffInviteEmailData, type Locale } from "../email-data"
import { CallToAction } from "./call-to-action"
import { defineEmail } from "./define-email"
import { EmailLayout, FooterLine, Paragraph } from "./email-layout"

const words = {
  fr: {
    subject: "Invitation à rejoindre l'équipe OC Pizza",
    body: "Un responsable d'OC Pizza vous invite à rejoindre l'administration. Choisissez votre mot de passe pour activer votre compte.",
    expiry: "Cette invitation est personnelle et expire bientôt. Si vous ne l'attendiez pas, ignorez cet e-mail.",
    accept: "Accepter l'invitation",
    why: "Vous recevez cet e-mail parce qu'un responsable d'OC Pizza vous a invité.",
  },
  en: {
    subject: "You are invited to join the OC Pizza team",
    body: "An OC Pizza manager invites you to join the administration. Choose your password to activate your account.",
    expiry: "This invitation is personal and expires soon. If you were not expecting it, ignore this e-mail.",
    accept: "Accept the invitation",
    why: "You are receiving this e-mail because an OC Pizza manager invited you.",
  },
} satisfies Record<Locale, unknown>

/** Invites a new staff member to the admin, where they choose their password. */
export const staffInviteEmail = defineEmail(StaffInviteEmailData, (data) => {
  const w = words[data.locale]
  const element = (
    <EmailLayout locale={data.locale} title={w.subject} preview={w.body} heading={w.subject} footer={<FooterLine>{w.why}</FooterLine>}>
      <Paragraph>{w.body}</Paragraph>
      <CallToAction href={data.invite_url} label={w.accept} locale={data.locale} />
      <Paragraph muted>{w.expiry}</Paragraph>
    </EmailLayout>
  )
  return { subject: w.subject, element }
})
