/** County-level places the synthetic departments belong to (names, pinyin slugs, GB/T 2260 codes). */

export interface Place {
  key: string;
  province: string;
  city: string;
  county: string;
  citySlug: string;
  countySlug: string;
  regionCode: string;
}

const place = (province: string, city: string, county: string, citySlug: string, countySlug: string, regionCode: string): Place => ({
  key: `${citySlug}-${countySlug}`,
  province,
  city,
  county,
  citySlug,
  countySlug,
  regionCode,
});

export const PLACES: readonly Place[] = [
  place('辽宁省', '大连市', '西岗区', 'dalian', 'xigang', '210203'),
  place('辽宁省', '大连市', '中山区', 'dalian', 'zhongshan', '210202'),
  place('辽宁省', '大连市', '沙河口区', 'dalian', 'shahekou', '210204'),
  place('辽宁省', '大连市', '甘井子区', 'dalian', 'ganjingzi', '210211'),
  place('河南省', '洛阳市', '西工区', 'luoyang', 'xigong', '410303'),
  place('河南省', '洛阳市', '老城区', 'luoyang', 'laocheng', '410302'),
  place('河南省', '洛阳市', '涧西区', 'luoyang', 'jianxi', '410305'),
  place('河北省', '石家庄市', '桥西区', 'shijiazhuang', 'qiaoxi', '130104'),
  place('河北省', '石家庄市', '长安区', 'shijiazhuang', 'changan', '130102'),
  place('河北省', '石家庄市', '裕华区', 'shijiazhuang', 'yuhua', '130108'),
  place('河北省', '石家庄市', '正定县', 'shijiazhuang', 'zhengding', '130123'),
  place('江西省', '南昌市', '西湖区', 'nanchang', 'xihu', '360103'),
  place('江西省', '南昌市', '东湖区', 'nanchang', 'donghu', '360102'),
  place('江西省', '南昌市', '青山湖区', 'nanchang', 'qingshanhu', '360111'),
  place('浙江省', '杭州市', '上城区', 'hangzhou', 'shangcheng', '330102'),
  place('四川省', '成都市', '武侯区', 'chengdu', 'wuhou', '510107'),
  place('湖北省', '武汉市', '江汉区', 'wuhan', 'jianghan', '420103'),
  place('山东省', '济南市', '历下区', 'jinan', 'lixia', '370102'),
  place('湖南省', '长沙市', '天心区', 'changsha', 'tianxin', '430103'),
  place('安徽省', '合肥市', '庐阳区', 'hefei', 'luyang', '340103'),
];

/** Where each house style comes from: its generated departments mostly sit in that city. */
export const HOME_CITY: Record<'A' | 'B' | 'C' | 'D', string> = {
  A: 'dalian',
  B: 'luoyang',
  C: 'shijiazhuang',
  D: 'nanchang',
};

export function placeByKey(key: string): Place {
  const found = PLACES.find((p) => p.key === key);
  if (!found) throw new Error(`unknown place ${key}`);
  return found;
}

/** Short form of a county used in prose and titles ("西岗区" → "西岗"). */
export function countyStem(county: string): string {
  return county.replace(/[区县]$/, '');
}
