import * as React from 'react';
import { Badge, Flex, LinkButton, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Eye } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { BASE_PATH } from '../../components/ClearpostNav';
import { apiErrorMessage } from '../../services/api-error';
import { usePostsApi } from '../../services/posts';
import type { PostSummary } from '../../services/types';
import { getTranslation } from '../../utils/get-translation';
import { ageOf, personName } from '../../utils/people';
import { TableHeader } from '../../components/TableHeader';
import { EmptyState } from '../../components/EmptyState';

export const ReviewQueuePage = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const posts = usePostsApi();
  const [rows, setRows] = React.useState<PostSummary[] | null>(null);
  const [failed, setFailed] = React.useState(false);

  React.useEffect(() => {
    let live = true;
    posts
      .inReview()
      .then((result) => live && setRows(result))
      .catch((error) => {
        if (!live) return;
        setFailed(true);
        toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Could not load the review queue.') });
      });
    return () => {
      live = false;
    };
  }, [posts, toggleNotification]);

  const title = formatMessage({ id: getTranslation('queue.title'), defaultMessage: 'Review queue' });
  if (failed) return <Page.Error />;
  if (rows === null) return <Page.Loading />;

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage(
          {
            id: getTranslation('queue.subtitle'),
            defaultMessage: '{count, plural, =0 {No posts are} one {# post is} other {# posts are}} waiting for review',
          },
          { count: rows.length }
        )}
      />
      <Layouts.Content>
        {rows.length === 0 ? (
          <EmptyState>
            {formatMessage({
              id: getTranslation('queue.empty'),
              defaultMessage: 'Nothing to review. Posts appear here when an editor submits them.',
            })}
          </EmptyState>
        ) : (
          <Table colCount={6} rowCount={rows.length + 1}>
            <TableHeader
              columns={[
                formatMessage({ id: getTranslation('queue.column.title'), defaultMessage: 'Title' }),
                formatMessage({ id: getTranslation('queue.column.author'), defaultMessage: 'Author' }),
                formatMessage({ id: getTranslation('queue.column.waiting'), defaultMessage: 'Waiting' }),
                formatMessage({ id: getTranslation('queue.column.findings'), defaultMessage: 'Findings' }),
                formatMessage({ id: getTranslation('queue.column.published'), defaultMessage: 'Live version' }),
                { label: formatMessage({ id: getTranslation('queue.column.actions'), defaultMessage: 'Actions' }), hidden: true },
              ]}
            />
            <Tbody>
              {rows.map((post) => {
                const findings = post.complianceReport?.findings ?? [];
                const blocking = findings.filter((f) => f.severity === 'block' && !f.overridden).length;
                const age = ageOf(post.updatedAt);
                return (
                  <Tr key={post.documentId} data-testid="clearpost-queue-row">
                    <Td>
                      <Typography fontWeight="bold" textColor="neutral800">
                        {post.title}
                      </Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral800">{personName(post.createdBy) ?? '—'}</Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral800">
                        {formatMessage(
                          {
                            id: getTranslation('queue.age'),
                            defaultMessage:
                              '{value} {unit, select, minute {{value, plural, one {minute} other {minutes}}} hour {{value, plural, one {hour} other {hours}}} other {{value, plural, one {day} other {days}}}}',
                          },
                          age
                        )}
                      </Typography>
                    </Td>
                    <Td>
                      <Flex gap={1}>
                        <Badge
                          backgroundColor={blocking > 0 ? 'danger100' : findings.length > 0 ? 'warning100' : 'success100'}
                          textColor={blocking > 0 ? 'danger700' : findings.length > 0 ? 'warning700' : 'success700'}
                        >
                          {formatMessage(
                            { id: getTranslation('queue.findings'), defaultMessage: '{count} ({blocking} blocking)' },
                            { count: findings.length, blocking }
                          )}
                        </Badge>
                      </Flex>
                    </Td>
                    <Td>
                      <Typography textColor="neutral800">
                        {post.status === 'published' || post.status === 'modified' || post.publishedAt
                          ? formatMessage({ id: getTranslation('queue.live.yes'), defaultMessage: 'Published' })
                          : formatMessage({ id: getTranslation('queue.live.no'), defaultMessage: 'Never published' })}
                      </Typography>
                    </Td>
                    <Td>
                      <LinkButton
                        tag={Link}
                        to={`${BASE_PATH}/review/${post.documentId}`}
                        variant="secondary"
                        size="S"
                        startIcon={<Eye />}
                        aria-label={formatMessage(
                          { id: getTranslation('queue.open.label'), defaultMessage: 'Review {title}' },
                          { title: post.title }
                        )}
                      >
                        {formatMessage({ id: getTranslation('queue.open'), defaultMessage: 'Review' })}
                      </LinkButton>
                    </Td>
                  </Tr>
                );
              })}
            </Tbody>
          </Table>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
