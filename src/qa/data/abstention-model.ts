// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.678973763846, -0.484201264604, 0.603609321768, 0.848830329032, 0.970644117846, 0.896605513479, 0.506271565457, 1.78908108475, 0.597703526774, 0.337469161455],
  scales: [0.251175911261, 0.487231239075, 0.271452328298, 0.246312259674, 0.143623459652, 0.225582088132, 0.281694865457, 0.373070577693, 0.281288223199, 0.191621371445],
  weights: [0.694092093249, 1.19068790933, 0.445414800625, 1.11641772679, 0.34022655649, 0.862157015494, 0.644022759087, 0.277833531951, 1.24578958087, -0.126231193514],
  bias: 4.61867430052,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.617426418319,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.497288633924,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.813612295743, 0.914088596755, 0.896862341993, 0.464755325414, 1.72182971495],
    scales: [0.530563787679, 0.243146975573, 0.224540771729, 0.288881666243, 0.365317355474],
    weights: [2.37571067516, 0.341558803952, 0.917145235861, 0.37248389893, 0.540931104555],
    bias: 2.54722349669,
    threshold: 0.669022418168,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.380857138678, -1.06615427329, 0.329979150513, 0.992264064553, 0.371391803394, 0.890804777636, 0.370277679385, 1.87472139195, 0.432256369845],
    scales: [0.16423562798, 0.466486712714, 0.166008761507, 0.084472579696, 0.362363590784, 0.218286010328, 0.264639457352, 0.329422707061, 0.230421924354],
    weights: [0.0286579294369, 0.510061335272, 1.25946724595, 0.766282128962, 0.337092202904, 0.403623973122, 0.164679318677, 0.238542697183, -0.472574172589],
    bias: 2.4197490653,
    threshold: 0.612679001833,
  },
};
