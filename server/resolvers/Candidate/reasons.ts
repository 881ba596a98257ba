// Candidate.reasons: the snapshot's reasons in the request's language.
import type { FieldResolver } from '../../context.js';
import { reasonTexts } from '../../graph/shape.js';
import type { CandidateValue } from '../../desk/reads.js';

const reasons: FieldResolver<'Candidate', 'reasons', string[], CandidateValue> = (c, _a, ctx) => reasonTexts(c.reasonDetails, ctx.lang);

export default reasons;
