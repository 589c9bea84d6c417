/**
 * The copyright group of a language whose notice is a fixed phrase (`rights`, an alternation such as
 * `(все права защищены|...)`) and whose wire agencies are `agency`. A notice counts as the line itself
 * or beside a year (the "©" is dropped from the normal form, so the year is the anchor): "Все права
 * защищены законом, напомнил судья" is prose and stays. `line` is the notice as a line of its own,
 * where a language lets a word open it ("Haberin tüm hakları saklıdır").
 */
export function copyrightPatterns(rights: string, agency: string, line = `^${rights}$`): string[] {
  return [
    line,
    `^[c|copyright] # * * ${rights}`,
    `^${rights} [c|copyright] #`,
    '^copyright$',
    '^copyright (c|by|#)',
    'copyright [c] #',
    `^# ${agency}$`,
    `^(c|copyright) ${agency}`,
  ];
}
