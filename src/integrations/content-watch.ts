import { existsSync, utimesSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * `astro dev` builds every page from the content checked when the configuration loads. So that an
 * editor sees an edit at once, a change to any file under the content folders or seeds/ restarts
 * the dev server the way a change to astro.config.mjs does: the content is read and checked again.
 * Astro restarts for files it was told to watch; a file added later is not among them, so its
 * arrival touches astro.config.mjs, which Astro always watches.
 */
export function contentWatch(files: readonly string[], folders: readonly string[]): AstroIntegration {
  let configFile: string | undefined;
  return {
    name: 'chronique:content-watch',
    hooks: {
      'astro:config:setup': ({ command, config, addWatchFile }) => {
        if (command !== 'dev') return;
        configFile = fileURLToPath(new URL('astro.config.mjs', config.root));
        for (const file of files) addWatchFile(fileURLToPath(new URL(file, config.root)));
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = server.config.root;
        server.watcher.on('add', (path) => {
          const file = relative(root, path).split(sep).join('/');
          if (!folders.some((folder) => file.startsWith(`${folder}/`)) || !configFile || !existsSync(configFile)) return;
          logger.info(`Nouveau fichier ${file} : relecture du contenu.`);
          const now = new Date();
          utimesSync(configFile, now, now);
        });
      },
    },
  };
}
