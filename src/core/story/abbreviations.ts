/** Abbreviations (lower case, without the final period) after which a sentence never ends, even before a capital: "Mr. Petrov", "e.g. Moscow". */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms mx dr st prof mt rev hon gen col capt lt sgt cmdr adm gov sen rep pres messrs ' +
    'mme mlle fr e.g i.e cf vs viz approx ca ' +
    // Russian: professor, street, named-after, saint, comrade.
    'проф ул им св тов'
  ).split(' '),
);

/** Abbreviations (lower case, without the final period) that do not end a sentence when a number follows: "No. 5", "p. 12". */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'no nos nr vol vols ch chap fig figs p pp art sec op ex eq ref ст стр с гл рис т'.split(' '),
);
