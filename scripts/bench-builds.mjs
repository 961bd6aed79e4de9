// Several builds of Rapport measured in turns, so every build sees the same machine load (on a shared 2-CPU
// machine the load average moves from 1 to 20 within minutes). `RAPPORT_BUILDS=/tmp/before/chrome-mv3,.output/chrome-mv3`
// names the builds (folders holding a manifest.json); without it a benchmark measures `.output/chrome-mv3` alone.
import { loadavg } from 'node:os';
import path from 'node:path';

/** The build folders named in `RAPPORT_BUILDS`, absolute; empty when unset. */
export function buildsFromEnv() {
  return (process.env.RAPPORT_BUILDS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => path.resolve(entry));
}

export const loadNow = () => loadavg()[0].toFixed(1);

export const median = (values) => {
  const list = [...values].sort((a, b) => a - b);
  const middle = Math.floor(list.length / 2);
  return list.length % 2 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
};

/**
 * Runs `measure(setup)` once per build per round, builds in turns (the order alternating from round to round),
 * and returns each build's figures in the order of `setups`.
 */
export async function inTurns(setups, rounds, measure) {
  const figures = setups.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    const order = setups.map((_, index) => index);
    if (round % 2) order.reverse();
    for (const index of order) figures[index].push(await measure(setups[index]));
  }
  return figures;
}

/**
 * Prepares one browser per build, in order (`prepare(build)` resolves to a setup holding its `browser`), runs
 * `compare` on all of them, and closes them whatever happens.
 */
export async function withPreparedBuilds(builds, prepare, compare) {
  const setups = [];
  try {
    for (const build of builds) {
      process.stderr.write(`Preparing the browser of ${build}…\n`);
      setups.push(await prepare(build));
    }
    return await compare(setups);
  } finally {
    for (const setup of setups) await setup.browser.close();
  }
}

/** A markdown table of figures per build: one row per measure, median (min) per build. */
export function comparisonTable(builds, measures, { loadAtStart }) {
  const ms = (values) => (values.length ? `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)})` : '–');
  return [
    `Builds measured in turns; load average ${loadAtStart} at the start and ${loadNow()} at the end. Median (min) in ms.`,
    '',
    `| Measure | ${builds.map((build) => build.replace(/\/chrome-mv3$/, '')).join(' | ')} | Runs |`,
    `| --- | ${builds.map(() => '---:').join(' | ')} | ---: |`,
    ...measures.map(({ name, perBuild }) => `| ${name} | ${perBuild.map(ms).join(' | ')} | ${perBuild[0]?.length ?? 0} |`),
  ].join('\n');
}
