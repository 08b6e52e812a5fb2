#!/usr/bin/env node
// The `crossline` command: runs the TypeScript sources directly through tsx, so the CLI
// can never drift from the core the extension bundles.
import { register } from 'tsx/esm/api';

register();
// `crossline check … | head`: a reader that stops reading is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
