// The part of citation-js's API that lib/citations/render.ts uses (the packages ship no types).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: object[]);
    format(format: 'bibliography', options: { template: string; format: 'text' | 'html'; lang?: string }): string;
  }
  export const plugins: {
    config: { get(name: '@csl'): { templates: { add(name: string, xml: string): void; has(name: string): boolean } } };
  };
}
declare module '@citation-js/plugin-csl';
