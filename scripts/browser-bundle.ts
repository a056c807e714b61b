/** src/browser.ts bundled as tsup bundles dist/browser.js (tsup.config.ts): one ESM file, every dependency inside. */
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { bundledDependencies } from './bundled-dependencies.js';
import { grammarJson } from './grammar-json.js';

export async function bundleBrowser(): Promise<{ code: Uint8Array; text: string; metafile: Metafile }> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('../src/browser.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['worker'],
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [grammarJson, bundledDependencies('portable')],
  });
  const file = out.outputFiles[0]!;
  return { code: file.contents, text: file.text, metafile: out.metafile };
}
