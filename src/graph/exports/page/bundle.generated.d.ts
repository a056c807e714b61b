/** The graph page's script (page/graph-page.ts with sigma and graphology), minified; written by scripts/graph-page-bundle.ts. */
export declare const PAGE_SCRIPT: string;
