// The reasons a bridge gives, in plain Chinese and English: each tie with its dates, the technology-manager role
// and what the person brokered, matching expertise, several affiliations, pool membership. Pure: built from the
// same facts the score used (bridge-score.ts), so what is said and what is weighed cannot disagree.
import type { Reason } from '../graph/shape.js';
import {
  orgTieValue,
  tieEnd,
  type AreaRef,
  type BridgeScore,
  type NamedRef,
  type OrgBridgeScore,
  type OrgTieFact,
  type PersonFacts,
  type TieFact,
} from './bridge-score.js';

const zhName = (n: NamedRef) => n.nameZh || n.name || n.nameEn || n.id;
const enName = (n: NamedRef) => n.nameEn || n.name || n.nameZh || n.id;
const year = (d: string | null | undefined) => (d ? d.slice(0, 4) : null);

interface Period {
  zh: string;
  en: string;
  ended: boolean;
}

/**
 * "（2021 至今）" / " since 2021", "（2015–2019）" / " (2015–2019)", or nothing when no dates are known. Seen from an
 * as-of date in the past, an ongoing tie reads "（2021 年起）" rather than "until now".
 */
export function period(tie: Pick<TieFact, 'start' | 'end' | 'classYear' | 'type'>, ref: string, asOf = false): Period {
  const s = year(tie.start);
  const endDate = tie.type === 'STUDIED_AT' ? tie.end : tieEnd(tie);
  const ended = endDate !== null && endDate.slice(0, 10) < ref;
  const e = ended ? year(endDate) : null;
  if (s && e) return { zh: `（${s}–${e}）`, en: ` (${s}–${e})`, ended };
  if (e) return { zh: `（至 ${e} 年）`, en: ` (until ${e})`, ended };
  if (s) return { zh: asOf ? `（${s} 年起）` : `（${s} 至今）`, en: ` since ${s}`, ended };
  return { zh: '', en: '', ended };
}

/** Roles may be written bilingually, "技术经理人 / technology manager"; each language shows its own side. */
export function roleText(role: string): { zh: string; en: string } {
  const parts = role.split(' / ').map((x) => x.trim());
  return parts.length === 2 && parts[0] && parts[1] ? { zh: parts[0], en: parts[1] } : { zh: role, en: role };
}

const roleSuffix = (tie: TieFact) => {
  if (!tie.role) return { zh: '', en: '' };
  const r = roleText(tie.role);
  return { zh: `，${r.zh}`, en: `, ${r.en}` };
};

/** One tie of a person to an end, as a sentence with the person as its subject (left unsaid). */
export function tieSentence(tie: TieFact, end: NamedRef, ref: string, asOf = false): { zh: string; en: string } {
  const p = period(tie, ref, asOf);
  const r = roleSuffix(tie);
  const [z, e] = [zhName(end), enName(end)];
  const via = tie.via;
  if (tie.kind === 'unit' && via) {
    return p.ended
      ? { zh: `曾在${z}下属的${zhName(via)}${verbZh(tie.type)}${p.zh}`, en: `${verbEnPast(tie.type)} ${enName(via)}, part of ${e}${p.en}` }
      : { zh: `在${z}下属的${zhName(via)}${verbZh(tie.type)}${p.zh}`, en: `${verbEn(tie.type)} ${enName(via)}, part of ${e}${p.en}` };
  }
  if (tie.kind === 'project' && via) {
    return tie.type === 'BROKERED'
      ? { zh: `促成了${z}参与的项目「${zhName(via)}」${p.zh}`, en: `Brokered the project “${enName(via)}” with ${e}${p.en}` }
      : { zh: `与${z}共同参与项目「${zhName(via)}」${p.zh}`, en: `Took part with ${e} in the project “${enName(via)}”${p.en}` };
  }
  if (tie.kind === 'demand' && via) {
    return { zh: `对接了${z}发布的需求「${zhName(via)}」`, en: `Brokered ${e}’s demand “${enName(via)}”` };
  }
  if (tie.kind === 'personal') {
    const since = tie.start ?? null;
    const s = year(since);
    return tie.type === 'COLLABORATED_WITH'
      ? { zh: `与${z}合作过${p.zh}`, en: `Has collaborated with ${e}${p.en}` }
      : { zh: `与${z}相识${s ? `（${s} 年起）` : ''}`, en: `Knows ${e}${s ? ` (since ${s})` : ''}` };
  }
  switch (tie.type) {
    case 'STUDIED_AT': {
      const cls = tie.classYear ?? (tie.end ? Number(year(tie.end)) : null);
      return cls
        ? { zh: `毕业于${z}（${cls} 届）`, en: `Studied at ${e} (class of ${cls})` }
        : { zh: `曾就读于${z}`, en: `Studied at ${e}` };
    }
    case 'FOUNDED':
      return { zh: `创办了${z}${year(tie.start) ? `（${year(tie.start)} 年）` : ''}`, en: `Founded ${e}${year(tie.start) ? ` in ${year(tie.start)}` : ''}` };
    case 'MEMBER_OF':
      return { zh: `是${z}成员${p.zh}`, en: `Member of ${e}${p.en}` };
    default:
      return p.ended
        ? { zh: `曾在${z}${verbZh(tie.type)}${p.zh}${r.zh}`, en: `${verbEnPast(tie.type)} ${e}${p.en}${r.en}` }
        : { zh: `在${z}${verbZh(tie.type)}${p.zh}${r.zh}`, en: `${verbEn(tie.type)} ${e}${p.en}${r.en}` };
  }
}

function verbZh(type: string): string {
  return type === 'AFFILIATED_WITH' ? '兼职' : type === 'STUDIED_AT' ? '就读' : type === 'FOUNDED' ? '创业' : type === 'MEMBER_OF' ? '入选' : '任职';
}
function verbEn(type: string): string {
  return type === 'AFFILIATED_WITH' ? 'Affiliated with' : type === 'STUDIED_AT' ? 'Studies at' : type === 'FOUNDED' ? 'Founded' : type === 'MEMBER_OF' ? 'Member of' : 'Works at';
}
function verbEnPast(type: string): string {
  return type === 'AFFILIATED_WITH' ? 'Was affiliated with' : type === 'STUDIED_AT' ? 'Studied at' : type === 'FOUNDED' ? 'Founded' : type === 'MEMBER_OF' ? 'Was a member of' : 'Worked at';
}

const listZh = (xs: string[]) => xs.join('、');
const listEn = (xs: string[]) => xs.join(', ');

export interface BridgeReasonInput {
  from: NamedRef;
  to: NamedRef;
  people: readonly PersonFacts[];
  fromTie: TieFact;
  toTie: TieFact;
  link?: TieFact | null;
  result: BridgeScore;
  ref: string;
  /** The reference date is an as-of date the user chose, not today. */
  asOf?: boolean;
}

/** The reasons of one bridge, most telling first: the matchmaker role, then the ties, then the rest. */
export function bridgeReasons(input: BridgeReasonInput): Reason[] {
  const { from, to, people, ref, result } = input;
  const chain = people.length === 2;
  const first = people[0]!;
  const last = people[people.length - 1]!;
  const who = (p: PersonFacts) => (chain ? { zh: `${zhName(p.node)}：`, en: `${enName(p.node)}: ` } : { zh: '', en: '' });
  const reasons: Reason[] = [];

  for (const p of people) {
    const tm = p.roles.includes('TechManager');
    if (!tm && p.brokered.length === 0) continue;
    const named = p.brokered.slice(0, 2);
    const more = p.brokered.length - named.length;
    const zhList = named.length ? `，促成过${listZh(named.map((b) => `「${zhName(b)}」`))}${more > 0 ? `等 ${p.brokered.length} 项合作` : ''}` : '';
    const enList = named.length ? ` who brokered ${listEn(named.map((b) => `“${enName(b)}”`))}${more > 0 ? ` and ${more} more` : ''}` : '';
    reasons.push({
      code: tm ? 'TECH_MANAGER' : 'BROKER',
      zh: `${who(p).zh}${tm ? '技术经理人' : '有撮合经验'}${zhList}`,
      en: `${who(p).en}${tm ? 'Technology manager' : 'Matchmaker'}${enList || (tm ? '' : ' with brokered deals')}`,
    });
  }

  const fromText = tieSentence(input.fromTie, from, ref, input.asOf);
  reasons.push({ code: 'TIE_FROM', zh: who(first).zh + fromText.zh, en: who(first).en + fromText.en });
  if (chain && input.link) {
    const [a, b] = [first.node, last.node];
    const s = year(input.link.start);
    reasons.push(
      input.link.type === 'COLLABORATED_WITH'
        ? { code: 'LINK', zh: `${zhName(a)}与${zhName(b)}合作过`, en: `${enName(a)} has collaborated with ${enName(b)}` }
        : { code: 'LINK', zh: `${zhName(a)}与${zhName(b)}相识${s ? `（${s} 年起）` : ''}`, en: `${enName(a)} knows ${enName(b)}${s ? ` (since ${s})` : ''}` },
    );
  }
  const toText = tieSentence(input.toTie, to, ref, input.asOf);
  reasons.push({ code: 'TIE_TO', zh: who(last).zh + toText.zh, en: who(last).en + toText.en });

  const topic = topicReason(result, from, to);
  if (topic) reasons.push(topic);

  const multi = people.find((p) => new Set(p.affiliations.map((a) => a.id)).size >= 2);
  if (multi) {
    const orgs = multi.affiliations.slice(0, 3);
    reasons.push({
      code: 'AFFILIATIONS',
      zh: `${who(multi).zh}同时在 ${multi.affiliations.length} 个机构任职或兼职（${listZh(orgs.map(zhName))}${multi.affiliations.length > 3 ? '等' : ''}）`,
      en: `${who(multi).en}Holds ${multi.affiliations.length} affiliations at once (${listEn(orgs.map(enName))}${multi.affiliations.length > 3 ? ', …' : ''})`,
    });
  }
  const pooled = people.find((p) => p.pools.length > 0);
  if (pooled) {
    reasons.push({
      code: 'POOL',
      zh: `${who(pooled).zh}入选${listZh(pooled.pools.slice(0, 2).map(zhName))}`,
      en: `${who(pooled).en}Member of ${listEn(pooled.pools.slice(0, 2).map(enName))}`,
    });
  }
  return reasons;
}

function topicReason(result: BridgeScore, from: NamedRef, to: NamedRef): Reason | null {
  const f = result.topic.from;
  const t = result.topic.to;
  const fe = f && f.value > 0 ? f.expertise : null;
  const te = t && t.value > 0 ? t.expertise : null;
  if (!fe && !te) return null;
  const areas: AreaRef[] = [];
  for (const a of [fe, te]) if (a && !areas.some((x) => x.id === a.id)) areas.push(a);
  const zhAreas = listZh(areas.map((a) => `「${zhName(a)}」`));
  const enAreas = listEn(areas.map(enName));
  if (fe && te) {
    return {
      code: 'TOPIC',
      zh: `专长${zhAreas}对口${zhName(from)}与${zhName(to)}双方的方向`,
      en: `Expertise in ${enAreas} fits both ${enName(from)} and ${enName(to)}`,
    };
  }
  const side = fe ? from : to;
  return { code: 'TOPIC', zh: `专长${zhAreas}对口${zhName(side)}的方向`, en: `Expertise in ${enAreas} fits ${enName(side)}` };
}

// Organisation bridges. The organisation is the subject of each sentence (left unsaid), as the person is above.

export interface OrgBridgeReasonInput {
  from: NamedRef;
  to: NamedRef;
  fromTies: readonly OrgTieFact[];
  toTies: readonly OrgTieFact[];
  result: OrgBridgeScore;
  ref: string;
  asOf?: boolean;
}

/** Kinds in the order their sentences come: brokering is the matchmaking itself, a shared person the next best. */
const ORG_KIND_ORDER: Record<OrgTieFact['kind'], number> = { brokered: 0, unit: 1, partner: 2, project: 3, staff: 4, member: 5 };
const yearNote = (t: Pick<OrgTieFact, 'start'>) => (year(t.start) ? { zh: `（${year(t.start)}）`, en: ` (${year(t.start)})` } : { zh: '', en: '' });

/** Sentences per side of an organisation bridge: the most telling kinds of tie; the carriers line names the rest's people. */
export const ORG_SENTENCES_PER_SIDE = 3;

/** Projects named in an organisation reason: the three most recent, shown oldest first, then how many more. */
export const ORG_PROJECTS_NAMED = 3;

/** The sentences saying how the organisation is tied to one end, one per kind of tie, most telling first. */
export function orgTieSentences(ties: readonly OrgTieFact[], end: NamedRef, ref: string, asOf = false): Array<{ zh: string; en: string }> {
  const [z, e] = [zhName(end), enName(end)];
  const kinds = [...new Set(ties.map((t) => t.kind))].sort((a, b) => ORG_KIND_ORDER[a] - ORG_KIND_ORDER[b]);
  const out: Array<{ zh: string; en: string }> = [];
  for (const kind of kinds) {
    const of = ties.filter((t) => t.kind === kind);
    if (kind === 'project') {
      // One line per project, even if the organisation takes part in it more than once (two roles).
      const byVia = new Map<string, OrgTieFact>();
      for (const t of of) if (t.via && !byVia.has(t.via.id)) byVia.set(t.via.id, t);
      const all = [...byVia.values()].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? '') || a.via!.id.localeCompare(b.via!.id));
      const named = all.slice(0, ORG_PROJECTS_NAMED).reverse();
      const more = all.length - named.length;
      const zhList = listZh(named.map((t) => `「${zhName(t.via!)}」${yearNote(t).zh}`));
      const enList = listEn(named.map((t) => `“${enName(t.via!)}”${yearNote(t).en}`));
      out.push({
        zh: `与${z}共同参与项目${zhList}${more > 0 ? `等 ${all.length} 个项目` : ''}`,
        en: `Co-participated with ${e} in ${all.length === 1 ? 'the project' : 'projects'} ${enList}${more > 0 ? ` and ${more} more` : ''}`,
      });
    } else if (kind === 'brokered') {
      const seen = new Set<string>();
      for (const t of of) {
        const who = t.people[0];
        if (!who || !t.via || seen.has(`${who.id}|${t.via.id}`) || seen.size >= 2) continue;
        seen.add(`${who.id}|${t.via.id}`);
        const title = t.techManager ? { zh: '其技术经理人', en: 'Its technology manager' } : { zh: '其人员', en: 'Its staff member' };
        const demand = t.viaIsDemand === true;
        out.push(
          demand
            ? { zh: `${title.zh}${zhName(who)}对接了${z}发布的需求「${zhName(t.via)}」`, en: `${title.en} ${enName(who)} brokered ${e}’s demand “${enName(t.via)}”` }
            : {
                zh: `${title.zh}${zhName(who)}促成了${z}参与的项目「${zhName(t.via)}」${yearNote(t).zh}`,
                en: `${title.en} ${enName(who)} brokered ${e}’s project “${enName(t.via)}”${yearNote(t).en}`,
              },
        );
      }
    } else if (kind === 'partner') {
      const t = of.reduce((a, b) => (orgTieValue(b, ref) > orgTieValue(a, ref) ? b : a));
      const p = period({ start: t.start, end: t.end, classYear: null, type: t.type }, ref, asOf);
      out.push(
        t.type === 'PARTNERS_WITH'
          ? { zh: `与${z}是合作伙伴${p.zh}`, en: `Partners with ${e}${p.en}` }
          : { zh: `与${z}合作过${p.zh}`, en: `Has collaborated with ${e}${p.en}` },
      );
    } else if (kind === 'unit') {
      const t = of[0]!;
      out.push(t.orgIsPart ? { zh: `隶属于${z}`, en: `Part of ${e}` } : { zh: `${z}是其下属单位`, en: `${e} is part of it` });
    } else if (kind === 'staff') {
      const people = uniqueRefs(of.flatMap((t) => t.people));
      const named = people.slice(0, 3);
      out.push({
        zh: `与${z}有共同人员：${listZh(named.map(zhName))}${people.length > named.length ? ` 等 ${people.length} 人` : ''}`,
        en: `Shares people with ${e}: ${listEn(named.map(enName))}${people.length > named.length ? ` and ${people.length - named.length} more` : ''}`,
      });
    } else {
      const t = of.reduce((a, b) => (orgTieValue(b, ref) > orgTieValue(a, ref) ? b : a));
      const p = period({ start: t.start, end: t.end, classYear: null, type: t.type }, ref, asOf);
      const verb =
        t.type === 'STUDIED_AT' ? { zh: '曾在此就读', en: 'studied here' }
          : t.type === 'FOUNDED' ? { zh: '创办了它', en: 'founded it' }
            : t.type === 'AFFILIATED_WITH' ? { zh: '在此兼职', en: 'is affiliated here' }
              : { zh: '在此任职', en: 'works here' };
      out.push({ zh: `${z}${verb.zh}${p.zh}`, en: `${e} ${verb.en}${p.en}` });
    }
  }
  return out;
}

function uniqueRefs(refs: readonly NamedRef[]): NamedRef[] {
  const seen = new Map<string, NamedRef>();
  for (const r of refs) if (!seen.has(r.id)) seen.set(r.id, r);
  return [...seen.values()];
}

/** The people an organisation bridge names as carrying its ties, from both sides, without repeats. */
export function orgCarriers(fromTies: readonly OrgTieFact[], toTies: readonly OrgTieFact[]): NamedRef[] {
  return uniqueRefs([...fromTies, ...toTies].flatMap((t) => t.people));
}

/** The reasons of an organisation bridge: its ties to `from`, its ties to `to`, who carries them, what it works on. */
export function orgBridgeReasons(input: OrgBridgeReasonInput): Reason[] {
  const { from, to, ref } = input;
  const reasons: Reason[] = [];
  for (const s of orgTieSentences(input.fromTies, from, ref, input.asOf).slice(0, ORG_SENTENCES_PER_SIDE)) reasons.push({ code: 'TIE_FROM', ...s });
  for (const s of orgTieSentences(input.toTies, to, ref, input.asOf).slice(0, ORG_SENTENCES_PER_SIDE)) reasons.push({ code: 'TIE_TO', ...s });
  const people = orgCarriers(input.fromTies, input.toTies);
  if (people.length) {
    const named = people.slice(0, 4);
    reasons.push({
      code: 'CARRIERS',
      zh: `联系人：${listZh(named.map(zhName))}${people.length > named.length ? ` 等 ${people.length} 人` : ''}`,
      en: `People who carry these ties: ${listEn(named.map(enName))}${people.length > named.length ? ` and ${people.length - named.length} more` : ''}`,
    });
  }
  const f = input.result.topic.from;
  const t = input.result.topic.to;
  const fa = f && f.value > 0 ? f.expertise : null;
  const ta = t && t.value > 0 ? t.expertise : null;
  if (fa || ta) {
    const areas = uniqueRefs([fa, ta].filter((a): a is AreaRef => a !== null));
    const zhAreas = listZh(areas.map((a) => `「${zhName(a)}」`));
    const enAreas = listEn(areas.map(enName));
    reasons.push(
      fa && ta
        ? { code: 'TOPIC', zh: `方向${zhAreas}对口${zhName(from)}与${zhName(to)}双方`, en: `Works on ${enAreas}, which fits both ${enName(from)} and ${enName(to)}` }
        : { code: 'TOPIC', zh: `方向${zhAreas}对口${zhName(fa ? from : to)}`, en: `Works on ${enAreas}, which fits ${enName(fa ? from : to)}` },
    );
  }
  return reasons;
}
