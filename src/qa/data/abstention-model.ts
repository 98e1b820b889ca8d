// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679730280046, -0.48639636458, 0.602085831882, 0.849223638767, 0.971129549363, 0.0190770187866, 0.889896589729, 0.511585586182, 1.78520336662, 0.597769657211, 0.335600382861],
  scales: [0.254268366796, 0.497506894607, 0.273400829376, 0.247590709906, 0.142876884117, 0.136795782613, 0.245897902038, 0.282553033697, 0.372639649076, 0.283065781735, 0.192340514116],
  weights: [0.829491302118, 1.28981647755, 0.60743810995, 0.928493243862, 0.303282688457, -0.730738599855, 0.670818859541, 0.528061800391, 0.22947599085, 1.09123200069, -0.172658970922],
  bias: 4.66566781732,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.685386180132,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.484914170839,
  },
  fromEnglish: {
    features: ['coverage', 'coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [0.511909395864, -0.792355135849, 0.914144884534, 0.0235852600208, 0.899649163717, 0.474841562752, 1.71595300857, 0.590327511614],
    scales: [0.230465224847, 0.530486633445, 0.243922737079, 0.151753074205, 0.222768968798, 0.283905255291, 0.366922872571, 0.241006309033],
    weights: [0.00100142165947, 2.33704172592, 0.303528968277, -0.983166808078, 0.68294398603, 0.308808966718, 0.43544649073, -0.38557214684],
    bias: 2.61113764899,
    threshold: 0.669395269219,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.389866798263, -1.04131817566, 0.237387863264, 0.992264018434, 0.381338005491, 0.0138792911843, 0.889939549615, 0.382116338182, 1.87139584098, 0.551335155844, 0.421812602291],
    scales: [0.16526228132, 0.465270535037, 0.344448187369, 0.084472951014, 0.368506496373, 0.116989984445, 0.227618405602, 0.267408358483, 0.329322276172, 0.242775041438, 0.232526285567],
    weights: [0.660226356652, 0.297187294381, 0.162474868176, 0.639210787137, 0.350380234528, -0.411965432475, 0.392934089302, 0.0817781767411, -0.337737486191, -0.897173106966, -0.472409022327],
    bias: 2.37005652778,
    threshold: 0.678838676155,
  },
};
