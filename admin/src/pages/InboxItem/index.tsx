import * as React from 'react';
import {
  Badge,
  Box,
  Button,
  Field,
  Flex,
  Grid,
  Loader,
  Modal,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { Check, Pencil, Shield, Trash } from '@strapi/icons';
import { BackButton, Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';
import { BASE_PATH } from '../../components/ClearpostNav';
import { FeedbackStatusBadge, Rating, SentimentBadge } from '../../components/FeedbackBadges';
import { FindingsList, type LocatedFinding } from '../../components/FindingsList';
import { PERMISSIONS } from '../../constants';
import { apiErrorMessage } from '../../services/api-error';
import { useFeedbackApi, type ContactOption, type FeedbackView, type ReplyTemplateOption } from '../../services/feedback';
import type { Finding } from '../../services/types';
import { useReplyCheck } from './use-reply-check';
import { useTranslate } from '../../utils/use-translate';

const CLOSED: readonly FeedbackView['status'][] = ['responded', 'taken-offline', 'hidden-as-fraudulent'];
const EVIDENCE_MIN = 50;
const NOTE_MIN = 20;
const REASON_MIN = 10;

/** Findings the server refused a draft with (400, details.findings). */
function refusedFindings(error: unknown): Finding[] | null {
  const details = (error as { response?: { data?: { error?: { details?: { findings?: unknown } } } } })?.response?.data?.error
    ?.details;
  return Array.isArray(details?.findings) ? (details.findings as Finding[]) : null;
}

type Dialog = null | 'offline' | 'fraud' | 'reverse';

/** One feedback item: read it, answer it through a template, get approval, send or take it offline, flag fraud. */
export const InboxItemPage = () => {
  const { documentId = '' } = useParams<{ documentId: string }>();
  const { toggleNotification } = useNotification();
  const api = useFeedbackApi();
  const { allowedActions, isLoading: loadingPermissions } = useRBAC({
    respond: PERMISSIONS.feedbackRespond,
    approve: PERMISSIONS.feedbackApprove,
  });
  const [view, setView] = React.useState<FeedbackView | null>(null);
  const [failed, setFailed] = React.useState(false);
  const [templates, setTemplates] = React.useState<ReplyTemplateOption[]>([]);
  const [templateId, setTemplateId] = React.useState<string>('');
  const [contacts, setContacts] = React.useState<ContactOption[]>([]);
  const [concernsId, setConcernsId] = React.useState<string>('');
  const [text, setText] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [serverFindings, setServerFindings] = React.useState<LocatedFinding[] | null>(null);
  const [dialog, setDialog] = React.useState<Dialog>(null);
  const [dialogText, setDialogText] = React.useState('');

  const t = useTranslate();

  const show = React.useCallback((next: FeedbackView) => {
    setView(next);
    setText(next.draft?.text ?? '');
    setTemplateId((current) => current || next.draft?.templateDocumentId || next.suggestedTemplateDocumentId || '');
    setConcernsId((current) => current || next.concerns?.documentId || '');
  }, []);

  React.useEffect(() => {
    let live = true;
    api
      .findOne(documentId)
      .then((next) => live && show(next))
      .catch((error) => {
        if (!live) return;
        setFailed(true);
        toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Could not load this feedback.') });
      });
    // Optional lists: without Content Manager access the editor still has the suggested template and the text box.
    api
      .templates()
      .then((list) => live && setTemplates(list))
      .catch(() => undefined);
    api
      .contacts()
      .then((list) => live && setContacts(list))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api, documentId, show, toggleNotification]);

  const open = view !== null && !CLOSED.includes(view.status);
  const check = useReplyCheck(text, view?.text ?? '', view?.source ?? '', open && allowedActions.canRespond === true);

  const run = async (work: () => Promise<void>, fallback: string) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      const findings = refusedFindings(error);
      if (findings) setServerFindings(findings.map((f) => ({ ...f, field: 'reply', source: text })));
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, fallback) });
    } finally {
      setBusy(false);
    }
  };

  const useTemplate = () =>
    run(async () => {
      setServerFindings(null);
      show(
        await api.draft(documentId, { templateDocumentId: templateId, ...(concernsId ? { concernsDocumentId: concernsId } : {}) })
      );
    }, 'Could not fill the template.');

  const saveDraft = async () => {
    setServerFindings(null);
    const saved = await api.draft(documentId, {
      text,
      ...(templateId ? { templateDocumentId: templateId } : {}),
      ...(concernsId ? { concernsDocumentId: concernsId } : {}),
    });
    show(saved);
    return saved;
  };

  const send = () =>
    run(async () => {
      if (view?.draft?.text !== text) await saveDraft();
      const result = await api.send(documentId);
      show(result.feedback);
      toggleNotification({
        type: 'success',
        message:
          result.outcome === 'sent'
            ? t('inbox.send.sent', 'Reply sent.')
            : t(
                'inbox.send.awaiting',
                'This answers negative feedback: a compliance reviewer must approve the reply before it goes out.'
              ),
      });
    }, 'The reply was not sent.');

  const approve = () =>
    run(async () => {
      const result = await api.approve(documentId);
      show(result.feedback);
      toggleNotification({ type: 'success', message: t('inbox.approve.done', 'Approved and sent.') });
    }, 'Could not approve the reply.');

  const submitDialog = () =>
    run(async () => {
      if (dialog === 'offline') show(await api.takeOffline(documentId, { note: dialogText }));
      if (dialog === 'fraud') show(await api.flagFraud(documentId, { evidence: dialogText }));
      if (dialog === 'reverse') show(await api.reverseFraud(documentId, { reason: dialogText }));
      setDialog(null);
      setDialogText('');
      toggleNotification({ type: 'success', message: t('inbox.dialog.done', 'Saved and recorded in the audit trail.') });
    }, 'That did not work.');

  const approveFraud = () =>
    run(async () => {
      show(await api.approveFraud(documentId));
      toggleNotification({
        type: 'success',
        message: t('inbox.fraud.approved', 'Hidden as fraudulent. The flag can be reversed.'),
      });
    }, 'Could not approve the fraud flag.');

  if (failed) return <Page.Error />;
  if (view === null || loadingPermissions) return <Page.Loading />;

  const findings: LocatedFinding[] = check.status === 'done' ? check.findings : (serverFindings ?? []);
  const blocking = findings.some((f) => f.severity === 'block');
  const title = t('inbox.item.title', 'Feedback from {name}', {
    name: view.authorName ?? t(`feedback.source.${view.source}`, view.source),
  });
  const minimum = dialog === 'fraud' ? EVIDENCE_MIN : dialog === 'offline' ? NOTE_MIN : REASON_MIN;

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        navigationAction={<BackButton fallback={`${BASE_PATH}/inbox`} />}
        title={title}
        subtitle={<FeedbackStatusBadge status={view.status} />}
      />
      <Layouts.Content>
        <Grid.Root gap={4}>
          <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
            <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
              <Flex direction="column" alignItems="stretch" gap={3}>
                <Flex gap={2} wrap="wrap">
                  <SentimentBadge sentiment={view.sentiment} />
                  <Badge>{t(`feedback.source.${view.source}`, view.source)}</Badge>
                  {view.category ? <Badge>{t(`feedback.category.${view.category}`, view.category)}</Badge> : null}
                </Flex>
                {view.rating !== null ? (
                  <Typography variant="omega" textColor="neutral800">
                    <Rating rating={view.rating} />
                  </Typography>
                ) : null}
                <Typography tag="p" textColor="neutral800" data-testid="clearpost-feedback-text">
                  {view.text}
                </Typography>
                <Typography variant="pi" textColor="neutral600">
                  {t('inbox.item.received', 'Received {date}', { date: new Date(view.receivedAt).toLocaleString() })}
                  {view.concerns ? ` · ${t('inbox.item.concerns', 'about {name}', { name: view.concerns.name })}` : ''}
                </Typography>
                {view.fraudFlag ? (
                  <Box padding={3} background="warning100" hasRadius>
                    <Typography variant="pi" textColor="warning700" tag="p" fontWeight="bold">
                      {t(`inbox.fraud.state.${view.fraudFlag.state}`, `Fraud flag: ${view.fraudFlag.state}`)}
                    </Typography>
                    <Typography variant="pi" textColor="neutral800" tag="p">
                      {view.fraudFlag.evidence}
                    </Typography>
                  </Box>
                ) : null}
                {view.response ? (
                  <Box padding={3} background="success100" hasRadius data-testid="clearpost-feedback-response">
                    <Typography variant="pi" textColor="success700" tag="p" fontWeight="bold">
                      {view.response.offlineNote
                        ? t('inbox.item.offline', 'Taken offline by {by}', { by: view.response.respondedBy ?? '—' })
                        : t('inbox.item.responded', 'Answered by {by}', { by: view.response.respondedBy ?? '—' })}
                    </Typography>
                    <Typography variant="pi" textColor="neutral800" tag="p">
                      {view.response.offlineNote ?? view.response.text}
                    </Typography>
                  </Box>
                ) : null}
                <Flex gap={2} wrap="wrap">
                  {open && allowedActions.canRespond ? (
                    <Button variant="tertiary" startIcon={<Pencil />} onClick={() => setDialog('offline')} disabled={busy}>
                      {t('inbox.offline', 'Take offline')}
                    </Button>
                  ) : null}
                  {allowedActions.canRespond && view.status !== 'hidden-as-fraudulent' && view.fraudFlag?.state !== 'pending' ? (
                    <Button variant="danger-light" startIcon={<Trash />} onClick={() => setDialog('fraud')} disabled={busy}>
                      {t('inbox.fraud.flag', 'Flag as fraudulent')}
                    </Button>
                  ) : null}
                  {allowedActions.canApprove && view.fraudFlag?.state === 'pending' ? (
                    <Button variant="danger" startIcon={<Shield />} onClick={approveFraud} disabled={busy}>
                      {t('inbox.fraud.approve', 'Approve hiding as fraudulent')}
                    </Button>
                  ) : null}
                  {allowedActions.canApprove && view.fraudFlag?.state === 'approved' ? (
                    <Button variant="secondary" onClick={() => setDialog('reverse')} disabled={busy}>
                      {t('inbox.fraud.reverse', 'Reverse fraud flag')}
                    </Button>
                  ) : null}
                </Flex>
              </Flex>
            </Box>
          </Grid.Item>
          <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
            {open && allowedActions.canRespond ? (
              <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
                <Flex direction="column" alignItems="stretch" gap={4}>
                  <Typography variant="delta" tag="h2">
                    {t('inbox.reply.title', 'Reply')}
                  </Typography>
                  <Field.Root
                    name="clearpost-concerns"
                    hint={t('inbox.reply.concerns.hint', "Fills the template's provider, department and phone.")}
                  >
                    <Field.Label>{t('inbox.reply.concerns', 'Provider or department')}</Field.Label>
                    <SingleSelect
                      value={concernsId}
                      placeholder={t('inbox.reply.concerns.placeholder', 'Choose who this concerns')}
                      onChange={(value: string | number) => setConcernsId(String(value))}
                      onClear={() => setConcernsId('')}
                    >
                      {contacts.map((contact) => (
                        <SingleSelectOption key={contact.documentId} value={contact.documentId}>
                          {contact.name}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                    <Field.Hint />
                  </Field.Root>
                  <Flex gap={2} alignItems="flex-end">
                    <Box flex="1">
                      <Field.Root name="clearpost-template">
                        <Field.Label>{t('inbox.reply.template', 'Reply template')}</Field.Label>
                        <SingleSelect
                          value={templateId}
                          placeholder={t('inbox.reply.template.placeholder', 'Choose a template')}
                          onChange={(value: string | number) => setTemplateId(String(value))}
                        >
                          {templates.map((template) => (
                            <SingleSelectOption key={template.documentId} value={template.documentId}>
                              {template.documentId === view.suggestedTemplateDocumentId
                                ? t('inbox.reply.template.suggested', '{name} (suggested)', { name: template.name })
                                : template.name}
                            </SingleSelectOption>
                          ))}
                        </SingleSelect>
                      </Field.Root>
                    </Box>
                    <Button variant="secondary" onClick={useTemplate} disabled={busy || !templateId}>
                      {t('inbox.reply.use-template', 'Use template')}
                    </Button>
                  </Flex>
                  <Field.Root
                    name="clearpost-reply"
                    hint={t(
                      'inbox.reply.hint',
                      "Route the person to the right department. Don't repeat their details, confirm they are a patient or give advice."
                    )}
                  >
                    <Field.Label>{t('inbox.reply.text', 'Reply text')}</Field.Label>
                    <Textarea
                      value={text}
                      onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)}
                    />
                    <Field.Hint />
                  </Field.Root>
                  <Box data-testid="clearpost-reply-check" aria-live="polite">
                    {check.status === 'checking' ? <Loader small>{t('panel.checking', 'Checking')}</Loader> : null}
                    {check.status === 'error' ? <Typography textColor="danger700">{check.message}</Typography> : null}
                    {findings.length > 0 ? (
                      <FindingsList findings={findings} />
                    ) : check.status === 'done' ? (
                      <Typography textColor="success700">{t('inbox.reply.clean', 'No compliance findings.')}</Typography>
                    ) : null}
                  </Box>
                  <Flex gap={2} justifyContent="flex-end">
                    <Button
                      variant="secondary"
                      onClick={() => run(async () => void (await saveDraft()), 'Could not save the draft.')}
                      disabled={busy || text.trim() === ''}
                    >
                      {t('inbox.reply.save', 'Save draft')}
                    </Button>
                    {view.status === 'awaiting-approval' && allowedActions.canApprove ? (
                      <Button startIcon={<Check />} onClick={approve} disabled={busy || blocking}>
                        {t('inbox.reply.approve', 'Approve and send')}
                      </Button>
                    ) : null}
                    {view.status !== 'awaiting-approval' ? (
                      <Button onClick={send} disabled={busy || blocking || text.trim() === '' || !view.canReplyOnPlatform}>
                        {t('inbox.reply.send', 'Send reply')}
                      </Button>
                    ) : null}
                  </Flex>
                  {!view.canReplyOnPlatform ? (
                    <Typography variant="pi" textColor="neutral600">
                      {t(
                        'inbox.reply.no-platform',
                        'Clearpost cannot reply on this platform. Contact the person and take the item offline.'
                      )}
                    </Typography>
                  ) : null}
                  {view.status === 'awaiting-approval' ? (
                    <Typography variant="pi" textColor="neutral600" data-testid="clearpost-awaiting-approval">
                      {t('inbox.reply.awaiting', 'Waiting for a compliance reviewer to approve this reply.')}
                    </Typography>
                  ) : null}
                </Flex>
              </Box>
            ) : null}
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
      <Modal.Root open={dialog !== null} onOpenChange={(isOpen: boolean) => !isOpen && setDialog(null)}>
        <Modal.Content>
          <Modal.Header>
            <Modal.Title>
              {dialog === 'fraud'
                ? t('inbox.fraud.flag', 'Flag as fraudulent')
                : dialog === 'reverse'
                  ? t('inbox.fraud.reverse', 'Reverse fraud flag')
                  : t('inbox.offline', 'Take offline')}
            </Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Field.Root
              name="clearpost-dialog-text"
              required
              hint={
                dialog === 'fraud'
                  ? t(
                      'inbox.fraud.hint',
                      'Written evidence that the review is fraudulent (at least {min} characters). A second person must approve before it is hidden.',
                      { min: EVIDENCE_MIN }
                    )
                  : dialog === 'reverse'
                    ? t('inbox.fraud.reverse.hint', 'Why the flag is reversed (at least {min} characters).', { min: REASON_MIN })
                    : t('inbox.offline.hint', 'How the person was contacted (at least {min} characters).', { min: NOTE_MIN })
              }
            >
              <Field.Label>
                {dialog === 'fraud'
                  ? t('inbox.fraud.evidence', 'Evidence')
                  : dialog === 'reverse'
                    ? t('inbox.fraud.reason', 'Reason')
                    : t('inbox.offline.note', 'Note')}
              </Field.Label>
              <Textarea
                value={dialogText}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setDialogText(event.target.value)}
              />
              <Field.Hint />
            </Field.Root>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('actions.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button onClick={submitDialog} disabled={busy || dialogText.trim().length < minimum}>
              {t('inbox.dialog.confirm', 'Confirm')}
            </Button>
          </Modal.Footer>
        </Modal.Content>
      </Modal.Root>
    </Page.Main>
  );
};
