import { parseDateTime } from '@tandem/engine';
import { describe, expect, it } from 'vitest';
import { mspdi, STANDARD_WEEK, task } from './mspdi-fixtures';
import { readMspdi } from './read-mspdi';

const at = parseDateTime;

describe('readMspdi: project and outline', () => {
  it('reads the project settings, converting the critical slack limit from days to minutes', () => {
    const { project } = readMspdi(
      mspdi({ header: '<StatusDate>2024-01-15T17:00:00</StatusDate>' }).replace(
        '<CriticalSlackLimit>0</CriticalSlackLimit>',
        '<CriticalSlackLimit>2</CriticalSlackLimit>',
      ),
    );
    expect(project.settings).toEqual({
      name: 'Fixture',
      start: at('2024-01-08T08:00'),
      finish: at('2024-02-08T17:00'),
      scheduleFrom: 'start',
      calendarId: '1',
      minutesPerDay: 480,
      minutesPerWeek: 2400,
      daysPerMonth: 20,
      defaultStartTime: 480,
      defaultFinishTime: 1020,
      statusDate: at('2024-01-15T17:00'),
      criticalSlackLimit: 960,
      honorConstraints: true,
      currencyCode: 'EUR',
      currencyDigits: 2,
    });
  });

  it('derives parents and summaries from OutlineLevel even when every Summary flag says 0', () => {
    const doc = readMspdi(
      mspdi({
        tasks: [
          task(1, '<Summary>0</Summary>', 1),
          task(2, '<Summary>0</Summary>', 2),
          task(3, '<Summary>0</Summary>', 3),
          task(4, '<Summary>0</Summary>', 2),
          task(5, '<Summary>0</Summary>', 1),
        ].join(''),
      }),
    );
    expect(doc.project.tasks.map((t) => [t.id, t.parentId, t.order])).toEqual([
      ['1', null, 0],
      ['2', '1', 0],
      ['3', '2', 0],
      ['4', '1', 1],
      ['5', null, 1],
    ]);
    expect([...doc.stored.entries()].filter(([, s]) => s.summary).map(([id]) => id)).toEqual(['1', '2']);
    expect(doc.stored.get('1')?.summaryFlag).toBe(false);
  });

  it('skips the project summary task and blank rows', () => {
    const { project } = readMspdi(
      mspdi({ tasks: `${task(1)}<Task><UID>2</UID><ID>2</ID><IsNull>1</IsNull></Task>${task(3)}` }),
    );
    expect(project.tasks.map((t) => t.id)).toEqual(['1', '3']);
  });

  it('decodes entities, character references and CDATA in text', () => {
    const { project } = readMspdi(
      mspdi({
        tasks: task(
          1,
          '<Name>R&amp;D &lt;phase&gt; caf&#233; &#x263A;</Name><Notes><![CDATA[a <b> & c]]></Notes>',
        ),
      }),
    );
    expect(project.tasks[0].name).toBe('R&D <phase> café ☺');
    expect(project.tasks[0].notes).toBe('a <b> & c');
  });
});

describe('readMspdi: durations, links and constraints', () => {
  it('reads durations in minutes with the unit of DurationFormat, estimated variants and the project default', () => {
    const { project } = readMspdi(
      mspdi({
        tasks: [
          task(1, '<Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat>'),
          task(2, '<Duration>PT48H0M0S</Duration><DurationFormat>8</DurationFormat>'),
          task(3, '<Duration>PT8H30M0S</Duration><DurationFormat>39</DurationFormat>'),
          task(4, '<Duration>PT40H0M0S</Duration><DurationFormat>53</DurationFormat>'),
          task(5, '<Duration>PT0.5H</Duration><DurationFormat>5</DurationFormat>'),
        ].join(''),
      }),
    );
    expect(project.tasks.map((t) => [t.duration, t.durationUnit, t.estimated])).toEqual([
      [960, 'd', false],
      [2880, 'ed', false],
      [510, 'd', true],
      [2400, 'd', false],
      [30, 'h', false],
    ]);
  });

  it('reads link types 0–3 as FF, FS, SF, SS and lags in tenths of minutes or in percent', () => {
    const link = (pred: number, type: number, lag: number, format: number) =>
      `<PredecessorLink><PredecessorUID>${pred}</PredecessorUID><Type>${type}</Type><LinkLag>${lag}</LinkLag><LagFormat>${format}</LagFormat></PredecessorLink>`;
    const { project } = readMspdi(
      mspdi({
        tasks: [
          task(1),
          task(2, link(1, 0, 4800, 7)),
          task(3, link(2, 1, -24000, 9)),
          task(4, link(3, 2, 14400, 8)),
          task(5, link(4, 3, 50, 19)),
        ].join(''),
      }),
    );
    expect(project.links).toEqual([
      { predecessorId: '1', successorId: '2', type: 'FF', lag: 480, lagUnit: 'd' },
      { predecessorId: '2', successorId: '3', type: 'FS', lag: -2400, lagUnit: 'w' },
      { predecessorId: '3', successorId: '4', type: 'SF', lag: 1440, lagUnit: 'ed' },
      { predecessorId: '4', successorId: '5', type: 'SS', lag: 50, lagUnit: '%' },
    ]);
  });

  it('reads constraint types 0–7 with their dates', () => {
    const types = ['ASAP', 'ALAP', 'MSO', 'MFO', 'SNET', 'SNLT', 'FNET', 'FNLT'];
    const { project } = readMspdi(
      mspdi({
        tasks: types
          .map((_, code) =>
            task(
              code + 1,
              `<ConstraintType>${code}</ConstraintType><ConstraintDate>2024-01-10T08:00:00</ConstraintDate>`,
            ),
          )
          .join(''),
      }),
    );
    expect(project.tasks.map((t) => t.constraint)).toEqual(
      types.map((type) =>
        type === 'ASAP' || type === 'ALAP' ? { type } : { type, date: at('2024-01-10T08:00') },
      ),
    );
  });

  it('reads task flags, progress, deadline, costs in minor units and custom fields by alias', () => {
    const { project } = readMspdi(
      mspdi({
        header: `<ExtendedAttributes>
          <ExtendedAttribute><FieldID>188743731</FieldID><FieldName>Text1</FieldName><Alias>Team</Alias></ExtendedAttribute>
          <ExtendedAttribute><FieldID>188743752</FieldID><FieldName>Flag1</FieldName></ExtendedAttribute>
        </ExtendedAttributes>`,
        tasks: task(
          7,
          `<Active>0</Active><Manual>1</Manual><Type>1</Type><WBS>1.2</WBS><Priority>700</Priority>
           <Start>2024-01-09T08:00:00</Start><Finish>2024-01-09T17:00:00</Finish>
           <EffortDriven>1</EffortDriven><Milestone>0</Milestone><FixedCost>12345</FixedCost>
           <PercentComplete>50</PercentComplete><ActualStart>2024-01-09T08:00:00</ActualStart>
           <ActualDuration>PT4H0M0S</ActualDuration><RemainingDuration>PT4H0M0S</RemainingDuration>
           <Deadline>2024-01-20T17:00:00</Deadline><CalendarUID>-1</CalendarUID><LevelingDelay>4800</LevelingDelay>
           <IgnoreResourceCalendar>1</IgnoreResourceCalendar>
           <ExtendedAttribute><FieldID>188743731</FieldID><Value>Platform</Value></ExtendedAttribute>
           <ExtendedAttribute><FieldID>188743752</FieldID><Value>1</Value></ExtendedAttribute>`,
        ),
      }),
    );
    expect(project.tasks[0]).toMatchObject({
      active: false,
      manual: true,
      manualStart: at('2024-01-09T08:00'),
      manualFinish: at('2024-01-09T17:00'),
      type: 'fixedDuration',
      wbs: '1.2',
      priority: 700,
      effortDriven: true,
      milestone: false,
      fixedCost: 12345,
      percentComplete: 50,
      actualStart: at('2024-01-09T08:00'),
      actualDuration: 240,
      remainingDuration: 240,
      deadline: at('2024-01-20T17:00'),
      levelingDelay: 480,
      ignoreResourceCalendar: true,
      custom: { Team: 'Platform', Flag1: '1' },
    });
    expect(project.tasks[0].calendarId).toBeUndefined();
  });

  it('keeps the dates the file stores, with slack converted from tenths of minutes', () => {
    const doc = readMspdi(
      mspdi({
        tasks: task(
          1,
          `<Start>2024-01-08T08:00:00</Start><Finish>2024-01-08T17:00:00</Finish>
           <EarlyStart>2024-01-08T08:00:00</EarlyStart><LateStart>2024-01-10T08:00:00</LateStart>
           <TotalSlack>9600</TotalSlack><FreeSlack>4800</FreeSlack><Critical>0</Critical>`,
        ),
      }),
    );
    expect(doc.stored.get('1')).toMatchObject({
      rowId: 1,
      start: at('2024-01-08T08:00'),
      finish: at('2024-01-08T17:00'),
      earlyStart: at('2024-01-08T08:00'),
      lateStart: at('2024-01-10T08:00'),
      totalSlack: 960,
      freeSlack: 480,
      critical: false,
      summary: false,
      manual: false,
    });
  });
});

describe('readMspdi: calendars', () => {
  it('reads week days, midnight as end of day, and Project 2003 exceptions (DayType 0)', () => {
    const { project } = readMspdi(
      mspdi({
        calendars: `<Calendar><UID>1</UID><Name>Night</Name><IsBaseCalendar>1</IsBaseCalendar>
          <WeekDays>
            <WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes>
              <WorkingTime><FromTime>22:00:00</FromTime><ToTime>00:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
            <WeekDay><DayType>0</DayType><DayWorking>0</DayWorking>
              <TimePeriod><FromDate>2024-12-25T00:00:00</FromDate><ToDate>2024-12-26T23:59:00</ToDate></TimePeriod></WeekDay>
          </WeekDays></Calendar>
          <Calendar><UID>2</UID><Name>Ann</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID></Calendar>`,
      }),
    );
    const [night, ann] = project.calendars;
    expect(night.week[1]).toEqual({ working: true, ranges: [{ from: 1320, to: 1440 }] });
    expect(night.week[0]).toBeNull();
    expect(night.exceptions).toEqual([
      { from: at('2024-12-25T00:00'), to: at('2024-12-26T23:59'), working: false, ranges: [] },
    ]);
    expect(ann).toMatchObject({
      id: '2',
      baseCalendarId: '1',
      week: [null, null, null, null, null, null, null],
    });
  });

  it('prefers Project 2007 Exceptions (with recurrence) over their expanded DayType 0 copies', () => {
    const exception = (body: string) => `<Exception><EnteredByOccurrences>1</EnteredByOccurrences>
      <TimePeriod><FromDate>2024-01-01T00:00:00</FromDate><ToDate>2024-06-30T23:59:00</ToDate></TimePeriod>${body}</Exception>`;
    const { project } = readMspdi(
      mspdi({
        calendars: `<Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>${STANDARD_WEEK.replace(
          '</WeekDays>',
          `<WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2024-01-01T00:00:00</FromDate><ToDate>2024-01-01T23:59:00</ToDate></TimePeriod></WeekDay></WeekDays>`,
        )}
        <Exceptions>
          ${exception('<Occurrences>3</Occurrences><Name>Weekly</Name><Type>6</Type><Period>2</Period><DaysOfWeek>34</DaysOfWeek><DayWorking>0</DayWorking>')}
          ${exception('<Occurrences>4</Occurrences><Type>5</Type><Period>1</Period><MonthItem>4</MonthItem><MonthPosition>4</MonthPosition><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>09:00:00</FromTime><ToTime>13:00:00</ToTime></WorkingTime></WorkingTimes>')}
          ${exception('<Occurrences>2</Occurrences><Type>2</Type><Month>11</Month><MonthDay>25</MonthDay><DayWorking>0</DayWorking>')}
          ${exception('<Occurrences>5</Occurrences><Type>7</Type><Period>3</Period><DayWorking>0</DayWorking>')}
        </Exceptions></Calendar>`,
      }),
    );
    const from = at('2024-01-01T00:00');
    const to = at('2024-06-30T23:59');
    expect(project.calendars[0].exceptions).toEqual([
      {
        name: 'Weekly',
        from,
        to,
        working: false,
        ranges: [],
        recurrence: { type: 'weekly', interval: 2, daysOfWeek: [1, 5], occurrences: 3 },
      },
      {
        from,
        to,
        working: true,
        ranges: [{ from: 540, to: 780 }],
        recurrence: { type: 'monthly', interval: 1, weekOfMonth: 5, dayOfWeek: 1, occurrences: 4 },
      },
      {
        from,
        to,
        working: false,
        ranges: [],
        recurrence: { type: 'yearly', interval: 1, month: 12, dayOfMonth: 25, occurrences: 2 },
      },
      { from, to, working: false, ranges: [], recurrence: { type: 'daily', interval: 3, occurrences: 5 } },
    ]);
  });
});

describe('readMspdi: resources, assignments and baselines', () => {
  it('reads resources with rate table A in minor units, availability, and assignments in minutes', () => {
    const doc = readMspdi(
      mspdi({
        calendars: `${'<Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>'}${STANDARD_WEEK}</Calendar>
          <Calendar><UID>3</UID><Name>Ann</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID></Calendar>`,
        tasks: task(
          1,
          '<Baseline><Number>0</Number><Start>2024-01-08T08:00:00</Start><Finish>2024-01-08T17:00:00</Finish><Duration>PT8H0M0S</Duration><Work>PT16H0M0S</Work><Cost>80000</Cost></Baseline>',
        ),
        resources: `<Resource><UID>0</UID><ID>0</ID><Name>Unassigned</Name></Resource>
          <Resource><UID>5</UID><ID>1</ID><Name>Ann</Name><Type>1</Type><Initials>A</Initials><MaxUnits>0.5</MaxUnits><CalendarUID>3</CalendarUID>
            <AvailabilityPeriods><AvailabilityPeriod><AvailableFrom>1984-01-01T00:00:00</AvailableFrom><AvailableTo>2024-03-01T17:00:00</AvailableTo><AvailableUnits>1</AvailableUnits></AvailabilityPeriod></AvailabilityPeriods>
            <Rates>
              <Rate><RatesFrom>1984-01-01T00:00:00</RatesFrom><RatesTo>2049-12-31T23:59:00</RatesTo><RateTable>0</RateTable><StandardRate>50.5</StandardRate><OvertimeRate>75</OvertimeRate><CostPerUse>1000</CostPerUse></Rate>
              <Rate><RatesFrom>1984-01-01T00:00:00</RatesFrom><RatesTo>2049-12-31T23:59:00</RatesTo><RateTable>1</RateTable><StandardRate>99</StandardRate></Rate>
            </Rates></Resource>`,
        assignments: `<Assignment><UID>9</UID><TaskUID>1</TaskUID><ResourceUID>5</ResourceUID><Delay>4800</Delay><Units>0.5</Units><Work>PT4H0M0S</Work><RemainingWork>PT4H0M0S</RemainingWork></Assignment>
          <Assignment><UID>10</UID><TaskUID>1</TaskUID><ResourceUID>-65535</ResourceUID><Units>1</Units></Assignment>`,
      }),
    );
    expect(doc.project.resources).toEqual([
      {
        id: '5',
        name: 'Ann',
        type: 'work',
        maxUnits: 0.5,
        initials: 'A',
        calendarId: '3',
        availability: [{ from: null, to: at('2024-03-01T17:00'), units: 1 }],
        rates: [{ from: null, standardRate: 5050, overtimeRate: 7500, costPerUse: 1000 }],
      },
    ]);
    expect(doc.project.assignments).toEqual([
      { id: '9', taskId: '1', resourceId: '5', units: 0.5, work: 240, remainingWork: 240, delay: 480 },
    ]);
    expect(doc.project.baselines).toEqual({
      '1': [
        {
          index: 0,
          start: at('2024-01-08T08:00'),
          finish: at('2024-01-08T17:00'),
          duration: 480,
          work: 960,
          cost: 80000,
        },
      ],
    });
  });
});
