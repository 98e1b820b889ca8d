/**
 * Fit Sakshi's abstention model on the dev sets marked "calibrate" in eval/sets.json and write it to
 * src/qa/data/abstention-model.ts. Deterministic: the same code and sets give the same model.
 *
 *   npm run calibrate            fit, print the figures, write the model
 *   npm run calibrate -- --check fit and print, and fail if the model in the repository differs
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { collectExamples, fitAbstentionModels, fitBySet, modelModule, MAX_FALSE_ABSTENTION, MAX_FALSE_ABSTENTION_ACROSS, MIN_UNANSWERABLE_ABSTAINED, type CalibrationExample } from '../src/calibration.js';
import { DEFAULT_MANIFEST, readManifest } from '../src/eval.js';
import { LANGUAGE_PAIRS, SAME_LANGUAGE_PAIRS, type AbstentionModel, type AbstentionModels, type LanguagePair } from '../src/qa/abstain.js';
import { openIndex } from '../src/search/open.js';

const MODEL_FILE = 'src/qa/data/abstention-model.ts';

const pct = (n: number, of: number) => (of === 0 ? '   -  ' : `${((100 * n) / of).toFixed(1).padStart(5)}%`);

function table(models: AbstentionModels, examples: readonly CalibrationExample[]): string {
  const rows = fitBySet(models, examples).map(
    (f) => `${f.set.padEnd(22)} ${String(f.answerable).padStart(4)}  ${String(f.falseAbstentions).padStart(4)} ${pct(f.falseAbstentions, f.answerable)}   ${String(f.unanswerable).padStart(4)}  ${String(f.unanswerableAbstained).padStart(4)} ${pct(f.unanswerableAbstained, f.unanswerable)}`,
  );
  return [`set                    answ. false-abst.      unans. abstained`, ...rows].join('\n');
}

const program = new Command('calibrate')
  .description('fit the abstention model on the calibration dev sets and write it as data')
  .option('--sets <file>', 'the manifest of dev sets', DEFAULT_MANIFEST)
  .option('--check', 'do not write: fail when the fitted model differs from the one in the repository')
  .action(async (opts: { sets: string; check?: boolean }) => {
    const sets = await readManifest(opts.sets);
    const open = async (corpusDir: string) => (await openIndex({ corpusDir })).index;
    const examples = await collectExamples(sets, open);
    const models = fitAbstentionModels(examples);
    const names = [...new Set(examples.map((e) => e.set))];
    const describe = (label: string, m: AbstentionModel, maxFalse: number) =>
      `${label}: ${m.features.map((f, i) => `${f} ${m.weights[i]!.toFixed(3)}`).join(', ')}; bias ${m.bias.toFixed(3)}\n` +
      `  threshold ${m.threshold.toFixed(4)}: at most ${maxFalse * 100}% of its answerable questions abstained\n`;
    process.stdout.write(`fitted on ${examples.length} questions of ${names.join(', ')}\n`);
    const about: Record<LanguagePair, string> = {
      english: 'English questions over English text (the fit shared within a language, its own operating point)',
      indic: 'Hindi or Bengali questions over Hindi or Bengali text (the fit shared within a language, its own operating point)',
      fromEnglish: 'English questions over Hindi or Bengali text',
      intoEnglish: 'Hindi or Bengali questions over English text',
    };
    for (const pair of LANGUAGE_PAIRS) {
      process.stdout.write(describe(`${about[pair]} (${examples.filter((e) => e.pair === pair).length} questions)`, models[pair], SAME_LANGUAGE_PAIRS.includes(pair) ? MAX_FALSE_ABSTENTION : MAX_FALSE_ABSTENTION_ACROSS));
    }
    process.stdout.write(`the aim is at least ${MIN_UNANSWERABLE_ABSTAINED * 100}% of unanswerable questions abstained\n\n`);
    process.stdout.write(`${table(models, examples)}\n\n`);
    // how the fit carries to questions it has not seen: fitted without one language's XQuAD questions (over either corpus), scored on them
    for (const [fitOn, scoreOn] of [['hi', 'en'], ['en', 'hi']] as const) {
      const held = (e: CalibrationExample) => e.set.startsWith(`${scoreOn}-`);
      const other = fitAbstentionModels(examples.filter((e) => !held(e)));
      process.stdout.write(`fitted without the ${scoreOn} XQuAD sets (on ${fitOn} and the incident sets), scored on them:\n${table(other, examples.filter(held))}\n\n`);
    }
    const text = modelModule(models, `fitted on ${names.join(', ')} (${examples.length} questions)`);
    if (opts.check) {
      const current = await readFile(MODEL_FILE, 'utf8');
      if (current !== text) {
        process.stderr.write(`${MODEL_FILE} is not what the current code and dev sets fit: run npm run calibrate\n`);
        process.exitCode = 1;
      }
      return;
    }
    // written whole or not at all: the bot and this script import the file, so a half-written one would stop both
    await writeFile(`${MODEL_FILE}.tmp`, text);
    await rename(`${MODEL_FILE}.tmp`, MODEL_FILE);
    process.stdout.write(`wrote ${MODEL_FILE}\n`);
  });

await program.parseAsync();
