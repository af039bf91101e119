// Server actions and files discovered from the source tree, so tests cover new ones automatically.
import fs from 'node:fs';
import path from 'node:path';
import type { Role } from '../generated/prisma/enums';

export const ROOT = path.resolve(__dirname, '..', '..');

export function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : walk(full);
    return [full];
  });
}

/** Starts with the 'use server' directive (comments before it are allowed). */
export const isServerModule = (source: string) => /^['"]use server['"]/.test(source.replace(/^(\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, ''));

/** 'form': (previousState, formData), rendered into forms; 'object': plain arguments, called from client code. */
export type DiscoveredAction = { name: string; file: string; definition: string | null; needs: Role | 'SIGNED_IN' | 'UNKNOWN'; takes: 'form' | 'object' };

type Definition = { needs: Role | 'SIGNED_IN'; takes: 'form' | 'object' };

/** The action definitions of lib/server/actions (`formAction('ADMIN', …)`, `objectAction(…)`, or a local helper made from one). */
function discoverDefinitions(): Map<string, Definition> {
  const found = new Map<string, Definition>();
  for (const file of walk(path.join(ROOT, 'lib/server/actions')).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f))) {
    const source = fs.readFileSync(file, 'utf8');
    const helpers = new Map(
      [...source.matchAll(/const\s+(\w+)\s*=[^;]*?\b(formAction|objectAction)\(\s*['"](\w+)['"]/g)].map((m) => [m[1]!, { needs: m[3]! as Definition['needs'], takes: m[2] === 'formAction' ? 'form' : 'object' } as Definition]),
    );
    for (const m of source.matchAll(/export\s+const\s+(\w+)\s*=\s*(\w+)\(\s*(?:['"](\w+)['"])?/g)) {
      const [, name, callee, access] = m;
      if ((callee === 'formAction' || callee === 'objectAction') && access) found.set(name!, { needs: access as Definition['needs'], takes: callee === 'formAction' ? 'form' : 'object' });
      else if (helpers.has(callee!)) found.set(name!, helpers.get(callee!)!);
    }
  }
  return found;
}

/** Every export of every 'use server' module under lib/actions, with the definition it binds and the role that demands. */
export function discoverActions(): DiscoveredAction[] {
  const definitions = discoverDefinitions();
  return walk(path.join(ROOT, 'lib/actions'))
    .filter((f) => /\.(ts|tsx|js)$/.test(f))
    .flatMap((file) => {
      const source = fs.readFileSync(file, 'utf8');
      if (!isServerModule(source)) return [];
      return [...source.matchAll(/export\s+(?:async\s+)?(?:function\s*\*?|const|let|var)\s+(\w+)(\s*=\s*inRequest\(\s*(\w+)\s*\))?/g)].map((m) => {
        const definition = m[3] ?? null;
        const found = definition ? definitions.get(definition) : undefined;
        return { name: m[1]!, file: path.relative(ROOT, file), definition, needs: found?.needs ?? 'UNKNOWN', takes: found?.takes ?? 'object' } satisfies DiscoveredAction;
      });
    });
}
