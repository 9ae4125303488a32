export * from "./client";
export * from "./errors";
export * from "./normalize";
export * from "./pkce";
export * from "./types";
