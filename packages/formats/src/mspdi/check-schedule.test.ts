import { parseDateTime, schedule } from '@tandem/engine';
import { describe, expect, it } from 'vitest';
import { checkAgainstStored } from './check-schedule';
import { mspdi, task } from './mspdi-fixtures';
import { readMspdi } from './read-mspdi';

const dates = (start: string, finish: string) => `<Start>${start}</Start><Finish>${finish}</Finish>`;

describe('checkAgainstStored', () => {
  const document = readMspdi(
    mspdi({
      tasks: [
        task(1, `<Name>Phase</Name>${dates('2024-01-08T08:00:00', '2024-01-09T17:00:00')}`, 1),
        task(2, dates('2024-01-08T08:00:00', '2024-01-08T17:00:00'), 2),
        task(
          3,
          `${dates('2024-01-09T08:00:00', '2024-01-10T12:00:00')}<PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type></PredecessorLink>`,
          2,
        ),
        task(4, `<Manual>1</Manual>${dates('2024-02-01T08:00:00', '2024-02-01T17:00:00')}`, 1),
        task(5, '', 1),
      ].join(''),
    }),
  );
  const check = checkAgainstStored(document, schedule(document.project));

  it('compares non-summary, automatically scheduled tasks that store a start and finish', () => {
    // 1 is a summary, 4 is manual, 5 stores no dates: only 2 and 3 are compared.
    expect(check.tasks).toBe(2);
    expect(check.matched).toBe(1);
  });

  it('lists each differing field with the stored and the computed date', () => {
    expect(check.mismatches).toEqual([
      {
        uid: '3',
        name: 'Task 3',
        field: 'finish',
        expected: parseDateTime('2024-01-10T12:00'),
        actual: parseDateTime('2024-01-09T17:00'),
      },
    ]);
  });
});
