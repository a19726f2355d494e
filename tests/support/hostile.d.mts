export declare function random(seed: number): () => number;
export declare const HOSTILE_PIECES: string[];
export declare function hostilePhrase(rnd: () => number, n: number): string;
