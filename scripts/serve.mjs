// `npm run start:web`: serves the built renderer on 127.0.0.1 so the app can be tried in any browser.
import { existsSync } from 'node:fs';
import { serveStatic } from './staticServer.mjs';

const root = 'dist/renderer';
if (!existsSync(`${root}/index.html`)) {
  console.error('The app has not been built yet. Run `npm run start:web`, which builds it first.');
  process.exit(1);
}
const requested = Number(process.env.PORT ?? 5170);
const { url } = await serveStatic(root, Number.isInteger(requested) ? requested : 5170).catch(
  async (error) => {
    if (error?.code === 'EADDRINUSE') return serveStatic(root, 0);
    throw error;
  },
);
process.stdout.write(
  `Joined Up is running at ${url}\nOpen that address in a browser. Press Ctrl+C to stop.\n`,
);
