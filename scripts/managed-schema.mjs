// Writes public/managed_schema.json from the zod schema (src/core/policy/managed-schema.ts).
// `npm test` checks that the committed file is up to date.
import { writeFileSync } from 'node:fs';
import { importTs } from './load-ts.mjs';

const { managedSchema } = await importTs('src/core/policy/managed-schema.ts');
writeFileSync('public/managed_schema.json', `${JSON.stringify(managedSchema(), null, 2)}\n`);
console.log('public/managed_schema.json written');
