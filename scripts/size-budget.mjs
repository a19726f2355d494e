// Fails when what the extension injects into every page grows past its budget (issue: at most 15 KiB gzip),
// or when any resource becomes web-accessible to pages.
import { injectedSize } from '../bench/size.mjs';

const BUDGET = 15 * 1024;
const size = injectedSize();
console.log(`injected: ${size.files.join(', ')}: ${size.gzipBytes} B gzip (budget ${BUDGET} B), web-accessible resources: ${size.webAccessibleResources}`);
if (size.gzipBytes > BUDGET || size.webAccessibleResources > 0) process.exit(1);
