// How much main-thread CPU a page's renderer spent in Rapport's scripts, from a Chrome trace: the thread time
// (`tdur`) of top-level script events whose script is an extension's. On a shared machine wall-clock figures such as
// CDP's ScriptDuration grow with the load (other processes take the CPU while the page waits); thread CPU time moves
// much less. Promise continuations are not attributed to a script by the trace, so this is a lower bound.

const CATEGORIES = 'devtools.timeline';
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run', 'TimerFire', 'EventDispatch', 'FireIdleCallback']);

/** Starts a trace on `cdp` (a page's session); the returned function ends it and gives Rapport's CPU in ms. */
export async function traceExtensionScriptCpu(cdp) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return extensionScriptCpuMs(events);
  };
}

function extensionScriptCpuMs(events) {
  const threadNames = new Map(events.filter((event) => event.name === 'thread_name').map((event) => [`${event.pid}:${event.tid}`, event.args.name]));
  const scripted = events
    .filter((event) => event.ph === 'X' && SCRIPT_EVENTS.has(event.name) && threadNames.get(`${event.pid}:${event.tid}`) === 'CrRendererMain')
    .filter((event) => JSON.stringify(event.args ?? {}).includes('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Count each stretch once: an event inside an already counted one (v8.run inside EvaluateScript) is part of it.
  let total = 0;
  const ends = new Map();
  for (const event of scripted) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ts < (ends.get(thread) ?? -1)) continue;
    total += (event.tdur ?? event.dur) / 1000;
    ends.set(thread, event.ts + event.dur);
  }
  return total;
}
