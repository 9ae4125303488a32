export { createSandbox, type RunningSandbox, type SandboxOptions } from "./server";
export { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET } from "./config";
export { personas, type Persona } from "./personas";
