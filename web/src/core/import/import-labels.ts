// Names the import view shows for things the server names in its own words: lists of files and columns in the
// language's list format, shipped mappings by id (the catalogue's name and line in the chosen language; the server's
// text for a mapping the catalogue does not know), the mapping a job used, and the labels and relationship types a
// summary counts (with the words the legend uses).
import type { Lang } from '../api/types.js';
import { labelOr, relLabel, typeLabel, type Translate } from '../i18n/translate.js';

const LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };

/**
 * "and": files or columns named together ("a.csv, b.csv and c.csv", "a.csv、b.csv和c.csv");
 * "plain": parts of one description without a conjunction ("sheet 名单, header in row 3, GBK").
 */
export type ListKind = 'and' | 'plain';

const listFormats = new Map<string, Intl.ListFormat>();

export function listText(lang: Lang, items: readonly string[], kind: ListKind = 'and'): string {
  const key = `${lang}|${kind}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(LOCALE[lang], { type: 'conjunction', style: kind === 'and' ? 'long' : 'narrow' });
    listFormats.set(key, format);
  }
  return format.format(items);
}

/** A shipped mapping as the server lists it (importMappings, suggestImportMappings). */
export interface ShippedText {
  id: string;
  name: string;
  description?: string | null;
}

/** The shipped mapping's name in the chosen language; the server's name when the catalogue does not know its id. */
export function mappingName(lang: Lang, m: Pick<ShippedText, 'id' | 'name'>): string {
  return labelOr(lang, `import.shipped.${m.id}.name`, m.name);
}

/** Its one-line description likewise; null when neither the catalogue nor the server has one. */
export function mappingDescription(lang: Lang, m: Pick<ShippedText, 'id' | 'description'>): string | null {
  return labelOr(lang, `import.shipped.${m.id}.description`, m.description ?? '') || null;
}

// ImportJob.mapping names a shipped mapping as `shipped: <id>` (the SDL documents it); anything else is the name of
// an uploaded mapping file.
const SHIPPED_PREFIX = 'shipped: ';

/** The mapping a job used, in words ("shipped mapping “Talent pool member list”", "mapping file m.json"); null without one. */
export function jobMappingText(t: Translate, lang: Lang, mapping: string | null): string | null {
  if (mapping === null) return null;
  if (!mapping.startsWith(SHIPPED_PREFIX)) return t('import.job.mappingFile', { name: mapping });
  const id = mapping.slice(SHIPPED_PREFIX.length);
  return t('import.job.mappingShipped', { name: mappingName(lang, { id, name: id }) });
}

/** A job's heading: what it does, its files, and the mapping it reads them with. */
export function jobTitle(t: Translate, lang: Lang, job: { kind: 'CHECK' | 'COMMIT'; files: readonly string[]; mapping: string | null }): string {
  const params = { kind: t(`import.kind.${job.kind}`), files: listText(lang, job.files) };
  const mapping = jobMappingText(t, lang, job.mapping);
  return mapping === null ? t('import.job.title', params) : t('import.job.titleMapped', { ...params, mapping });
}

/** A summary's count line names a node label or relationship type as the legend does ("人才：4", "擅长：5"). */
export function countName(lang: Lang, kind: 'node' | 'relationship', name: string): string {
  return kind === 'node' ? typeLabel(lang, name) : relLabel(lang, name);
}
