// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.680164847159, -0.48208991377, 0.604776868535, 0.849313935487, 0.971391123706, 0.900372598936, 0.504555802925, 1.78532475174, 0.600292354124, 0.336638881586],
  scales: [0.251174313132, 0.486282058138, 0.271415340529, 0.24651881311, 0.141714363292, 0.21941005988, 0.279701098031, 0.372788694322, 0.280964454318, 0.192100784615],
  weights: [0.764756999352, 1.23537111377, 0.345153740207, 1.05529913718, 0.310921510852, 0.901852931984, 0.630968249827, 0.308582556943, 1.40099378345, -0.135383958079],
  bias: 4.72250626084,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638263311167,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.508964433079,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.792060471806, 0.916388222199, 0.901076889015, 0.468234314172, 1.71595300857],
    scales: [0.528009355432, 0.24092639754, 0.216825831359, 0.285107817503, 0.366922872571],
    weights: [2.41818120228, 0.404907536847, 0.953236995677, 0.325649660507, 0.688376499884],
    bias: 2.49862743622,
    threshold: 0.659630114623,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.388947336271, -1.04274029626, 0.337918178941, 0.992264064553, 0.380345991915, 0.8923553929, 0.371981816676, 1.87166189359, 0.432718373038],
    scales: [0.164708306191, 0.462349768599, 0.168053761688, 0.084472579696, 0.365411780263, 0.215907474018, 0.264346522835, 0.329624388791, 0.232659859637],
    weights: [0.143374766128, 0.536844227716, 1.06339086368, 0.727046085074, 0.310682089171, 0.456118293326, 0.156983551981, 0.226233366039, -0.435051506952],
    bias: 2.35934443751,
    threshold: 0.626064281155,
  },
};
