// A DiasporaMap -> compound elements: each country is a box holding its cities, each city a box holding its
// people, and the home region a box holding the home firms, labs and organisations the ties reach. The boxes are
// the Region nodes themselves, so selecting one opens the real region.
import type { ElementDefinition } from 'cytoscape';
import type { DiasporaMap, Lang } from '../api/types.js';
import { edgeElement, nodeElement, todayIso } from '../graph/elements.js';
import { groupColor } from '../graph/styles.js';
import { displayName, translator } from '../i18n/translate.js';

export interface DiasporaSummary {
  countries: number;
  cities: number;
  people: number;
  ties: number;
}

export function diasporaElements(map: DiasporaMap, lang: Lang, today = todayIso()): { elements: ElementDefinition[]; summary: DiasporaSummary } {
  const out: ElementDefinition[] = [];
  const seen = new Set<string>();
  const push = (el: ElementDefinition) => {
    const id = el.data.id!;
    if (seen.has(id)) return;
    seen.add(id);
    out.push(el);
  };
  const home = (l: Lang) => translator(l)('diaspora.home', { name: displayName(map.origin, l) });
  push({
    ...nodeElement(map.origin, lang, { labels: { zh: home('zh'), en: home('en') }, classes: ['group-home'] }),
    data: { ...nodeElement(map.origin, lang).data, label: home(lang), labelZh: home('zh'), labelEn: home('en'), groupColor: '#b45309' },
  });
  for (const org of map.homeOrganisations) push(nodeElement(org, lang, { parent: map.origin.id }));

  let cities = 0;
  let people = 0;
  map.countries.forEach((c, i) => {
    const color = groupColor(i);
    const zh = `${displayName(c.country, 'zh')} · ${c.count} 人`;
    const en = `${displayName(c.country, 'en')} · ${c.count} ${c.count === 1 ? 'person' : 'people'}`;
    const country = nodeElement(c.country, lang, { labels: { zh, en }, classes: ['group-country'] });
    country.data.groupColor = color;
    push(country);
    for (const city of c.cities) {
      // People who live in the country itself (no city known) come listed under the country node.
      const inCountry = city.city.id === c.country.id;
      if (!inCountry) {
        cities++;
        const cityEl = nodeElement(city.city, lang, {
          parent: c.country.id,
          labels: { zh: `${displayName(city.city, 'zh')} · ${city.count}`, en: `${displayName(city.city, 'en')} · ${city.count}` },
          classes: ['group-city'],
        });
        cityEl.data.groupColor = color;
        push(cityEl);
      }
      for (const person of city.people) {
        if (seen.has(person.id)) continue;
        people++;
        push(nodeElement(person, lang, { parent: inCountry ? c.country.id : city.city.id }));
      }
    }
  });

  let ties = 0;
  for (const rel of map.ties) {
    if (!seen.has(rel.from) || !seen.has(rel.to) || seen.has(rel.id)) continue;
    ties++;
    push(edgeElement(rel, lang, today));
  }
  return { elements: out, summary: { countries: map.countries.length, cities, people, ties } };
}
