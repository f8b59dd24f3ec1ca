export const PLATFORMS = ['facebook', 'instagram', 'x', 'linkedin'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const TEXT_KINDS = ['post', 'reply', 'alt-text', 'template'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

export const FINDING_CATEGORIES = [
  'phi',
  'patient-confirmation',
  'medical-advice',
  'clickbait',
  'digestibility',
  'template',
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

export const PHI_TYPES = [
  'name',
  'address',
  'date',
  'phone',
  'fax',
  'email',
  'id',
  'url',
  'ip',
  'age',
  'location',
  'diagnosis',
  'lab',
  'procedure',
  'medication',
] as const;
export type PhiType = (typeof PHI_TYPES)[number];

/** PHI types that identify a person directly; a reviewer can never override them. */
export const NON_OVERRIDABLE_PHI_TYPES: readonly PhiType[] = ['name', 'id', 'phone', 'email', 'address'];

export type Severity = 'block' | 'warn';

export interface Finding {
  category: FindingCategory;
  /** PhiType for category 'phi'; a short kebab-case label otherwise (e.g. 'length', 'dosing', 'curiosity-gap'). */
  type: string;
  /** UTF-16 offsets into the checked text, end exclusive. */
  start: number;
  end: number;
  text: string;
  severity: Severity;
  message: string;
  suggestion?: string;
  /** Stable id of the rule that produced the finding, e.g. 'phi.name.person-context'. */
  rule: string;
}

export interface ComplianceReport {
  verdict: 'pass' | 'block';
  findings: Finding[];
}

/** The organisation's own public contacts: everything here is allowed in outgoing text. */
export interface Directory {
  organisation?: string;
  website?: string;
  staff: Array<{ name: string; title?: string; department?: string; phone?: string; email?: string }>;
  departments: Array<{ name: string; phone?: string; email?: string }>;
  locations?: string[];
  /** Extra allowed terms (partner names, public figures, event rooms) added by editors. */
  allowedTerms?: string[];
}

export interface CheckInput {
  text: string;
  kind: TextKind;
  platform?: Platform;
  /** For replies: the comment being answered. */
  context?: string;
  directory?: Directory;
  options?: Partial<CheckOptions>;
}

export interface CheckOptions {
  /** Flesch–Kincaid grade above which a post gets a warning. */
  readabilityGrade: number;
  /** Hard platform limits (block above). */
  platformLimits: Record<Platform, number>;
  /** Recommended lengths (warn above). */
  recommendedLengths: Record<Platform, number>;
  maxHashtags: number;
  maxLinks: number;
  /** Whether the trained reply-risk model may block replies the phrase rules let through. */
  replyRiskModel: boolean;
  /** Whether the trained phi-risk model may block posts and replies in which the PHI rules found nothing to block. */
  phiRiskModel: boolean;
  /** Whether the trained phi-risk model of Spanish sentences may too (only where phiRiskModel is on). */
  spanishPhiRiskModel: boolean;
  /** Whether the trained clickbait model of Spanish posts may block Spanish posts the rules and the English post model let through. */
  spanishClickbaitModel: boolean;
}

/** What every detector receives. The engine builds it once per check. */
export interface DetectorContext {
  text: string;
  kind: TextKind;
  platform?: Platform;
  context?: string;
  directory: Directory;
  options: CheckOptions;
}

export type Detector = (ctx: DetectorContext) => Finding[];
