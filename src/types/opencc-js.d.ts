/** opencc-js ships its dictionaries as plain modules without type declarations. */
declare module 'opencc-js/dict/*' {
  /** A dictionary in opencc-js's "from to|from to" string form. */
  const dict: string;
  export default dict;
}
