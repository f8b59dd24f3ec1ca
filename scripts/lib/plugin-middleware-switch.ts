import type { Core } from '@strapi/strapi';

type DocumentMiddleware = (ctx: unknown, next: () => Promise<unknown>) => Promise<unknown>;

export interface PluginMiddlewareSwitch {
  /** Runs `work` with the plugin's document middlewares passed through; Strapi's own still run. */
  without<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * "Publish without the plugin" in the same process as "publish with it": every document middleware the
 * plugin's own code registers gets an off switch, while Strapi's (i18n, content releases, review
 * workflows) stay as they are. A middleware is the plugin's when its registration comes from a file under
 * `pluginServerDir`. Install after createStrapi() and before load(), so it sees the registrations.
 */
export function installPluginMiddlewareSwitch(strapi: Core.Strapi, pluginServerDir: string): PluginMiddlewareSwitch {
  let off = false;
  const documents = strapi.documents as unknown as { use: (middleware: DocumentMiddleware) => () => void };
  const use = documents.use.bind(documents);
  documents.use = (middleware) => {
    const fromPlugin = (new Error().stack ?? '').includes(pluginServerDir);
    return use(fromPlugin ? (ctx, next) => (off ? next() : middleware(ctx, next)) : middleware);
  };
  return {
    async without(work) {
      off = true;
      try {
        return await work();
      } finally {
        off = false;
      }
    },
  };
}
