// What the knowledge base holds, read from its data files, so tests follow the content: how many
// dimensions the matrix has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const content = join(__dirname, '..', '..', '..', 'src', 'content');

/** The number of dimensions (rows of the matrix): the `[[dimension]]` tables of dimensions.toml. */
export const DIMENSION_COUNT = (readFileSync(join(content, 'dimensions.toml'), 'utf8').match(/^\[\[dimension\]\]$/gm) ?? []).length;
