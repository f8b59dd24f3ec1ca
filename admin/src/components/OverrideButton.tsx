import * as React from 'react';
import { Button, Field, Flex, Modal, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { apiErrorMessage } from '../services/api-error';
import { useReviewApi } from '../services/review';
import { useTranslate } from '../utils/use-translate';
import type { LocatedFinding } from './FindingsList';

const MIN_JUSTIFICATION = 20;

/** "Override" on one finding: a dialog asking why, then POST /posts/:documentId/overrides; the server's refusal is the toast. */
export const OverrideButton = ({
  documentId,
  finding,
  onDone,
}: {
  documentId: string;
  finding: LocatedFinding;
  onDone: () => void;
}) => {
  const t = useTranslate();
  const { toggleNotification } = useNotification();
  const review = useReviewApi();
  const [open, setOpen] = React.useState(false);
  const [justification, setJustification] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const tooShort = justification.trim().length < MIN_JUSTIFICATION;

  const send = async () => {
    setBusy(true);
    try {
      await review.override(documentId, {
        field: finding.field,
        category: finding.category,
        type: finding.type,
        text: finding.text,
        justification: justification.trim(),
      });
      toggleNotification({
        type: 'success',
        message: t('override.success', 'Finding overridden. Your justification is in the audit trail.'),
      });
      setOpen(false);
      setJustification('');
      onDone();
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'The override failed.') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal.Root open={open} onOpenChange={setOpen}>
      <Modal.Trigger>
        <Button variant="secondary" size="S">
          {t('override.button', 'Override')}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('override.title', 'Override a finding')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Typography tag="p" variant="pi" textColor="neutral700">
              {t('override.finding', '{type} in {field}: “{text}”', {
                type: finding.type,
                field: finding.field,
                text: finding.text,
              })}
            </Typography>
            <Field.Root
              name="clearpost-justification"
              required
              hint={t(
                'override.hint',
                'Explain why this is acceptable (at least 20 characters). It is recorded in the audit trail.'
              )}
            >
              <Field.Label>{t('override.justification', 'Justification')}</Field.Label>
              <Textarea
                value={justification}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setJustification(event.target.value)}
              />
              <Field.Hint />
            </Field.Root>
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('actions.cancel', 'Cancel')}</Button>
          </Modal.Close>
          <Button onClick={send} disabled={tooShort} loading={busy}>
            {t('override.confirm', 'Override finding')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
