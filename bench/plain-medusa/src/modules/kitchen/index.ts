// The configuration names the kitchen module by a path relative to the
// application folder; the module itself (tables only, no behaviour at checkout).
export { default } from "../../../../../backend/src/modules/kitchen"
