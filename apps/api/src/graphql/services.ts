/**
 * Everything resolvers may call, built once in the composition root. The registry is open: each module
 * declares its own entries in its index.ts (`declare module "../../graphql/services"`), so graphql/ names
 * no module and the composition root's `Services` object is still checked for every entry.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging, one module at a time
export interface Services {}
