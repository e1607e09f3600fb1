import type { CycleReport } from '@broedplaats/contracts';

/** Text people typed, safe inside Markdown: no headings, links, HTML or tables of their own. */
const md = (text: string) => text.replace(/([\\`*_{}[\]<>#|!])/g, '\\$1').replace(/\n+/g, ' ');
const phase = { plan: 'plannen', act: 'uitvoeren', observe: 'waarnemen', reflect: 'reflecteren' } as const;
const direction = { higher: 'hoger is beter', lower: 'lager is beter' } as const;
const num = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
const dutchDay = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The half-year report as Markdown, in Dutch (what a facilitator sends to a Dutch funder). Each
 * indicator's chart becomes a table of its measurements, with baseline and target.
 */
export function reportMarkdown(report: CycleReport): string {
  const out: string[] = [];
  const t = report.totals;
  out.push(`# Leercycli ${md(report.networkName)}`, '', `Periode: ${dutchDay(report.from)} tot en met ${dutchDay(report.to)}.`, '');
  out.push(`- Leercycli: ${t.cycles} (${t.running} lopend, ${t.closed} afgerond in deze periode)`, `- Uitgeprobeerd en opgeschreven: ${t.logs} keer`, `- Deelnemers: ${t.participants}`);
  if (report.notDescribed) out.push(`- Daarnaast ${report.notDescribed} leercyclus/-cycli die alleen met de procesbegeleiders gedeeld zijn (niet beschreven)`);
  for (const c of report.cycles) {
    out.push('', `## ${md(c.title)}`, '', `**Leervraag:** ${md(c.learningQuestion)}`, '');
    out.push(`- Eigenaren: ${c.owners.map(md).join(', ') || '–'}`, `- Stand: ${c.status === 'closed' ? 'afgerond' : `lopend, fase ${phase[c.phase]}`}`, `- Rondes: ${c.iterations.length}; logboek deze periode: ${c.logsInPeriod}`);
    if (c.changeGoals.length) out.push('', '**Veranderdoelen**', '', ...c.changeGoals.map((g) => `- ${md(g)}`));
    for (const i of c.iterations.filter((i) => i.reflection)) out.push('', `**Ronde ${i.number}, reflectie:** ${md(i.reflection)}`);
    for (const ind of c.indicators) {
      out.push('', `### ${md(ind.name)}${ind.unit ? ` (${md(ind.unit)})` : ''}`, '', `Nulmeting ${num(ind.baseline)}, doel ${num(ind.target)}, ${direction[ind.direction]}.`, '');
      if (!ind.points.length) out.push('Geen metingen in deze periode.');
      else out.push('| datum | waarde | ronde |', '| --- | ---: | ---: |', ...ind.points.map((p) => `| ${p.date} | ${num(p.value)} | ${p.iteration} |`));
    }
    if (c.conclusion) {
      out.push('', '**Conclusie**', '', `- Geleerd: ${md(c.conclusion.learned)}`);
      if (c.conclusion.changesInPractice) out.push(`- Wat verandert in de praktijk: ${md(c.conclusion.changesInPractice)}`);
      if (c.conclusion.recommendations) out.push(`- Aanbevelingen: ${md(c.conclusion.recommendations)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
