export declare function buildPages(): Promise<string[]>;
