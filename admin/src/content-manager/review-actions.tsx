import * as React from 'react';
import { Button, Field, Modal, Textarea } from '@strapi/design-system';
import { Check, PaperPlane, ArrowClockwise } from '@strapi/icons';
import { useForm, useNotification, useQueryParams, useRBAC } from '@strapi/strapi/admin';
import {
  buildValidParams,
  unstable_useDocument as useDocument,
  type DocumentActionComponent,
  type DocumentActionProps,
} from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { PERMISSIONS, UID } from '../constants';
import { apiErrorMessage } from '../services/api-error';
import { useReviewApi } from '../services/review';
import { getTranslation } from '../utils/get-translation';

/** What every review action needs: who may do what, the post's review status, and a way to refresh the edit view. */
function useReviewContext({ model, documentId, collectionType, document }: DocumentActionProps) {
  const { allowedActions, isLoading } = useRBAC({ submit: PERMISSIONS.submit, approve: PERMISSIONS.approve });
  const modified = useForm('ClearpostReviewAction', (state) => state.modified);
  const [{ query }] = useQueryParams();
  const params = React.useMemo(() => buildValidParams(query ?? {}), [query]);
  // Same arguments as the edit view's own query, so a refetch refreshes what the editor sees.
  const { refetch } = useDocument({ collectionType, model, documentId, params }, { skip: !documentId || model !== UID.post });
  const reviewStatus = (document as { reviewStatus?: string | null } | undefined)?.reviewStatus ?? 'draft';
  const applies = model === UID.post && Boolean(documentId) && !isLoading;
  return { allowedActions, modified, refetch, reviewStatus, applies };
}

export const SubmitForReviewAction: DocumentActionComponent = (props) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const review = useReviewApi();
  const { allowedActions, modified, refetch, reviewStatus, applies } = useReviewContext(props);
  const [busy, setBusy] = React.useState(false);
  if (!applies || !allowedActions.canSubmit || props.activeTab === 'published') return null;
  return {
    label: formatMessage({ id: getTranslation('actions.submit'), defaultMessage: 'Submit for review' }),
    icon: <PaperPlane />,
    position: 'panel',
    loading: busy,
    // The server checks the saved draft, so unsaved edits must be saved first. An approved post that was
    // edited since (its approval is stale) goes back to review the same way.
    disabled: busy || modified || reviewStatus === 'in-review',
    onClick: async () => {
      setBusy(true);
      try {
        const result = await review.submit(props.documentId!);
        const blocking = result.report.findings.filter((f) => f.severity === 'block' && !f.overridden).length;
        toggleNotification({
          type: blocking > 0 ? 'warning' : 'success',
          message:
            blocking > 0
              ? formatMessage(
                  { id: getTranslation('actions.submit.with-findings'), defaultMessage: 'Submitted for review with {count} blocking findings.' },
                  { count: blocking }
                )
              : formatMessage({ id: getTranslation('actions.submit.success'), defaultMessage: 'Submitted for review.' }),
        });
        refetch();
      } catch (error) {
        toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Submitting failed.') });
      } finally {
        setBusy(false);
      }
    },
  };
};
SubmitForReviewAction.position = 'panel';

export const ApproveAction: DocumentActionComponent = (props) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const review = useReviewApi();
  const { allowedActions, modified, refetch, reviewStatus, applies } = useReviewContext(props);
  const [busy, setBusy] = React.useState(false);
  if (!applies || !allowedActions.canApprove || props.activeTab === 'published') return null;
  return {
    label: formatMessage({ id: getTranslation('actions.approve'), defaultMessage: 'Approve' }),
    icon: <Check />,
    position: 'panel',
    loading: busy,
    disabled: busy || modified || reviewStatus !== 'in-review',
    onClick: async () => {
      setBusy(true);
      try {
        await review.approve(props.documentId!);
        toggleNotification({ type: 'success', message: formatMessage({ id: getTranslation('actions.approve.success'), defaultMessage: 'Approved. The post can be published.' }) });
        refetch();
      } catch (error) {
        toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Approving failed.') });
      } finally {
        setBusy(false);
      }
    },
  };
};
ApproveAction.position = 'panel';

const MIN_COMMENT = 5;

export const RequestChangesForm = ({ documentId, onClose, onDone }: { documentId: string; onClose: () => void; onDone: () => void }) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const review = useReviewApi();
  const [comment, setComment] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const tooShort = comment.trim().length < MIN_COMMENT;

  const send = async () => {
    setBusy(true);
    try {
      await review.requestChanges(documentId, { comment: comment.trim() });
      toggleNotification({ type: 'success', message: formatMessage({ id: getTranslation('actions.request-changes.success'), defaultMessage: 'Sent back to the author with your comment.' }) });
      onDone();
      onClose();
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Sending back failed.') });
    } finally {
      setBusy(false);
    }
  };

  // Rendered as the whole modal content (the Content Manager adds no Modal.Body around a component).
  return (
    <>
      <Modal.Body>
        <Field.Root name="clearpost-comment" required hint={formatMessage({ id: getTranslation('actions.request-changes.hint'), defaultMessage: 'Say what the author should change (at least 5 characters).' })}>
          <Field.Label>{formatMessage({ id: getTranslation('actions.request-changes.comment'), defaultMessage: 'Comment' })}</Field.Label>
          <Textarea value={comment} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setComment(event.target.value)} />
          <Field.Hint />
        </Field.Root>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="tertiary" onClick={onClose}>
          {formatMessage({ id: getTranslation('actions.cancel'), defaultMessage: 'Cancel' })}
        </Button>
        <Button onClick={send} disabled={tooShort} loading={busy}>
          {formatMessage({ id: getTranslation('actions.request-changes.send'), defaultMessage: 'Send back' })}
        </Button>
      </Modal.Footer>
    </>
  );
};

export const RequestChangesAction: DocumentActionComponent = (props) => {
  const { formatMessage } = useIntl();
  const { allowedActions, refetch, reviewStatus, applies } = useReviewContext(props);
  if (!applies || !allowedActions.canApprove || props.activeTab === 'published') return null;
  const documentId = props.documentId!;
  return {
    label: formatMessage({ id: getTranslation('actions.request-changes'), defaultMessage: 'Request changes' }),
    icon: <ArrowClockwise />,
    position: 'panel',
    disabled: reviewStatus !== 'in-review',
    dialog: {
      type: 'modal',
      title: formatMessage({ id: getTranslation('actions.request-changes.title'), defaultMessage: 'Request changes' }),
      content: ({ onClose }: { onClose: () => void }) => <RequestChangesForm documentId={documentId} onClose={onClose} onDone={refetch} />,
    },
  };
};
RequestChangesAction.position = 'panel';
