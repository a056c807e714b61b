/** The graph page's script (page/main.ts with sigma and graphology), minified; written by scripts/graph-page-bundle.ts. */
export declare const PAGE_SCRIPT: string;
