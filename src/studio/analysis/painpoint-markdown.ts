import { capitalize } from '../copy/line-fitting.ts';
import type { PainPointReport } from './painpoint-analysis.ts';

/** The pain-point report as Markdown, ranked, with evidence and ready-to-use hooks. */
export function painPointsToMarkdown(report: PainPointReport): string {
  const lines = [
    `# Pain points — ${report.brand}`,
    '',
    `**Product:** ${report.product}  `,
    `**Audience:** ${report.audience}  `,
    `**Framework:** ${report.framework.toUpperCase()}`,
    '',
    `> Top hook: ${report.topHook}`,
    '',
  ];
  for (const point of report.painPoints) {
    lines.push(
      `## ${point.rank}. ${capitalize(point.pain)}`,
      '',
      `- **Angle:** ${point.angle} (${point.kind})`,
      `- **Evidence (${point.sources.join(', ')}, score ${point.score}):** ${point.evidence.map((e) => `“${e}”`).join('; ')}`,
      `- **Framework line:** ${point.frameworkLine}`,
      '- **Hooks:**',
      ...point.hooks.map((hook) => `  - ${hook}`),
      '',
    );
  }
  return lines.join('\n');
}
