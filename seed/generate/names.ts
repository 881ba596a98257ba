// Realistic names for synthetic people and firms. Chinese personal names are a surname drawn by (Zhejiang-tilted)
// frequency and a one- or two-character given name; each character carries its pinyin here, so the English name
// ("Chen Xiaoming") needs no pinyin library and no polyphonic guesswork. Firm names follow the registered pattern
// place + brand (字号) + trade + form (杭州星联智能科技有限公司 / Hangzhou Xinglian Intelligent Technology Co., Ltd.).
import { Rng, pickWeighted } from './random.js';

type Char = readonly [zh: string, py: string];

/** [surname, pinyin, weight in per mille, roughly as in Zhejiang]. */
const SURNAMES: ReadonlyArray<readonly [string, string, number]> = [
  ['陈', 'Chen', 80], ['王', 'Wang', 70], ['张', 'Zhang', 55], ['李', 'Li', 50], ['吴', 'Wu', 40], ['周', 'Zhou', 35],
  ['徐', 'Xu', 30], ['刘', 'Liu', 30], ['杨', 'Yang', 28], ['黄', 'Huang', 26], ['朱', 'Zhu', 20], ['金', 'Jin', 12],
  ['林', 'Lin', 18], ['胡', 'Hu', 18], ['叶', 'Ye', 15], ['沈', 'Shen', 15], ['赵', 'Zhao', 15], ['孙', 'Sun', 12],
  ['郑', 'Zheng', 12], ['何', 'He', 10], ['方', 'Fang', 8], ['潘', 'Pan', 8], ['蒋', 'Jiang', 8], ['马', 'Ma', 8],
  ['郭', 'Guo', 7], ['高', 'Gao', 8], ['罗', 'Luo', 6], ['谢', 'Xie', 6], ['宋', 'Song', 6], ['唐', 'Tang', 6],
  ['许', 'Xu', 7], ['邓', 'Deng', 4], ['冯', 'Feng', 6], ['韩', 'Han', 4], ['曹', 'Cao', 5], ['彭', 'Peng', 4],
  ['肖', 'Xiao', 4], ['蔡', 'Cai', 6], ['田', 'Tian', 3], ['董', 'Dong', 5], ['袁', 'Yuan', 4], ['于', 'Yu', 3],
  ['余', 'Yu', 6], ['杜', 'Du', 3], ['苏', 'Su', 3], ['魏', 'Wei', 3], ['程', 'Cheng', 4], ['吕', 'Lyu', 4],
  ['丁', 'Ding', 4], ['任', 'Ren', 3], ['姚', 'Yao', 5], ['卢', 'Lu', 4], ['傅', 'Fu', 5], ['钟', 'Zhong', 3],
  ['姜', 'Jiang', 3], ['崔', 'Cui', 2], ['谭', 'Tan', 2], ['廖', 'Liao', 2], ['范', 'Fan', 3], ['汪', 'Wang', 5],
  ['陆', 'Lu', 5], ['石', 'Shi', 3], ['戴', 'Dai', 4], ['贾', 'Jia', 2], ['夏', 'Xia', 3], ['邱', 'Qiu', 3],
  ['侯', 'Hou', 2], ['邹', 'Zou', 2], ['熊', 'Xiong', 2], ['孟', 'Meng', 2], ['秦', 'Qin', 2], ['白', 'Bai', 2],
  ['毛', 'Mao', 5], ['江', 'Jiang', 3], ['薛', 'Xue', 2], ['尹', 'Yin', 2], ['段', 'Duan', 1], ['雷', 'Lei', 2],
  ['史', 'Shi', 2], ['陶', 'Tao', 2], ['贺', 'He', 2], ['顾', 'Gu', 4], ['龚', 'Gong', 2], ['邵', 'Shao', 5],
  ['钱', 'Qian', 6], ['严', 'Yan', 3], ['洪', 'Hong', 4], ['孔', 'Kong', 2], ['楼', 'Lou', 4], ['应', 'Ying', 4],
  ['童', 'Tong', 3], ['章', 'Zhang', 5], ['俞', 'Yu', 5], ['项', 'Xiang', 2], ['裘', 'Qiu', 1], ['屠', 'Tu', 1],
  ['舒', 'Shu', 1], ['柳', 'Liu', 1], ['葛', 'Ge', 2], ['倪', 'Ni', 2], ['欧阳', 'Ouyang', 1], ['诸葛', 'Zhuge', 0.2],
  ['上官', 'Shangguan', 0.2], ['司马', 'Sima', 0.2],
];
const SURNAME_WEIGHTS = SURNAMES.map((s) => s[2]);
const SURNAME_TOTAL = SURNAME_WEIGHTS.reduce((a, b) => a + b, 0);

const MALE: Char[] = [
  ['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['勇', 'yong'], ['杰', 'jie'], ['涛', 'tao'], ['斌', 'bin'],
  ['超', 'chao'], ['明', 'ming'], ['刚', 'gang'], ['平', 'ping'], ['辉', 'hui'], ['鹏', 'peng'], ['华', 'hua'], ['飞', 'fei'],
  ['鑫', 'xin'], ['波', 'bo'], ['浩', 'hao'], ['凯', 'kai'], ['健', 'jian'], ['俊', 'jun'], ['帆', 'fan'], ['旭', 'xu'],
  ['龙', 'long'], ['峰', 'feng'], ['建', 'jian'], ['国', 'guo'], ['志', 'zhi'], ['海', 'hai'], ['东', 'dong'], ['博', 'bo'],
  ['锋', 'feng'], ['轩', 'xuan'], ['泽', 'ze'], ['宏', 'hong'], ['成', 'cheng'], ['荣', 'rong'], ['永', 'yong'], ['振', 'zhen'],
  ['正', 'zheng'], ['德', 'de'], ['良', 'liang'], ['昊', 'hao'], ['豪', 'hao'], ['铭', 'ming'], ['世', 'shi'], ['庆', 'qing'],
  ['连', 'lian'], ['信', 'xin'], ['亮', 'liang'], ['松', 'song'], ['毅', 'yi'], ['坤', 'kun'], ['航', 'hang'], ['翔', 'xiang'],
  ['哲', 'zhe'], ['骏', 'jun'], ['阳', 'yang'], ['春', 'chun'], ['彬', 'bin'], ['栋', 'dong'], ['钢', 'gang'], ['立', 'li'],
];
const FEMALE: Char[] = [
  ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['艳', 'yan'], ['娟', 'juan'], ['霞', 'xia'],
  ['燕', 'yan'], ['玲', 'ling'], ['婷', 'ting'], ['雪', 'xue'], ['慧', 'hui'], ['颖', 'ying'], ['琳', 'lin'], ['倩', 'qian'],
  ['晶', 'jing'], ['萍', 'ping'], ['红', 'hong'], ['梅', 'mei'], ['洁', 'jie'], ['琴', 'qin'], ['蕾', 'lei'], ['悦', 'yue'],
  ['婧', 'jing'], ['璐', 'lu'], ['瑶', 'yao'], ['莹', 'ying'], ['薇', 'wei'], ['菲', 'fei'], ['露', 'lu'], ['楠', 'nan'],
  ['怡', 'yi'], ['涵', 'han'], ['梦', 'meng'], ['月', 'yue'], ['秀', 'xiu'], ['英', 'ying'], ['兰', 'lan'], ['珊', 'shan'],
  ['媛', 'yuan'], ['妍', 'yan'], ['晴', 'qing'], ['彤', 'tong'], ['萱', 'xuan'], ['蓉', 'rong'], ['丹', 'dan'], ['琪', 'qi'],
  ['淑', 'shu'], ['凤', 'feng'], ['雅', 'ya'], ['婉', 'wan'], ['惠', 'hui'], ['岚', 'lan'], ['琼', 'qiong'], ['芸', 'yun'],
];
const NEUTRAL: Char[] = [
  ['晓', 'xiao'], ['子', 'zi'], ['文', 'wen'], ['嘉', 'jia'], ['思', 'si'], ['一', 'yi'], ['雨', 'yu'], ['佳', 'jia'],
  ['欣', 'xin'], ['宇', 'yu'], ['晨', 'chen'], ['安', 'an'], ['心', 'xin'], ['若', 'ruo'], ['可', 'ke'], ['清', 'qing'],
  ['书', 'shu'], ['星', 'xing'], ['语', 'yu'], ['亦', 'yi'], ['睿', 'rui'], ['诗', 'shi'], ['云', 'yun'], ['天', 'tian'],
  ['林', 'lin'], ['宁', 'ning'], ['逸', 'yi'], ['然', 'ran'], ['新', 'xin'], ['君', 'jun'], ['青', 'qing'], ['丰', 'feng'],
];

/** Joins pinyin syllables the way names are written: capitalised, with an apostrophe before a vowel-initial one. */
export function joinSyllables(syllables: readonly string[]): string {
  let out = '';
  for (const syl of syllables) {
    if (out && /^[aoe]/.test(syl)) out += "'";
    out += syl;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

export interface PersonName {
  zh: string;
  en: string;
  /** Lower-case ASCII form for e-mail handles (surname first, no apostrophe). */
  handle: string;
}

function givenChar(rng: Rng, gender: 'M' | 'F'): Char {
  if (rng.chance(0.35)) return rng.pick(NEUTRAL);
  return rng.pick(gender === 'M' ? MALE : FEMALE);
}

export function personName(rng: Rng, gender: 'M' | 'F'): PersonName {
  const [sz, spy] = SURNAMES[pickWeighted(rng, SURNAME_WEIGHTS, SURNAME_TOTAL)]!;
  const first = givenChar(rng, gender);
  const given: Char[] = [first];
  if (rng.chance(0.78)) {
    let second = givenChar(rng, gender);
    if (second[0] === first[0] && rng.chance(0.8)) second = givenChar(rng, gender);
    given.push(second);
  }
  const givenEn = joinSyllables(given.map((c) => c[1]));
  return {
    zh: sz + given.map((c) => c[0]).join(''),
    en: `${spy} ${givenEn}`,
    handle: (spy + given.map((c) => c[1]).join('')).toLowerCase(),
  };
}

/** Characters that make up firm brands (字号). */
const BRAND: Char[] = [
  ['华', 'hua'], ['鑫', 'xin'], ['恒', 'heng'], ['源', 'yuan'], ['达', 'da'], ['宇', 'yu'], ['腾', 'teng'], ['瑞', 'rui'],
  ['博', 'bo'], ['泰', 'tai'], ['锐', 'rui'], ['迅', 'xun'], ['康', 'kang'], ['阳', 'yang'], ['光', 'guang'], ['海', 'hai'],
  ['天', 'tian'], ['中', 'zhong'], ['新', 'xin'], ['金', 'jin'], ['德', 'de'], ['信', 'xin'], ['安', 'an'], ['万', 'wan'],
  ['通', 'tong'], ['正', 'zheng'], ['明', 'ming'], ['永', 'yong'], ['东', 'dong'], ['远', 'yuan'], ['方', 'fang'],
  ['美', 'mei'], ['嘉', 'jia'], ['鸿', 'hong'], ['盛', 'sheng'], ['祥', 'xiang'], ['宏', 'hong'], ['伟', 'wei'], ['飞', 'fei'],
  ['凯', 'kai'], ['晶', 'jing'], ['灵', 'ling'], ['云', 'yun'], ['峰', 'feng'], ['润', 'run'], ['丰', 'feng'], ['昊', 'hao'],
  ['卓', 'zhuo'], ['越', 'yue'], ['启', 'qi'], ['航', 'hang'], ['谷', 'gu'], ['星', 'xing'], ['联', 'lian'], ['创', 'chuang'],
  ['智', 'zhi'], ['科', 'ke'], ['易', 'yi'], ['捷', 'jie'], ['诺', 'nuo'], ['维', 'wei'], ['亿', 'yi'], ['辰', 'chen'],
  ['聚', 'ju'], ['汇', 'hui'], ['融', 'rong'], ['锦', 'jin'], ['森', 'sen'], ['图', 'tu'], ['微', 'wei'], ['睿', 'rui'],
  ['领', 'ling'], ['优', 'you'], ['爱', 'ai'], ['力', 'li'], ['立', 'li'], ['奥', 'ao'], ['舜', 'shun'], ['禾', 'he'],
  ['麦', 'mai'], ['钛', 'tai'], ['兆', 'zhao'], ['程', 'cheng'], ['视', 'shi'], ['梵', 'fan'], ['宸', 'chen'], ['朗', 'lang'],
  ['凌', 'ling'], ['驰', 'chi'], ['赛', 'sai'], ['顺', 'shun'], ['利', 'li'], ['富', 'fu'], ['贝', 'bei'], ['伦', 'lun'],
  ['拓', 'tuo'], ['钧', 'jun'], ['旗', 'qi'], ['策', 'ce'], ['众', 'zhong'], ['江', 'jiang'], ['浙', 'zhe'], ['之', 'zhi'],
];

/** A two- or three-character brand and its pinyin form ("星联" / "Xinglian"). */
export function brand(rng: Rng, chars = 2): { zh: string; en: string } {
  const picked: Char[] = [];
  while (picked.length < chars) {
    const c = rng.pick(BRAND);
    if (!picked.some((p) => p[0] === c[0])) picked.push(c);
  }
  return { zh: picked.map((c) => c[0]).join(''), en: joinSyllables(picked.map((c) => c[1])) };
}

/** Registered company forms by size: big firms are groups or joint-stock companies. */
export function companyForm(rng: Rng, employees: number): { zh: string; en: string } {
  if (employees >= 2000 && rng.chance(0.5)) return { zh: '集团有限公司', en: 'Group Co., Ltd.' };
  if (employees >= 300 && rng.chance(0.4)) return { zh: '股份有限公司', en: 'Co., Ltd.' };
  return { zh: '有限公司', en: 'Co., Ltd.' };
}
