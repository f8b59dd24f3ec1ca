import type * as React from 'react';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/get-translation';
import { HighlightedSnippet } from './HighlightedSnippet';
import type { Finding } from '../services/types';

/** A finding with the text it was found in (the field's current text) and where. */
export interface LocatedFinding extends Finding {
  field: string;
  /** The full text of the field, for the snippet. Absent when only the finding's own words are known. */
  source?: string;
  overridden?: { by: string; justification: string; at: string };
}

const CATEGORY_ORDER = ['phi', 'patient-confirmation', 'medical-advice', 'clickbait', 'template', 'digestibility'];

function groupByCategory(findings: readonly LocatedFinding[]): Array<[string, LocatedFinding[]]> {
  const groups = new Map<string, LocatedFinding[]>();
  for (const finding of findings) groups.set(finding.category, [...(groups.get(finding.category) ?? []), finding]);
  // Within a category, what blocks publish comes first.
  for (const items of groups.values()) items.sort((a, b) => (a.severity === b.severity ? a.start - b.start : a.severity === 'block' ? -1 : 1));
  const rank = (category: string) => (CATEGORY_ORDER.includes(category) ? CATEGORY_ORDER.indexOf(category) : CATEGORY_ORDER.length);
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}

interface FindingsListProps {
  findings: readonly LocatedFinding[];
  /** Show which field each finding is in (posts have several texts). */
  showField?: boolean;
  /** Extra controls under a finding (the reviewer's Override button). */
  renderAction?: (finding: LocatedFinding) => React.ReactNode;
}

/** Findings grouped by category: the offending words marked in context, the message and the suggestion. */
export const FindingsList = ({ findings, showField = false, renderAction }: FindingsListProps) => {
  const { formatMessage } = useIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={4} tag="ul" aria-label={formatMessage({ id: getTranslation('findings.list'), defaultMessage: 'Compliance findings' })}>
      {groupByCategory(findings).map(([category, items]) => (
        <Box key={category} tag="li">
          <Typography variant="sigma" textColor="neutral600" tag="h3">
            {formatMessage({ id: getTranslation(`category.${category}`), defaultMessage: category })} ({items.length})
          </Typography>
          <Flex direction="column" alignItems="stretch" gap={2} paddingTop={2} tag="ul">
            {items.map((finding, index) => (
              <Box
                key={`${finding.field}:${finding.rule}:${finding.start}:${index}`}
                tag="li"
                padding={3}
                hasRadius
                background={finding.severity === 'block' ? 'danger100' : 'warning100'}
                borderColor={finding.severity === 'block' ? 'danger200' : 'warning200'}
                data-testid="clearpost-finding"
              >
                <Flex gap={2} wrap="wrap" paddingBottom={1}>
                  <Badge backgroundColor={finding.severity === 'block' ? 'danger600' : 'warning600'} textColor="neutral0">
                    {formatMessage({ id: getTranslation(`severity.${finding.severity}`), defaultMessage: finding.severity })}
                  </Badge>
                  <Typography variant="pi" fontWeight="bold" textColor="neutral800">
                    {finding.type}
                  </Typography>
                  {showField ? (
                    <Typography variant="pi" textColor="neutral600">
                      {formatMessage({ id: getTranslation('findings.in-field'), defaultMessage: 'in {field}' }, { field: finding.field })}
                    </Typography>
                  ) : null}
                </Flex>
                {finding.source !== undefined ? (
                  <HighlightedSnippet text={finding.source} start={finding.start} end={finding.end} severity={finding.severity} />
                ) : (
                  <HighlightedSnippet text={finding.text} start={0} end={finding.text.length} severity={finding.severity} />
                )}
                <Typography variant="pi" textColor="neutral800" tag="p">
                  {finding.message}
                </Typography>
                {finding.suggestion ? (
                  <Typography variant="pi" textColor="neutral700" tag="p">
                    {formatMessage({ id: getTranslation('findings.suggestion'), defaultMessage: 'Suggestion: {suggestion}' }, { suggestion: finding.suggestion })}
                  </Typography>
                ) : null}
                {finding.overridden ? (
                  <Typography variant="pi" textColor="success700" tag="p">
                    {formatMessage(
                      { id: getTranslation('findings.overridden'), defaultMessage: 'Overridden by {by}: {justification}' },
                      { by: finding.overridden.by, justification: finding.overridden.justification }
                    )}
                  </Typography>
                ) : null}
                {renderAction ? <Box paddingTop={2}>{renderAction(finding)}</Box> : null}
              </Box>
            ))}
          </Flex>
        </Box>
      ))}
    </Flex>
  );
};
