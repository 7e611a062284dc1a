import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { CinematicAdsError } from '../contract/errors.ts';
import { createSafeFetch } from '../net/safe-fetch.ts';
import { researchBrief } from '../research/research-brief.ts';
import { resolveBrief } from '../studio/brief.ts';
import { runStudio } from '../studio/pipeline.ts';
import { textModelFrom } from '../studio/text-model.ts';

/** `cinematicads render --brief brief.json --out DIR`: the studio on its own, no server. */
export function registerRenderCommand(program: Command): void {
  program
    .command('render')
    .description('Render a brief into finished ads in a folder and print the manifest (JSON)')
    .requiredOption('--brief <file>', 'brief JSON: the launch request fields plus brand, source and knowledge')
    .requiredOption('--out <dir>', 'output folder; re-running on the same folder resumes it')
    .option('--size <size>', 'full, or small for tiny test renders', 'full')
    .option('--quiet', 'do not print step progress to stderr')
    .option('--offline', 'do not fetch the brief\'s url; use only the facts in the brief')
    .action(async (options: { brief: string; out: string; size: string; quiet?: boolean; offline?: boolean }) => {
      if (options.size !== 'full' && options.size !== 'small') {
        throw new CinematicAdsError('invalid_request', `--size must be "full" or "small", not "${options.size}"`);
      }
      const outDir = resolve(options.out);
      const log = (line: string) => options.quiet || process.stderr.write(`${line}\n`);
      let brief = resolveBrief(await readBriefFile(options.brief));
      if (!options.offline) {
        const research = await researchBrief(brief, { safeFetch: createSafeFetch({}), imagesDir: join(outDir, '.source') });
        brief = research.brief;
        research.notes.forEach(log);
      }
      const config = loadConfig();
      const textModel = textModelFrom(config);
      const outcome = await runStudio({
        brief,
        outDir,
        size: options.size,
        tools: { ...(config.ffmpegPath ? { ffmpegPath: config.ffmpegPath } : {}), ...(config.espeakPath ? { espeakPath: config.espeakPath } : {}) },
        ...(textModel ? { textModel } : {}),
        onEvent: (event) => event.kind === 'step' && log(`${event.step} ${event.status} (${event.progress}%)`),
      });
      if (outcome.status === 'completed') process.stdout.write(`${JSON.stringify(outcome.manifest, null, 2)}\n`);
    });
}

async function readBriefFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CinematicAdsError('invalid_request', `Cannot read the brief file ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CinematicAdsError('invalid_request', `The brief file ${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}
