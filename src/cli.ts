import { Command } from 'commander';
import { CinematicAdsError } from './contract/errors.ts';
import { registerAdminCommand } from './commands/admin-command.ts';
import { registerMcpCommand } from './commands/mcp-command.ts';
import { registerRenderCommand } from './commands/render-command.ts';
import { registerServeCommand } from './commands/serve-command.ts';
import packageJson from '../package.json' with { type: 'json' };

/** `cinematicads <command>`: one executable for every face of the project. */
const program = new Command('cinematicads')
  .description('Open, self-hostable CinematicAds: an offline ad studio, REST API, MCP server and chat agent.')
  .version(packageJson.version);

registerRenderCommand(program);
registerAdminCommand(program);
registerServeCommand(program);
registerMcpCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // One clear sentence for the person at the terminal; the stack only when it is our bug.
  if (CinematicAdsError.is(error)) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = error.status < 500 ? 2 : 1;
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}
