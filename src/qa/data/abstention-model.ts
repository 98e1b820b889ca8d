// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679336203375, -0.483440794038, 0.604070018938, 0.848993750071, 0.971436988717, 0.900643204444, 0.503549974368, 1.78669911455, 0.598506444471, 0.336581201811],
  scales: [0.251123929625, 0.486561940628, 0.271265306604, 0.246621628708, 0.141561710719, 0.217975000821, 0.279278326012, 0.373036262772, 0.281152167015, 0.191750670616],
  weights: [0.739721872505, 1.23606113786, 0.375879759163, 1.07238856416, 0.313300968014, 0.909519873985, 0.650758489698, 0.327708888626, 1.3776863473, -0.125039731432],
  bias: 4.71971889444,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.634530499401,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.509153545977,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.805507463774, 0.915271839358, 0.900810597505, 0.463506130984, 1.71933219761],
    scales: [0.526929438472, 0.241398585914, 0.217567577164, 0.285783871153, 0.365170175858],
    weights: [2.39019216352, 0.371416202388, 0.939753201287, 0.33603351372, 0.67087286034],
    bias: 2.49106833279,
    threshold: 0.659566593846,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.05278730799, 0.335392586167, 0.992264064553, 0.380153733184, 0.891039517286, 0.370482232596, 1.87304286651, 0.436044028207],
    scales: [0.464203786466, 0.168541725164, 0.084472579696, 0.364549747831, 0.218128733895, 0.26314552071, 0.328979086281, 0.231394731253],
    weights: [0.595749269548, 1.16594423654, 0.750097957293, 0.330882913138, 0.413012684219, 0.181697048261, 0.250791446801, -0.384812689517],
    bias: 2.35517320113,
    threshold: 0.625419728042,
  },
};
