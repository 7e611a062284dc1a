import type { AdCritique } from './ad-critique.ts';

/** The critique as Markdown: the score, each criterion with its evidence, then the rewrites. */
export function adCritiqueToMarkdown(critique: AdCritique): string {
  const lines = [
    `# Ad critique — ${critique.brand}`,
    '',
    `**Score:** ${critique.score}/100 (grade ${critique.grade}) · read from the ${critique.origin}`,
    '',
    '> ' + critique.text.split('\n').join('\n> '),
    '',
    '| Criterion | Score | Weight | Evidence |',
    '|---|---|---|---|',
    ...critique.criteria.map((c) => `| ${c.label} | ${c.score} | ${c.weight} | ${c.evidence.join('; ').replace(/\|/g, '\\|')} |`),
    '',
    `Readability: Flesch ${critique.stats.fleschReadingEase}, ${critique.stats.averageSentenceLength} words per sentence, ${critique.stats.words} words.`,
    '',
  ];
  if (critique.priorities.length > 0) lines.push('## Fix first', '', ...critique.priorities.map((p, i) => `${i + 1}. ${p}`), '');
  lines.push(
    '## Rewrites',
    '',
    '**Hooks**',
    ...critique.rewrites.hooks.map((h) => `- ${h}`),
    '',
    `**Headline:** ${critique.rewrites.headline}`,
    '',
    `**Call to action:** ${critique.rewrites.cta}`,
    '',
  );
  return lines.join('\n');
}
