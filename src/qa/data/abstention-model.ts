// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679336203375, -0.483440794038, 0.604070018938, 0.848993750071, 0.971436988717, 0.900643204444, 0.503549932905, 1.78669911455, 0.598506444471, 0.336581201811],
  scales: [0.251123929625, 0.486561940628, 0.271265306604, 0.246621628708, 0.141561710719, 0.217975000821, 0.279278359643, 0.373036262772, 0.281152167015, 0.191750670616],
  weights: [0.7397218794, 1.23606093575, 0.375879508084, 1.07238889793, 0.313301055922, 0.909519820586, 0.65075869711, 0.327708711498, 1.37768598699, -0.125039798867],
  bias: 4.71971851946,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.634530406213,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.509153592229,
  },
  fromEnglish: {
    features: ['coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.806958951974, 0.422466194541, 0.583330095054, 0.915271839358, 0.888081731048, 0.4592710858, 1.71933219761],
    scales: [0.523785144655, 0.233845348451, 0.303201471727, 0.241398585914, 0.239535708678, 0.285919310101, 0.365170175858],
    weights: [2.24865451135, 0.233809485544, 0.028728889721, 0.350480952579, 0.858471123765, 0.296726767985, 0.637920644159],
    bias: 2.52344912727,
    threshold: 0.665061131194,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.05278730799, 0.335392586167, 0.992264064553, 0.380153733184, 0.891039517286, 0.370481795173, 1.87304286651, 0.436044028207],
    scales: [0.464203786466, 0.168541725164, 0.084472579696, 0.364549747831, 0.218128733895, 0.263145806837, 0.328979086281, 0.231394731253],
    weights: [0.59574933671, 1.16594722559, 0.750096586475, 0.330882858144, 0.41301274128, 0.181690206625, 0.250792458103, -0.38481432654],
    bias: 2.3551723816,
    threshold: 0.625418432813,
  },
};
