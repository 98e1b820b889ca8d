// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679980811576, -0.486092997214, 0.602360689001, 0.849361678158, 0.969602505962, 0.0199452087033, 0.889028317367, 0.512982336594, 1.7847496801, 0.597783670326, 0.335657045196],
  scales: [0.25428285359, 0.497848557374, 0.27325549897, 0.247477043277, 0.147776894697, 0.139812007185, 0.247541108023, 0.283252420416, 0.373039117276, 0.283164889387, 0.192569855521],
  weights: [0.829024088461, 1.28309778014, 0.618287684579, 0.919293239008, 0.255080762626, -0.770138879892, 0.662318860814, 0.532563753426, 0.21889288675, 1.12689069914, -0.17538672816],
  bias: 4.69143908239,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.689663451948,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.470087824967,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [-0.79357637056, 0.91026830079, 0.025132325989, 0.897326593733, 0.47754010558, 1.71517562324, 0.590507557912],
    scales: [0.532259050448, 0.250310299998, 0.156526969495, 0.228054422482, 0.285289405977, 0.367470922393, 0.241206431942],
    weights: [2.25863556332, 0.27133932453, -0.905801192493, 0.671808143553, 0.380385364865, 0.366571132892, -0.393784012848],
    bias: 2.60842232921,
    threshold: 0.668385853541,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.389556442605, -1.04263363351, 0.237707347826, 0.992264018434, 0.379588330473, 0.0144965751349, 0.887810879756, 0.381401264983, 1.87139584098, 0.55106455893, 0.420394768746],
    scales: [0.165383624057, 0.466836622904, 0.344586128191, 0.084472951014, 0.369013571626, 0.119525831703, 0.230867108227, 0.268056279218, 0.329322276172, 0.242672732355, 0.231951175825],
    weights: [0.821268581473, 0.147492097222, 0.128460490132, 0.647040110409, 0.319009597986, -0.419584128412, 0.412688264544, 0.0780618450884, -0.363361454045, -0.924849378651, -0.47620389128],
    bias: 2.37161890055,
    threshold: 0.685183243593,
  },
};
