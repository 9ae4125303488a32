export { createSandbox, type RunningSandbox, type SandboxOptions } from "./server";
export {
  DEFAULT_CLIENT_ID,
  DEFAULT_CLIENT_SECRET,
  DIALECTS,
  parseDialect,
  type SandboxDialect,
} from "./config";
export { personas, type Persona } from "./personas";
