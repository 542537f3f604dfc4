import { getTransformedRoutes, type Route } from "@vercel/routing-utils";
import type { VercelConfig } from "../../../src/lib/deploy/vercel-json";

/** vercel.json as Vercel turns it into routes (its own validation included), and what a path gets. */
export function vercelRoutes(config: VercelConfig) {
  const { routes, error } = getTransformedRoutes({ redirects: config.redirects, headers: config.headers });
  if (error) throw new Error(`vercel.json: ${error.message}`);
  const all = (routes ?? []) as Array<Route & { src?: string; status?: number; headers?: Record<string, string> }>;
  return {
    routes: all,
    /** The first redirect a path matches: its status and Location, with the path's captures filled in. */
    redirect(path: string): { status: number; location: string } | undefined {
      for (const route of all) {
        if (!route.src || !route.status) continue;
        const match = new RegExp(route.src).exec(path);
        if (!match) continue;
        const location = (route.headers?.Location ?? "").replace(
          /\$(\d+)/g,
          (_, index: string) => match[Number(index)] ?? "",
        );
        return { status: route.status, location };
      }
      return undefined;
    },
    /** The headers every route that matches a path adds. */
    headers(path: string): Record<string, string> {
      return Object.assign(
        {},
        ...all
          .filter((route) => !route.status && route.src && new RegExp(route.src).test(path))
          .map((route) => route.headers),
      );
    },
  };
}
