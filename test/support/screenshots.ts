import path from 'node:path';
import { repoRoot } from './run-cli.js';

/**
 * Where browser tests put their screenshots: `reports/screenshots` (git-ignored, and kept by CI as an
 * artifact with the other reports), or CITECHECK_SCREENSHOT_DIR. Never a tracked folder.
 */
export const SCREENSHOT_DIR = process.env.CITECHECK_SCREENSHOT_DIR
  ? path.resolve(process.env.CITECHECK_SCREENSHOT_DIR)
  : path.join(repoRoot, 'reports', 'screenshots');
