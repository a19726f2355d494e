export declare function applyDrift(variant: 'x-ids' | 'x-noids' | 'li-classes' | 'li-noclasses' | 'sdui-nokeys' | 'li-wrap' | 'li-move'): void;
