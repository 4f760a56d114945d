/**
 * `npm run bench`: builds the console, its static demo and an empty React app (the floor), starts the
 * servers they need on 127.0.0.1, drives headless Chromium, and prints every figure with its budget.
 * The same figures go to bench/results.json.
 *
 *   npm run bench [-- --runs N] [-- --quick]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from './lib/browser';
import { buildAll } from './lib/builds';
import { assetSet, mockCodeIn, wholeBuild, type AssetSet } from './lib/bundle';
import { atLeast, atMost, budgets, fmt, type BudgetLine } from './lib/budgets';
import { coldLoad, interleave } from './lib/cold-load';
import { conditions, routes, signedInState } from './lib/console-page';
import { floorKeystrokeRun, interactionRun, summarizeInteractions } from './lib/interactions';
import { loadTestMockController } from './lib/load-test';
import { printTable, sampleText, type Row } from './lib/report';
import { measureScale } from './lib/scale';
import { startConsoleServer, startMockController, type RunningServer } from './lib/servers';
import { summarize } from './lib/stats';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : quick ? 1 : 5;
const loadSeconds = quick ? 2 : 5;
const outRoot = path.resolve('bench/.out');
const started = performance.now();

const log = (line: string) => process.stdout.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)}s] ${line}\n`);

const rows: Row[] = [];
const lines: BudgetLine[] = [];
const results: Record<string, unknown> = { runs, quick, date: new Date().toISOString() };
const servers: RunningServer[] = [];

const bytesText = (set: AssetSet, floorJsGzip?: number) =>
  `JS ${fmt.kb(set.js.raw)} raw / ${fmt.kb(set.js.gzip)} gzip${floorJsGzip ? ` (${fmt.x(set.js.gzip / floorJsGzip)} floor)` : ''}; CSS ${fmt.kb(set.css.raw)} / ${fmt.kb(set.css.gzip)} gzip`;

async function main(): Promise<void> {
  await mkdir(outRoot, { recursive: true });
  const builds = await buildAll(outRoot, log);

  log('starting the mock controller (default seed) and the console servers');
  const mock = await startMockController('default');
  servers.push(mock);
  const production = await startConsoleServer(builds.production, mock.url);
  const demo = await startConsoleServer(builds.demo, mock.url);
  const floor = await startConsoleServer(builds.floor, mock.url);
  servers.push(production, demo, floor);

  const browser = await launchBrowser();
  try {
    log('signing in (production and demo)');
    const productionState = await signedInState(browser, production.url);
    const demoState = await signedInState(browser, demo.url);

    // 1 + 2. Bundles and cold loads, unthrottled and at 4x CPU slowdown.
    const measured: Record<string, ReturnType<typeof summarize>> = {};
    let firstPaintAssets: string[] = [];
    let wizardAssets: string[] = [];
    let demoAssetsAfterPaint: { late: string[]; all: string[] } = { late: [], all: [] };
    for (const slowdown of [1, 4]) {
      const tag = slowdown === 1 ? 'unthrottled' : '4x CPU';
      log(`cold loads, ${tag} (${runs} runs each)`);
      const { floor: floorRuns, vs: vsRuns, wizard: wizardRuns, demo: demoRuns } = await interleave(runs, {
        floor: () => coldLoad(browser, `${floor.url}/`, conditions.floorReady, { cpuSlowdown: slowdown }),
        vs: (run) =>
          coldLoad(browser, `${production.url}${routes.virtualServices}`, conditions.virtualServiceRows, {
            storageState: productionState,
            cpuSlowdown: slowdown,
            ...(run === 0 && slowdown === 1
              ? {
                  then: async (page, assets) => {
                    firstPaintAssets = [...assets];
                    const before = assets.length;
                    await page.getByRole('button', { name: 'Create Virtual Service' }).click();
                    await page.getByRole('menuitem', { name: 'Advanced Setup' }).click();
                    await page.waitForFunction(`(${conditions.wizardNameReady})()`, undefined, { timeout: 30_000 });
                    wizardAssets = assets.slice(before);
                  },
                }
              : {}),
          }),
        wizard: () => coldLoad(browser, `${production.url}${routes.createVirtualService}`, conditions.wizardNameReady, { storageState: productionState, cpuSlowdown: slowdown }),
        demo: (run) =>
          coldLoad(browser, `${demo.url}${routes.virtualServices}`, conditions.virtualServiceRows, {
            storageState: demoState,
            cpuSlowdown: slowdown,
            ...(run === 0 && slowdown === 1
              ? {
                  then: async (page) => {
                    demoAssetsAfterPaint = await page.evaluate(() => {
                      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
                      const entries = performance.getEntriesByType('resource').filter((e) => /\.(js|css)$/.test(new URL(e.name).pathname));
                      return {
                        all: entries.map((e) => new URL(e.name).pathname),
                        late: entries.filter((e) => e.startTime >= fcp).map((e) => new URL(e.name).pathname),
                      };
                    });
                  },
                }
              : {}),
          }),
      });
      const key = slowdown === 1 ? '' : '@4x';
      measured[`floor.fcp${key}`] = summarize(floorRuns.map((r) => r.fcp));
      measured[`vs.ready${key}`] = summarize(vsRuns.map((r) => r.ready));
      measured[`vs.fcp${key}`] = summarize(vsRuns.map((r) => r.fcp));
      measured[`vs.lcp${key}`] = summarize(vsRuns.map((r) => r.lcp));
      measured[`wizard.ready${key}`] = summarize(wizardRuns.map((r) => r.ready));
      measured[`wizard.fcp${key}`] = summarize(wizardRuns.map((r) => r.fcp));
      measured[`demo.ready${key}`] = summarize(demoRuns.map((r) => r.ready));
      const section = `Cold load, empty cache, ${tag}`;
      const floorPaint = measured[`floor.fcp${key}`]!.median;
      const ratio = (s: ReturnType<typeof summarize>) => (Number.isNaN(s.median) ? 'n/a' : `${fmt.x(s.median / floorPaint)} floor paint`);
      rows.push(
        { section, metric: 'floor: first paint', value: sampleText(measured[`floor.fcp${key}`]!) },
        { section, metric: 'Virtual Services: FCP', value: sampleText(measured[`vs.fcp${key}`]!), detail: ratio(measured[`vs.fcp${key}`]!) },
        { section, metric: 'Virtual Services: LCP', value: sampleText(measured[`vs.lcp${key}`]!), detail: ratio(measured[`vs.lcp${key}`]!) },
        { section, metric: 'Virtual Services: rows shown', value: sampleText(measured[`vs.ready${key}`]!), detail: ratio(measured[`vs.ready${key}`]!) },
        { section, metric: 'wizard: FCP', value: sampleText(measured[`wizard.fcp${key}`]!), detail: ratio(measured[`wizard.fcp${key}`]!) },
        { section, metric: 'wizard: first field ready', value: sampleText(measured[`wizard.ready${key}`]!), detail: ratio(measured[`wizard.ready${key}`]!) },
        { section, metric: 'demo: Virtual Services rows', value: sampleText(measured[`demo.ready${key}`]!), detail: `${fmt.x(measured[`demo.ready${key}`]!.median / measured[`vs.ready${key}`]!.median)} production` },
      );
    }
    results.coldLoad = measured;

    // Bundles.
    const floorBuild = await wholeBuild(builds.floor);
    const firstPaint = await assetSet(builds.production, firstPaintAssets);
    const wizardExtra = await assetSet(builds.production, wizardAssets);
    const productionTotal = await wholeBuild(builds.production);
    const mockFiles = await mockCodeIn(builds.production);
    // The demo build bundles the mock controller (mocks/, MSW) on its own, under assets/mock/ (vite.config.ts).
    const isMockFile = (p: string) => p.startsWith('/assets/mock/');
    const demoMockFiles = demoAssetsAfterPaint.all.filter(isMockFile);
    const demoOnlyEarly = demoMockFiles.filter((p) => !demoAssetsAfterPaint.late.includes(p));
    const demoMock = await assetSet(builds.demo, demoMockFiles);
    const section = 'Bundle (production build, Virtual Services page)';
    rows.push(
      { section, metric: 'floor (empty React 19 app)', value: bytesText(floorBuild) },
      { section, metric: 'first paint', value: bytesText(firstPaint, floorBuild.js.gzip), detail: `${firstPaint.files.length} files` },
      { section, metric: 'wizard extra chunks', value: bytesText(wizardExtra), detail: `${wizardExtra.files.length} files` },
      { section, metric: 'whole build', value: bytesText(productionTotal) },
      { section, metric: 'mock code in production', value: mockFiles.length === 0 ? 'none' : mockFiles.join(', ') },
      { section: 'Demo build', metric: 'mock controller + seed', value: bytesText(demoMock), detail: demoOnlyEarly.length ? `before first paint: ${demoOnlyEarly.join(', ')}` : 'all after first paint' },
    );
    results.bundle = { floor: floorBuild, firstPaint, wizardExtra, productionTotal, mockFiles, demoMock, demoOnlyEarly };
    lines.push(
      atMost('first-paint JS (gzip) vs floor JS', firstPaint.js.gzip / floorBuild.js.gzip, budgets.firstPaintJsVsFloor, fmt.x),
      atMost('first-paint CSS (gzip)', firstPaint.css.gzip, budgets.firstPaintCssGzipBytes, fmt.kb),
      atMost('wizard extra chunks (gzip)', wizardExtra.js.gzip + wizardExtra.css.gzip, budgets.wizardChunksGzipBytes, fmt.kb),
      { name: 'no mock code in the production build', value: mockFiles.length ? mockFiles.join(', ') : 'none', budget: 'none', pass: mockFiles.length === 0 },
      atMost(
        'wizard input ready @4x vs floor first paint @4x',
        measured['wizard.ready@4x']!.median / measured['floor.fcp@4x']!.median,
        budgets.wizardReadyVsFloorPaintAt4x,
        fmt.x,
      ),
      atMost('demo: mock controller + seed (gzip)', demoMock.js.gzip + demoMock.css.gzip, budgets.demoMockGzipBytes, fmt.kb),
      { name: 'demo: mock loads after first paint', value: demoOnlyEarly.length ? `${demoOnlyEarly.length} files before` : 'yes', budget: 'after first paint', pass: demoOnlyEarly.length === 0 },
      atMost('demo cold load to rows vs production', measured['demo.ready']!.median / measured['vs.ready']!.median, budgets.demoColdLoadVsProduction, fmt.x),
    );

    // 3. Interactions.
    for (const slowdown of [1, 4]) {
      log(`interactions, ${slowdown === 1 ? 'unthrottled' : '4x CPU'}`);
      const interactionRuns = await interleave(runs, {
        wizard: (run) => interactionRun(browser, production.url, productionState, slowdown, run),
        floor: (run) => floorKeystrokeRun(browser, `${floor.url}/`, slowdown, run),
      });
      const interaction = summarizeInteractions(interactionRuns.wizard);
      const floorKeys = summarize(interactionRuns.floor.flat());
      const tag = slowdown === 1 ? 'unthrottled' : '4x CPU';
      const sectionName = `Interaction (production build), ${tag}`;
      const keysText = (keys: typeof floorKeys) => ({ value: `${keys.p95.toFixed(1)} ms`, detail: `median ${keys.median.toFixed(1)} ms, max ${keys.max.toFixed(1)} ms, ${keys.n} keys` });
      rows.push(
        { section: sectionName, metric: 'floor: keystroke to paint in a bare React field, p95', ...keysText(floorKeys) },
        { section: sectionName, metric: 'keystroke to paint, p95', ...keysText(interaction.keystroke) },
        { section: sectionName, metric: 'Next: Settings to Policies', value: sampleText(interaction.next) },
        { section: sectionName, metric: 'open Edit Application Profile', value: sampleText(interaction.openEditor) },
        { section: sectionName, metric: 'multiplexing off → Preserve Client IP enabled', value: sampleText(interaction.muxToPcip) },
      );
      results[`interaction${slowdown === 1 ? '' : '@4x'}`] = { ...interaction, floorKeystroke: floorKeys };
      if (slowdown === 1) lines.push(atMost('keystroke to paint p95, unthrottled', interaction.keystroke.p95, budgets.keystrokeP95Ms, fmt.ms));
      else
        lines.push(
          atMost('keystroke to paint p95 @4x', interaction.keystroke.p95, budgets.keystrokeP95MsAt4x, fmt.ms),
          atMost('Next (Settings → Policies) @4x', interaction.next.median, budgets.stepChangeMsAt4x, fmt.ms),
          atMost('open Edit Application Profile @4x', interaction.openEditor.median, budgets.stepChangeMsAt4x, fmt.ms),
          atMost('multiplexing off → Preserve Client IP enabled @4x', interaction.muxToPcip.median, budgets.stepChangeMsAt4x, fmt.ms),
        );
    }
    await production.stop();
    await demo.stop();
    await floor.stop();
    await mock.stop();

    // 4. Scale, on the large seed.
    log('starting the mock controller with the large seed');
    const large = await startMockController('large');
    servers.push(large);
    const largeConsole = await startConsoleServer(builds.production, large.url);
    servers.push(largeConsole);
    log('scale measurements (large seed)');
    const scale = await measureScale(browser, largeConsole.url, Math.max(1, Math.min(runs, 3)));
    results.scale = scale;
    const scaleSection = 'Scale (large seed: ~10,000 virtual services, production build, unthrottled)';
    rows.push(
      { section: scaleSection, metric: 'Virtual Services first page (from the navigation)', value: sampleText(scale.firstPage) },
      { section: scaleSection, metric: 'Virtual Services first page (cold load)', value: sampleText(scale.firstPageCold), detail: `${fmt.x(scale.firstPageCold.median / measured['vs.ready']!.median)} the default seed's cold load` },
      { section: scaleSection, metric: 'search: last keystroke → rows', value: sampleText(scale.search) },
      { section: scaleSection, metric: 'sort by name (descending)', value: sampleText(scale.sort) },
      { section: scaleSection, metric: 'pool picker search: last keystroke → options', value: sampleText(scale.poolSearch) },
      { section: scaleSection, metric: 'JS heap after 20 pages', value: `${fmt.kb(scale.heapAfter)} (${fmt.x(scale.heapAfter / scale.heapBefore)} first page)` },
    );
    lines.push(
      atMost('large seed: first page (from the navigation)', scale.firstPage.median, budgets.largeFirstPageMs, fmt.ms),
      atMost('large seed: search result after last keystroke', scale.search.median, budgets.searchAfterLastKeyMs, fmt.ms),
      atMost('large seed: heap growth after 20 pages', scale.heapAfter / scale.heapBefore, budgets.heapGrowthAfter20Pages, fmt.x),
    );
    await largeConsole.stop();

    // 5. The mock controller server under load.
    log(`load test of the mock controller (large seed, ${loadSeconds} s per scenario)`);
    const load = await loadTestMockController(large.url, loadSeconds, scale.sampleName);
    results.mockLoad = load;
    const loadSection = 'Mock controller server (large seed, one process, autocannon 10 connections)';
    for (const [metric, r] of [
      ['list, page_size 25', load.list],
      ['get by name', load.byName],
      ['create + delete pool', load.createDelete],
    ] as const) {
      rows.push({ section: loadSection, metric, value: fmt.rps(r.requestsPerSecond), detail: `p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.non2xx} non-2xx, ${r.errors} errors` });
    }
    lines.push(
      atLeast('mock controller list requests/s', load.list.requestsPerSecond, budgets.mockListRequestsPerSecond, fmt.rps),
      atMost('mock controller list p99', load.list.p99, budgets.mockListP99Ms, fmt.ms),
    );
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.stop()));
  }

  results.budgets = lines;
  const table = printTable(rows, lines);
  process.stdout.write(`${table}\n`);
  await writeFile(path.resolve('bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`done; figures written to bench/results.json`);
}

main().catch(async (error: unknown) => {
  await Promise.all(servers.map((s) => s.stop()));
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
