/**
 * Runs Debian's nginx (`apt-get install nginx`; .ci/run installs it) on the built site with the
 * include the build writes (`nginx.conf`), as a site's own server block would: in the
 * foreground, on a port of its own, with every file it writes in a temporary folder.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, watch, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join, resolve } from "node:path";

const MIME_TYPES = "/etc/nginx/mime.types";

/** The nginx binary: NGINX_PATH, or Debian's; undefined when neither is there. */
export function nginxBinary(): string | undefined {
  const candidates = [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/bin/nginx"];
  return candidates.find((path): path is string => path !== undefined && existsSync(path));
}

/** Why nginx tests cannot run here, or undefined when they can. */
export function nginxMissing(): string | undefined {
  if (!nginxBinary()) return "nginx is not installed (Debian: apt-get install nginx; or set NGINX_PATH)";
  if (!existsSync(MIME_TYPES)) return `nginx has no ${MIME_TYPES}`;
  return undefined;
}

/** A whole nginx configuration: one server on `port` whose root is `root`, with `include` in it. */
function configFor(prefix: string, root: string, include: string, port: number): string {
  return [
    // As root (as in CI), workers would run as nobody, who may not read the work tree.
    ...(userInfo().uid === 0 ? ["user root;"] : []),
    "daemon off;",
    "worker_processes 1;",
    `pid ${join(prefix, "nginx.pid")};`,
    "error_log stderr warn;",
    "events { worker_connections 64; }",
    "http {",
    `  include ${MIME_TYPES};`,
    "  default_type application/octet-stream;",
    "  access_log off;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path ${join(prefix, kind)};`),
    "  server {",
    `    listen 127.0.0.1:${port};`,
    "    server_name localhost;",
    `    root ${resolve(root)};`,
    `    include ${resolve(include)};`,
    "  }",
    "}",
    "",
  ].join("\n");
}

/** `nginx -t` on a server block that includes `include`: nginx's own parser. */
export function checkNginxInclude(include: string, root: string): { ok: boolean; output: string } {
  const prefix = mkdtempSync(join(tmpdir(), "errordex-nginx-"));
  try {
    const config = join(prefix, "nginx.conf");
    writeFileSync(config, configFor(prefix, root, include, 1));
    const result = spawnSync(nginxBinary()!, ["-t", "-p", prefix, "-e", "stderr", "-c", config], { encoding: "utf8" });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}

export interface NginxServer {
  origin: string;
  stop(): Promise<void>;
}

/** A port no one listens on now: the system picks it for a moment's server. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const address = server.address();
  await new Promise((closed) => server.close(closed));
  if (address === null || typeof address === "string") throw new Error("no TCP port was given");
  return address.port;
}

/**
 * Starts nginx on a free port and resolves once it listens: nginx writes its pid file only after it has bound
 * its sockets, so the file's appearance is the signal. Rejects with nginx's own output if it
 * exits first (a configuration error).
 */
export async function startNginx(root: string, include: string): Promise<NginxServer> {
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), "errordex-nginx-"));
  const config = join(prefix, "nginx.conf");
  writeFileSync(config, configFor(prefix, root, include, port));
  let output = "";
  const watcher = watch(prefix);
  const child: ChildProcess = spawn(nginxBinary()!, ["-p", prefix, "-e", "stderr", "-c", config], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  try {
    await new Promise<void>((listening, failed) => {
      const check = () => {
        if (existsSync(join(prefix, "nginx.pid"))) listening();
      };
      watcher.on("change", check);
      child.once("exit", (code) => failed(new Error(`nginx exited (${code}) before it listened:\n${output}`)));
      child.once("error", failed);
      check();
    });
  } catch (error) {
    rmSync(prefix, { recursive: true, force: true });
    throw error;
  } finally {
    watcher.close();
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      // SIGQUIT: nginx's graceful shutdown; its workers end with the master.
      if (child.exitCode === null) child.kill("SIGQUIT");
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
