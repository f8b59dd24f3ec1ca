import type { RejectedRowView } from '../../../../server/src/contracts/analytics';

export interface RowProblem {
  line: number;
  column: string | null;
  message: string;
}

/**
 * The server gives one reason per rejected row, naming each bad column as "column: problem" and
 * joining them with "; ". One table row per problem reads better than the joined sentence.
 */
export function rowProblems(rejected: readonly RejectedRowView[]): RowProblem[] {
  return rejected.flatMap(({ line, reason }) =>
    reason.split('; ').map((part) => {
      const match = /^([^:']{1,80}): (.+)$/s.exec(part);
      return match ? { line, column: match[1], message: match[2] } : { line, column: null, message: part };
    })
  );
}
