// The configuration names the staff module by a path relative to the
// application folder; the module itself (tables only: no route here is guarded).
export { default } from "../../../../../backend/src/modules/staff"
