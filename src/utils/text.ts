/** Replaces {name} placeholders in a UI string; an unknown placeholder is an error, not a blank. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`missing value for {${name}} in "${template}"`);
    return String(value);
  });
}
