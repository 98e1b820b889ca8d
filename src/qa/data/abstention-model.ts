// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.681112837556, -0.48070856195, 0.605749347412, 0.849870843503, 0.971391123706, 0.902284512038, 0.505043814074, 1.78532475174, 0.601576919176, 0.336464760179],
  scales: [0.251362420782, 0.486478409129, 0.271549311771, 0.246544159372, 0.141714363292, 0.218128150461, 0.280071148267, 0.372788694322, 0.281247513387, 0.192434269125],
  weights: [0.769241161161, 1.22351032155, 0.367541704763, 1.059701405, 0.305337593105, 0.901608301322, 0.614558859797, 0.294865423278, 1.39084798137, -0.139761902341],
  bias: 4.7280556798,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.636530531022,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.507790333779,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.79055675794, 0.915791233051, 0.902268650449, 0.468195388661, 1.71595300857],
    scales: [0.528064189474, 0.241462630177, 0.216266275163, 0.285381202768, 0.366922872571],
    weights: [2.43657857478, 0.386141364825, 0.975514731902, 0.331273985086, 0.686267701556],
    bias: 2.51285777641,
    threshold: 0.656222212624,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.389611024238, -1.04062941049, 0.33832131755, 0.992264064553, 0.378823779135, 0.894173501243, 0.372233268277, 1.87166189359, 0.431794366653],
    scales: [0.164712702044, 0.461286802488, 0.168153165217, 0.084472579696, 0.365852771872, 0.215120681475, 0.264327814099, 0.329624388791, 0.232045920614],
    weights: [0.136290898329, 0.559064809014, 1.05871328891, 0.717398760512, 0.298824060716, 0.454291134534, 0.13504104971, 0.220355729709, -0.457691163406],
    bias: 2.36358018807,
    threshold: 0.621769249194,
  },
};
