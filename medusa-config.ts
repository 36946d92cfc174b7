// The Medusa CLI compiles and loads the configuration from the application's
// folder (`medusa build` emits only what lies under backend/), so the wiring
// lives in backend/medusa-config.ts; this file points readers and tools to it.
export { default } from "./backend/medusa-config"
