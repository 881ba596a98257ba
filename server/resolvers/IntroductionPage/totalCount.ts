// IntroductionPage.totalCount: counted only when a client asks for it, with the page's filters.
import type { FieldResolver } from '../../context.js';
import { countIntroductions, type IntroductionPage } from '../../ledger/introductions.js';

const totalCount: FieldResolver<'IntroductionPage', 'totalCount', number, IntroductionPage> = (page, _args, ctx) =>
  countIntroductions(ctx.db, page.filters);

export default totalCount;
