// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'rarest', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679319298817, -0.483355704799, 0.603775885165, 0.65079526496, 0.84872713979, 0.970859844794, 0.895441427638, 0.505625302279, 1.78898468578, 0.597829600722, 0.336861257235],
  scales: [0.250971133411, 0.486335602822, 0.271391076189, 0.437100372139, 0.246514500413, 0.142969438102, 0.227527953815, 0.280873875175, 0.372826687116, 0.280307225502, 0.191276757017],
  weights: [0.707204145024, 1.19425124798, 0.324802170027, 0.0125442849021, 1.1145443796, 0.326533895816, 0.881918712663, 0.695231354134, 0.311459098243, 1.42946085824, -0.0880964678385],
  bias: 4.70392376687,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.624078891065,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.494630510968,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.813216174594, 0.914078549545, 0.899255796207, 0.463324903874, 1.72182971495],
    scales: [0.530877292251, 0.243158979138, 0.220573279435, 0.290575870098, 0.365317355474],
    weights: [2.3670977242, 0.372733146809, 0.965896039598, 0.409965452538, 0.539383976382],
    bias: 2.55871544756,
    threshold: 0.66202779587,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.380630578332, -1.06656965717, 0.330264452001, 0.992264064553, 0.374377364516, 0.890033172698, 0.367984314959, 1.87451486634, 0.43633963751],
    scales: [0.16414665419, 0.465879111646, 0.166536969791, 0.084472579696, 0.362482499026, 0.219503613362, 0.265621546233, 0.328852094286, 0.231437472271],
    weights: [0.0214863222329, 0.568175899137, 1.19371790195, 0.768438260325, 0.302359646693, 0.438919518174, 0.16677296608, 0.228048771918, -0.448556390339],
    bias: 2.39007103363,
    threshold: 0.619925017062,
  },
};
