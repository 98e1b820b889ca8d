// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
    means: [0.5202268501, -0.813395581341, 0.457763370248, 0.82848325078, 0.124977234693, 0.915462405568, 0.835609318204, 0.388085462786, 1.80811226386, 0.460722879405],
    scales: [0.274980164755, 0.589327188466, 0.284756587262, 0.23050441114, 0.173615388108, 0.24432873432, 0.314138656005, 0.287407425535, 0.367739944817, 0.29287859878],
    weights: [0.969199933598, 1.52942102275, 0.0548095924337, 0.79983738396, -0.0407526765458, 0.506956469171, 0.71137237957, 0.610155902855, 0.666816899282, 1.93814455786],
    bias: 0.301204877747,
    threshold: 0.220518713002,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-1.0999136011, 0.796864571661, 0.835516738331, 0.384483878132, 1.77023578732],
    scales: [0.59491800417, 0.356207771194, 0.305139691464, 0.285105451496, 0.3390183171],
    weights: [2.37060094259, 0.203212612995, 0.789978046943, 0.341263185932, 0.461643998708],
    bias: -0.0534431327736,
    threshold: 0.283082527339,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.31502346529, 0.260733771508, 0.758391837592, 0.543109354544, 0.981888000322, 0.329468938586, 0.835111939545, 0.302622782729, 1.89650528499],
    scales: [0.501948704568, 0.151171693329, 0.223220509891, 0.230644355584, 0.130561821326, 0.352385344616, 0.302928018405, 0.249730372997, 0.327141526975],
    weights: [0.483776186657, 0.878245909213, 0.0928158901901, 0.245639088284, 0.639798182799, 0.355368060959, 0.352443549848, 0.448019358672, 0.367554867739],
    bias: 0.128996328427,
    threshold: 0.254094086322,
  },
};
