import * as React from 'react';
import { Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';

export type TableColumn = string | { label: string; hidden: true };

/** A table's header row; a hidden column (e.g. actions) keeps its name for screen readers. */
export const TableHeader = ({ columns }: { columns: readonly TableColumn[] }) => (
  <Thead>
    <Tr>
      {columns.map((column) =>
        typeof column === 'string' ? (
          <Th key={column}>
            <Typography variant="sigma">{column}</Typography>
          </Th>
        ) : (
          <Th key={column.label}>
            <VisuallyHidden>{column.label}</VisuallyHidden>
          </Th>
        )
      )}
    </Tr>
  </Thead>
);
