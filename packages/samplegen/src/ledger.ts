/** Read-only views over the atoms of a Spec: filters, sums and groupings by subject code. */
import { isPersonnel } from './catalog/subjects.ts';
import type { Atom, Cents, ThreePublic } from './spec.ts';

export class Ledger {
  constructor(readonly atoms: readonly Atom[]) {}

  where(keep: (atom: Atom) => boolean): Ledger {
    return new Ledger(this.atoms.filter(keep));
  }

  sum(): Cents {
    let total = 0;
    for (const atom of this.atoms) total += atom.cents;
    return total;
  }

  get isEmpty(): boolean {
    return this.atoms.length === 0;
  }

  basic(): Ledger { return this.where((a) => a.nature === 'basic'); }
  project(): Ledger { return this.where((a) => a.nature === 'project'); }
  general(): Ledger { return this.where((a) => a.fund === 'general'); }
  unitFunds(): Ledger { return this.where((a) => a.fund === 'unit'); }
  personnel(): Ledger { return this.where((a) => a.nature === 'basic' && isPersonnel(a.econ)); }
  publicFunds(): Ledger { return this.where((a) => a.nature === 'basic' && !isPersonnel(a.econ)); }
  unit(code: string): Ledger { return this.where((a) => a.unit === code); }
  func(prefix: string): Ledger { return this.where((a) => a.func.startsWith(prefix)); }
  econ(prefix: string): Ledger { return this.where((a) => a.econ.startsWith(prefix)); }

  /** Groups by the first `digits` of the functional code, in code order. */
  byFunc(digits: 3 | 5 | 7): Array<[string, Ledger]> {
    return this.groupBy((a) => a.func.slice(0, digits));
  }

  /** Groups by the first `digits` of the economic code, in code order. */
  byEcon(digits: 3 | 5): Array<[string, Ledger]> {
    return this.groupBy((a) => a.econ.slice(0, digits));
  }

  /** Functional subjects as a tree walk: 类, its 款, their 项, in code order. */
  functionTree(): Array<{ code: string; ledger: Ledger }> {
    return this.tree((a) => a.func, [3, 5, 7]);
  }

  /** Economic subjects as a tree walk: 类 then its 款. */
  economicTree(): Array<{ code: string; ledger: Ledger }> {
    return this.tree((a) => a.econ, [3, 5]);
  }

  private tree(codeOf: (a: Atom) => string, levels: number[]): Array<{ code: string; ledger: Ledger }> {
    const out: Array<{ code: string; ledger: Ledger }> = [];
    const walk = (ledger: Ledger, depth: number): void => {
      if (depth >= levels.length) return;
      for (const [code, child] of ledger.groupBy((a) => codeOf(a).slice(0, levels[depth]))) {
        out.push({ code, ledger: child });
        walk(child, depth + 1);
      }
    };
    walk(this, 0);
    return out;
  }

  private groupBy(keyOf: (a: Atom) => string): Array<[string, Ledger]> {
    const groups = new Map<string, Atom[]>();
    for (const atom of this.atoms) {
      const key = keyOf(atom);
      const list = groups.get(key);
      if (list) list.push(atom);
      else groups.set(key, [atom]);
    }
    return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, new Ledger(v)]);
  }

  /** “三公”经费: financed by appropriations, read off the economic subjects that carry them. */
  threePublic(): ThreePublic {
    const g = this.general();
    return {
      overseas: g.econ('30212').sum(),
      vehiclePurchase: g.econ('31013').sum(),
      vehicleOperation: g.econ('30231').sum(),
      reception: g.econ('30217').sum(),
    };
  }
}

export function threePublicTotal(t: ThreePublic): Cents {
  return t.overseas + t.vehiclePurchase + t.vehicleOperation + t.reception;
}
