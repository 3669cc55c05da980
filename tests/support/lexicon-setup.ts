import { join } from 'node:path';
import { useLexicon } from '../../src/features/notes/grammar';
import { readLexicon } from '../../src/features/notes/note-words-schema';

useLexicon(readLexicon(join(import.meta.dirname, '..', '..')));
