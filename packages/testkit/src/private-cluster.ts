import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { freePort, onExit, tempDir } from "./processes";

/**
 * A throw-away Postgres cluster (initdb + pg_ctl) on its own port in a temp dir, for cases that stop
 * and start the database; never the shared server. As root it runs as the `postgres` user.
 */
export class PrivateCluster {
  readonly dir: string;
  private readonly asUser: string[];
  private forget: () => void = () => undefined;

  private constructor(
    readonly port: number,
    private readonly bin: string,
  ) {
    this.dir = tempDir("pg");
    this.asUser = process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];
    if (this.asUser.length) {
      const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"]).toString().trim());
      chownSync(this.dir, id("-u"), id("-g"));
    }
  }

  static async create(): Promise<PrivateCluster> {
    const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a));
    const bin = versions
      .map((v) => `/usr/lib/postgresql/${v}/bin`)
      .find((b) => existsSync(join(b, "initdb")));
    if (!bin) throw new Error("no /usr/lib/postgresql/*/bin/initdb");
    const cluster = new PrivateCluster(await freePort(), bin);
    cluster.forget = onExit(() => cluster.stopSync());
    cluster.run("initdb", ["-D", join(cluster.dir, "data"), "-A", "trust", "-U", "postgres", "--no-sync"]);
    cluster.start();
    return cluster;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private run(tool: string, args: string[]): void {
    const [cmd, ...rest] = [...this.asUser, join(this.bin, tool), ...args];
    const result = spawnSync(cmd, rest, { stdio: "pipe", timeout: 60_000 });
    if (result.status !== 0)
      throw new Error(`${tool} failed: ${result.stderr?.toString() ?? ""}${result.stdout?.toString() ?? ""}`);
  }

  start(): void {
    this.run("pg_ctl", [
      "-D",
      join(this.dir, "data"),
      "-l",
      join(this.dir, "postgres.log"),
      "-w",
      "-t",
      "30",
      "-o",
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      "start",
    ]);
  }

  stop(mode: "fast" | "immediate" = "fast"): void {
    this.run("pg_ctl", ["-D", join(this.dir, "data"), "-m", mode, "-w", "-t", "30", "stop"]);
  }

  /** Cleanup path: never throws. */
  stopSync(): void {
    try {
      this.stop("immediate");
    } catch {
      // not running
    }
    this.forget();
  }
}
