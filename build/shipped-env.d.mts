// Types of shipped-env.mjs for the TypeScript that imports it (the bench, build/'s tests).
export declare const SHIPPED_MALLOC_ARENA_MAX: string;
export declare const SHIPPED_MALLOC_MMAP_THRESHOLD: string;
export declare const SHIPPED_ENV: {MALLOC_ARENA_MAX: string; MALLOC_MMAP_THRESHOLD_: string};
