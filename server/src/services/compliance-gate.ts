import type { Core } from '@strapi/strapi';
import { check, ENGINE_VERSION, type CheckInput, type ComplianceReport, type Directory } from '../compliance';
import { UID } from '../constants';
import { applyOverrides, inField, verdictOf, type FindingOverride, type GateFinding, type GateReport } from '../gate/gate-report';
import { postFieldChecks, type PostForCheck } from '../gate/post-texts';
import type { ApprovableContent } from '../review/content-hash';
import { getService } from '../utils/get-service';
import { checkBasis } from '../gate/check-basis';
import { uncheckedImageText } from '../asset-processing/unchecked-image-text';

export interface TemplateForCheck {
  body?: string | null;
  routesTo?: {
    kind?: string;
    name?: string;
    title?: string | null;
    department?: string | null;
    phone?: string | null;
    email?: string | null;
  } | null;
}

function dedupe(findings: GateFinding[]): GateFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.field}|${f.category}|${f.type}|${f.start}|${f.end}|${f.severity}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function report(findings: GateFinding[]): GateReport {
  return { verdict: verdictOf(findings), findings, engineVersion: ENGINE_VERSION, checkedAt: new Date().toISOString() };
}

/** A template's routing contact counts as part of the directory even before it is saved there. */
function withRoutingContact(directory: Directory, contact: TemplateForCheck['routesTo']): Directory {
  if (!contact?.name) return directory;
  if (contact.kind === 'department') {
    return {
      ...directory,
      departments: [
        ...directory.departments,
        { name: contact.name, phone: contact.phone ?? undefined, email: contact.email ?? undefined },
      ],
    };
  }
  return {
    ...directory,
    staff: [
      ...directory.staff,
      {
        name: contact.name,
        title: contact.title ?? undefined,
        department: contact.department ?? undefined,
        phone: contact.phone ?? undefined,
        email: contact.email ?? undefined,
      },
    ],
  };
}

/** An attached image asset: its alt text and the state of the text read from the picture. */
export interface DraftImage {
  id?: number;
  documentId?: string | null;
  altText?: string | null;
  ocrText?: string | null;
  textFindings?: unknown;
  processingStatus?: string | null;
  processingError?: string | null;
}

/** A post draft as the gate judges it: its content, review fields and attached image assets. */
export type PostDraft = Omit<PostForCheck & ApprovableContent, 'images'> & {
  id?: number;
  documentId: string;
  images?: DraftImage[] | null;
  reviewStatus?: string | null;
  approvedContentHash?: string | null;
  complianceReport?: unknown;
  complianceOverrides?: unknown;
  createdBy?: { id?: number } | null;
  updatedBy?: { id?: number } | null;
};

/** Runs the pure compliance engine over whole documents, against the stored directory. */
export const createComplianceGateService = ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => getService(strapi, 'settings');
  return {
    async liveCheck(input: Omit<CheckInput, 'directory'>): Promise<ComplianceReport & { engineVersion: string }> {
      const [directory, options] = await Promise.all([getService(strapi, 'directory').get(), settings().checkOptions()]);
      return { ...check({ ...input, directory, options }), engineVersion: ENGINE_VERSION };
    },

    async checkPost(post: PostForCheck & { complianceOverrides?: unknown; complianceReport?: unknown }): Promise<GateReport> {
      // One settings read gives both the engine options and the OCR switch.
      const [directory, { effective }] = await Promise.all([getService(strapi, 'directory').get(), settings().get()]);
      const checks = postFieldChecks(post);
      const overrides = Array.isArray(post.complianceOverrides) ? (post.complianceOverrides as FindingOverride[]) : [];
      const basis = checkBasis({
        engineVersion: ENGINE_VERSION,
        checks,
        images: post.images ?? [],
        overrides,
        directory,
        options: effective.compliance,
        ocrEnabled: effective.ocr.enabled,
      });
      const stored = post.complianceReport as GateReport | null | undefined;
      if (stored?.basis === basis) return stored;
      const findings = checks.flatMap(({ field, input }) =>
        inField(field, check({ ...input, directory, options: effective.compliance }))
      );
      if (effective.ocr.enabled) findings.push(...uncheckedImageText(post.images as never));
      return { ...report(applyOverrides(dedupe(findings), overrides)), basis };
    },

    async checkTemplate(template: TemplateForCheck): Promise<GateReport> {
      const directory = withRoutingContact(await getService(strapi, 'directory').get(), template.routesTo);
      const options = await settings().checkOptions();
      return report(inField('body', check({ text: template.body ?? '', kind: 'template', directory, options })));
    },

    /** The draft of a post; `withAuthors` adds who created and last edited it (for approvals only). */
    async loadPostDraft(documentId: string, { withAuthors = false }: { withAuthors?: boolean } = {}): Promise<PostDraft | null> {
      return strapi.db.query(UID.post).findOne({
        where: { documentId, publishedAt: null },
        populate: withAuthors
          ? { variants: true, images: true, createdBy: true, updatedBy: true }
          : { variants: true, images: true },
      });
    },

    /**
     * Fills in a draft's image assets when it was loaded with only their document ids (Strapi's publish
     * loads relations that way); the gate needs their alt text and text-recognition state.
     */
    async withImageAssets(draft: PostDraft): Promise<PostDraft> {
      const images = draft.images ?? [];
      if (images.every((image) => 'altText' in image)) return draft;
      const rows = (await strapi.db.query(UID.imageAsset).findMany({
        where: { documentId: { $in: images.map((image) => image.documentId) } },
      })) as DraftImage[];
      const byDocumentId = new Map(rows.map((row) => [row.documentId, row]));
      return { ...draft, images: images.map((image) => byDocumentId.get(image.documentId) ?? image) };
    },

    async loadTemplateDraft(documentId: string) {
      return strapi.db.query(UID.replyTemplate).findOne({
        where: { documentId, publishedAt: null },
        populate: { routesTo: true },
      });
    },
  };
};

export type ComplianceGateService = ReturnType<typeof createComplianceGateService>;
