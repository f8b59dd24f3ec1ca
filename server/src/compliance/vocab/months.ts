/** The month names, in full and lower case, as a regex alternation. */
export const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
