/**
 * The truth behind one synthetic disclosure: who publishes it, and every amount as an atom
 * (unit × functional 项 × economic 款 × basic/project × fund source) in integer 分 (cents).
 * Every table is a grouping of these atoms, so the identities hold by construction.
 */
import type { DepartmentProfile, ProjectCategory, ProjectTemplate } from './catalog/departments.ts';
import type { DepartmentGoal, IndicatorSpec } from './catalog/indicators.ts';
import type { Place } from './catalog/places.ts';

export type Style = 'A' | 'B' | 'C' | 'D';

/** Amounts in 分 (integer cents); the largest department stays far below 2^53. */
export type Cents = number;

/** 一般公共预算 money, or the unit's own money (单位资金: 事业收入 / 其他收入). */
export type Fund = 'general' | 'unit';

export interface Atom {
  unit: string;
  func: string;
  econ: string;
  nature: 'basic' | 'project';
  fund: Fund;
  project: string | null;
  cents: Cents;
}

export interface BudgetUnit {
  code: string;
  name: string;
  kind: 'admin' | 'institution';
  /** Printed after the name in unit rows of the department's own unit ("（本级）"). */
  own: boolean;
}

export interface ProjectSpec {
  id: string;
  code: string | null;
  name: string;
  unit: string;
  category: ProjectCategory;
  func: string;
  template: ProjectTemplate;
  cents: Cents;
  goal: string;
  indicators: IndicatorSpec[];
}

export interface Staff {
  authorized: number;
  authorizedAdmin: number;
  authorizedInstitution: number;
  actual: number;
  actualAdmin: number;
  actualInstitution: number;
  retired: number;
}

export interface ThreePublic {
  overseas: Cents;
  vehiclePurchase: Cents;
  vehicleOperation: Cents;
  reception: Cents;
}

export interface PriorYear {
  total: Cents;
  basic: Cents;
  project: Cents;
  byClass: Record<string, Cents>;
  threePublic: ThreePublic;
  operatingFunds: Cents;
}

export interface Spec {
  id: string;
  style: Style;
  seed: number;
  year: number;
  place: Place;
  profile: DepartmentProfile;
  department: string;
  /** Department code as printed (A, B, C), or null where the style prints none. */
  departmentCode: string | null;
  units: BudgetUnit[];
  staff: Staff;
  atoms: Atom[];
  projects: ProjectSpec[];
  /** What 单位资金 money is called on the income side. */
  unitFundsIncome: 'business_income' | 'other_income';
  prior: PriorYear;
  departmentGoals: DepartmentGoal[];
  /** Style-specific switches chosen from the seed (variants of a house style). */
  variant: number;
}
