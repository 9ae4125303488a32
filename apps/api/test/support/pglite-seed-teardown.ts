import { removePGliteSeed } from "./pglite-seed";

export default function teardown(): void {
  removePGliteSeed();
}
