// The configuration names the e-mail provider by a path relative to the
// application folder; the provider itself (the benches run without a relay: it only logs).
export { default } from "../../../../../backend/src/modules/smtp-notification"
