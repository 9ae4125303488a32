export { createServer, type RunningServer, type ServerOptions } from "./server";
export { loadConfig, type Config } from "./config";
export { tuneHeap } from "./util/heap-tuning";
