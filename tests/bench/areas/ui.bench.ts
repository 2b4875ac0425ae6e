// The dashboard measured in Chromium (Debian's /usr/bin/chromium, headless) against the real core
// behind `cpms serve` with 50 simulated accounts:
//   ui.first_render_50_ms      data ready → first commit with rows (performance marks in the page)
//   ui.push_update_50_script_ms script time of one push of all 50 statuses (CDP ScriptDuration)
//   ui.heap_growth_30min_mb    JS heap growth over 1,800 updates, one "second" apart (compressed time;
//                              `npm run bench -- --only ui --ui-real-time` runs the literal 30 minutes)
import type { BenchArea } from '../harness';
import { launchChromium } from '../../e2e/ui/chromium';
import { startFleet } from '../ui/fleet';
import { measureFirstRender } from '../ui/first-render';
import { measureHeapGrowth } from '../ui/heap-growth';
import { measurePushScript } from '../ui/push-script';

const area: BenchArea = {
  area: 'ui',
  async run(log) {
    log('  starting simulator, core and server with 50 accounts (20 min of history)…');
    const fleet = await startFleet(50);
    const browser = await launchChromium();
    try {
      const firstRender = await measureFirstRender(browser, fleet);
      log(`  ${firstRender.name}: ${firstRender.value.toFixed(1)} ms`);
      const push = await measurePushScript(browser, fleet);
      log(`  ${push.name}: ${push.value.toFixed(2)} ms`);
      const heap = await measureHeapGrowth(browser, fleet, log, process.argv.includes('--ui-real-time'));
      return [firstRender, push, heap];
    } finally {
      await browser.close();
      await fleet.close();
    }
  },
};

export default area;
