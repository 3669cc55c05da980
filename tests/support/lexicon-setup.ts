import { join } from 'node:path';
import { useLexicon } from '../../src/features/notes/grammar';
import { readLexicon } from '../../src/schemas/note-words';

useLexicon(readLexicon(join(import.meta.dirname, '..', '..')));
