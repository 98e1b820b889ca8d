import type { Command } from '../src/bot/command.js';
import ask from './ask.js';
import corpus from './corpus.js';
import gaps from './gaps.js';
import help from './help.js';
import reindex from './reindex.js';
import sources from './sources.js';

/** Every slash command Sakshi registers and serves. */
export const COMMANDS: readonly Command[] = [ask, sources, reindex, help, corpus, gaps];
