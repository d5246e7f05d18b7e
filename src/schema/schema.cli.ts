/** `npm run schema`: writes schema/schema.graphql from the type-graphql classes (committed; tested for drift). */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/config';
import { printAppSchema } from '../build-schema';

const target = path.join(projectRoot(), 'schema', 'schema.graphql');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, printAppSchema());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
