import { writeFile } from 'node:fs/promises';
import path from 'node:path';

const SENTENCES = [
  'The municipal servers were restored after the outage on Monday.',
  'पुलिस ने बताया कि जांच अभी जारी है और कई लोगों से पूछताछ की गई है।',
  'হাসপাতালের পরিষেবা স্বাভাবিক করতে কর্মীরা রাতভর কাজ করেছেন।',
  'Officials said that 12 computers were checked for malware.',
  'सरकार ने कहा कि डेटा सुरक्षित है और किसी फिरौती की मांग नहीं की गई।',
  'তদন্তকারীরা জানিয়েছেন, হামলার উৎস এখনও স্পষ্ট নয়।',
];

/** Write `n` articles of `sentences` sentences each into a folder: a corpus that takes a while to analyze. */
export async function writeSyntheticCorpus(dir: string, n: number, sentences = 40): Promise<void> {
  for (let i = 0; i < n; i++) {
    const body = Array.from({ length: sentences }, (_v, k) => SENTENCES[(i + k) % SENTENCES.length]!.replace(/12/, String(i + k))).join('\n');
    await writeFile(path.join(dir, `synthetic-${String(i).padStart(4, '0')}.md`), `---\ntitle: Synthetic report ${i}\nlanguage: en\n---\n${body}\n`);
  }
}
