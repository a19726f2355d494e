// Fails when what the extension injects into every page grows past its budget (15 KiB gzip; docs/budgets.md),
// or when anything but the dialog module, loaded on demand on the three hosts, becomes web-accessible.
import { injectedSize } from '../bench/size.mjs';
import { importTs } from './load-ts.mjs';

const { PAUSE_UI_FILE } = await importTs('src/core/extension-ids.ts');

const BUDGET = 15 * 1024;
const size = injectedSize();
const onDemandOnly = size.onDemandFiles.length === 1 && size.onDemandFiles[0] === PAUSE_UI_FILE;
console.log(`injected into every page: ${size.files.join(', ')}: ${size.gzipBytes} B gzip (budget ${BUDGET} B); loaded when the user writes: ${size.onDemandFiles.join(', ')}: ${size.onDemandGzipBytes} B gzip`);
if (size.gzipBytes > BUDGET || !onDemandOnly) process.exit(1);
