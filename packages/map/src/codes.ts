/** Subject codes and budget-unit codes as printed in the three forms. */
import { compact, toHalfWidth, type Classification } from '@budget/model';

/** "2010301-行政运行", "2010301 行政运行", "103001-…（本级）": a code printed before the name. */
export function splitCodeAndName(text: string): { code: string; name: string } | null {
  const t = compact(toHalfWidth(text));
  const m = t.match(/^[\[【(（]?(\d{3,22})[\]】)）]?[-－—–:：]?([^\d\]】)）].*)$/);
  return m ? { code: m[1]!, name: m[2]! } : null;
}

/** 类 | 款 | 项 printed in separate columns ("201" | "03" | "01") joined to the full code. */
export function joinCodeParts(cls: string, section: string, item: string): string {
  const parts = [cls, section, item].map((p) => compact(toHalfWidth(p)));
  if (!/^\d{3}$/.test(parts[0]!)) return parts.join('');
  let code = parts[0]!;
  if (parts[1]) code += parts[1]!.slice(-2).padStart(2, '0');
  if (parts[1] && parts[2]) code += parts[2]!.slice(-2).padStart(2, '0');
  return code;
}

export function classificationOf(code: string): Classification {
  if (/^2\d{2}(\d{2}){0,2}$/.test(code)) return 'function';
  // Economic codes run to 7 digits where a province subdivides the 款 (3021101 差旅费).
  if (/^3\d{2}(\d{2}){0,2}$/.test(code)) return 'economic';
  if (/^5\d{2}(\d{2}){0,2}$/.test(code)) return 'gov_economic';
  return 'none';
}

/** How the names of budget units end (局, 办公室, 中心, 学校, …（本级）). */
export const ORG_NAME = /(办公室|办公厅|人民政府|政府|委员会|委|办|局|院|厅|中心|本级|部|会|协会|学校|校|园|医院|站|所|队|处|科|室|馆|社|团|台|机关|单位|[(（]本级[)）])$/;

/**
 * A budget-unit row ("103-大连市西岗区人民政府办公室", "103001-…（本级）") rather than a
 * subject: 6-digit codes are units; 3-digit ones are units unless they are classes whose
 * names end in 支出 (201-一般公共服务支出) or the code is in a subject range with a subject name.
 */
export function isUnitCode(code: string, name: string): boolean {
  if (/^\d{6}$/.test(code)) return true;
  if (!/^\d{3}$/.test(code)) return false;
  if (/支出$/.test(name)) return false;
  if (/^[235]/.test(code)) return ORG_NAME.test(name);
  return true;
}
