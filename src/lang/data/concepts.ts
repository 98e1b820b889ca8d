/**
 * Lexicon concepts grouped by what they name, for the readers that need a kind of word rather than a
 * word: the days a "when" can name, the parts of a day, the events a question can be about. The ids
 * are those of lexicon-data.ts; every language reaches them through its own forms there.
 */

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
/** Days named from today: आज, গতকাল, yesterday. */
export const RELATIVE_DAYS = ['today', 'yesterday'] as const;
/** Parts of the day: a moment less exact than a day or a clock time, and what tells 10 at night from 10 in the morning. */
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'] as const;
/** Events a "when" or "who is investigating" question can be about. */
export const EVENTS = ['cyberattack', 'attack', 'hack', 'leak', 'fire', 'flood', 'earthquake', 'accident', 'explosion', 'protest', 'arrest', 'storm', 'fraud', 'collapse', 'landslide', 'capsize', 'stampede', 'derail'] as const;
/** The kinds of place the lexicon names (@kolkata>city): a name of one before an institution's noun names that institution. */
export const PLACE_KINDS = ['country', 'state', 'city'] as const;
/** Institutions a place gives its name to: the place's name and the noun make one name (কলকাতা পুলিশ, राजस्थान सरकार, Kolkata Police). */
export const INSTITUTIONS = ['police', 'army', 'government', 'court', 'ministry', 'agency'] as const;
/** The units a duration is written in: what "how long", कितना समय and কতক্ষণ count without naming one. */
export const DURATION = ['year', 'month', 'week', 'date', 'hour', 'minute'] as const;
/**
 * What happens to people that news counts: a query with no question word that ends in one in the plural
 * in a language that marks it (dengue deaths, arrests?) asks how many.
 */
export const TALLIED = ['death', 'injured', 'arrest', 'casualty', 'missing', 'case'] as const;
/** Of those, what happens to a person, each one counted: the dead, the injured, the arrested (a case is no person). */
export const DONE_TO_PEOPLE = ['death', 'injured', 'arrest', 'casualty', 'missing'] as const;
/** Measures a number gives (the magnitude of an earthquake, the speed of a wind): what is their value asks a number. */
export const MEASURES = ['magnitude', 'speed', 'depth', 'temperature', 'height'] as const;
/**
 * Offices the lexicon names, with their kinds (a magistrate is an official): the words after one are its
 * holder's name (রেল সুরক্ষা কমিশনার সুব্রত নন্দীর, जिलाधिकारी अंकिता रावत ने).
 */
/** What a sum may be paid in, when the source says so (in cryptocurrency, in cash): concepts a reading names in each language. */
export const TENDERS = ['cryptocurrency', 'cash'] as const;
export type Tender = (typeof TENDERS)[number];
export const OFFICES = ['official', 'minister', 'prime-minister', 'chief-minister', 'director', 'commissioner', 'chairman', 'secretary'] as const;
/** Kinds of body a name in Hindi or Bengali may end in before its case (लाजरस ग्रुप ने, ट्रोइका डिज़ाइन समूह को): part of the name. */
export const ORGANISATIONS = ['group', 'gang', 'company', 'team', 'agency', 'committee', 'institute', 'police', 'army', 'government'] as const;
/** A person: what "how many people", कितने लोग and কত জন count, and a word after a number that counts people is (data personCounters). */
export const PERSON = 'person';
/** Money: what a currency sign not listed in CURRENCY_SIGNS names. */
export const MONEY = 'money';
/** Currency signs written before an amount ($2 million, ₹50 lakh), and the lexicon concept each names; any other sign (\p{Sc}: €, £, ৳) names MONEY. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = { '₹': 'rupee', '$': 'dollar' };
/** A share: what the sign % after a number (40%, ৪০%) names, as the words percent, प्रतिशत and শতাংশ do. */
export const PERCENT = 'percent';

/**
 * How wide a place is, as a count's scope: a city or district is narrower than a state, a state than the country.
 * A noun of count in a wider place than the one a question names counts more than the question asks ("In Bihar,
 * 20 …, while the nationwide death toll rose to 150").
 */
export const PLACE_SCOPES: Readonly<Record<string, number>> = { city: 1, district: 1, village: 1, state: 2, country: 3, national: 3, world: 4 };
