/** An event as the coder drafts it from one verb or noun, before ids, summaries and dedupe. */
import type { Span } from '../../kg/kg-batch';
import type { Modality } from '../../schema/domain.enum';
import type { CodedDate } from './event-dates';

export interface DraftEvent {
  readonly code: string;
  readonly sourceId: string;
  readonly targetId: string;
  readonly modality: Modality;
  readonly date: CodedDate | null;
  readonly evidence: Span;
  readonly verbPhrase: string;
  readonly preposition: string | null;
  readonly passive: boolean;
  readonly patterned: boolean;
}
