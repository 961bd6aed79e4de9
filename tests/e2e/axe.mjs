// axe-core audits of Rapport's pages: WCAG 2.2 A/AA and best practices, plus the rule that visible text is part
// of a control's accessible name (WCAG 2.5.3, experimental in axe, so turned on here).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The violations axe finds in `target` (a page or a frame), as short readable lines. */
export async function axeViolations(target) {
  // A string is evaluated by the DevTools protocol, outside the page's content security policy.
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: { 'label-content-name-mismatch': { enabled: true }, 'target-size': { enabled: true } },
      resultTypes: ['violations'],
    });
    return result.violations.flatMap((violation) =>
      violation.nodes.slice(0, 4).map((node) => `${violation.impact} ${violation.id}: ${node.target.join(' ')} (${node.failureSummary?.split('\n')[1]?.trim() ?? ''})`),
    );
  });
}
