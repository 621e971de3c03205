"""Date cases in the style of the TimeML and TempEval-3 guidelines' examples, written for newsgraph.

Each case: the article date (the document creation time), a sentence, the expression and the
value a TimeML annotator would give it (our format: ISO day, "YYYY-MM", "YYYY"; a season or a
week as its first month or day; None for DURATION and SET, which carry no date). The weekday
and month cases follow the guidelines' rule that tense decides direction ("will meet on
Thursday" is the coming one, "met on Thursday" the past one); "now" and "currently" are the
article's date (TimeML's PRESENT_REF, anchored).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class DateCase:
    published: dt.date
    sentence: str
    expression: str
    value: str | None
    timex_type: str = "DATE"


WED = dt.date(1998, 9, 30)  # a Wednesday
MAR = dt.date(1999, 3, 10)  # a Wednesday in March
D = DateCase
DATE_CASES: list[DateCase] = [
    # weekdays: tense and "next"/"last" decide
    D(WED, "The minister will arrive Thursday for two days of talks.", "Thursday", "1998-10-01"),
    D(WED, "The minister arrived Thursday for two days of talks.", "Thursday", "1998-09-24"),
    D(WED, "Voters go to the polls on Sunday.", "Sunday", "1998-10-04"),
    D(WED, "The central bank cut rates on Monday.", "Monday", "1998-09-28"),
    D(WED, "The board meets next Tuesday.", "next Tuesday", "1998-10-06"),
    D(WED, "He resigned last Friday.", "last Friday", "1998-09-25"),
    D(WED, "The report was published on Wednesday.", "Wednesday", "1998-09-30"),
    D(WED, "Talks are scheduled to resume Friday.", "Friday", "1998-10-02"),
    # months and seasons: tense and the article date imply the year
    D(MAR, "The company will report results in April.", "April", "1999-04"),
    D(MAR, "The plant closed in April.", "April", "1998-04"),
    D(MAR, "Elections are expected in November.", "November", "1999-11"),
    D(MAR, "The law took effect in December.", "December", "1998-12"),
    D(MAR, "The trial opens in May.", "May", "1999-05"),
    D(MAR, "Prices fell sharply in February.", "February", "1999-02"),
    D(WED, "The strike began in the summer.", "the summer", "1998-06"),
    D(WED, "Construction will start in the spring.", "the spring", "1999-03"),
    D(WED, "Sales slumped last winter.", "last winter", "1997-12"),
    # the present and day words
    D(WED, "The company now employs 3,000 people.", "now", "1998-09-30"),
    D(WED, "Prices are currently rising across the region.", "currently", "1998-09-30"),
    D(WED, "Today, the committee voted to approve the plan.", "Today", "1998-09-30"),
    D(WED, "The ministry said yesterday that exports had risen.", "yesterday", "1998-09-29"),
    D(WED, "The team flies home tomorrow.", "tomorrow", "1998-10-01"),
    D(WED, "Sales rose this week, the company said.", "this week", "1998-09-28"),
    D(
        WED,
        "The rebels attacked on Sept. 12. Earlier that day, the army had withdrawn.",
        "Earlier that day",
        "1998-09-12",
    ),
    # absolute and relative dates
    D(WED, "The treaty was signed on March 3, 1997.", "March 3, 1997", "1997-03-03"),
    D(WED, "The bank was founded in 1987.", "1987", "1987"),
    D(WED, "The mine closed two years ago.", "two years ago", "1996"),
    D(WED, "Profits rose last month.", "last month", "1998-08"),
    D(WED, "The vote will be held next year.", "next year", "1999"),
    D(WED, "Unemployment fell in the third quarter.", "third quarter", "1998-07"),
    # durations and sets: recognised, never a date
    D(WED, "The fighting has lasted three years.", "three years", None, "DURATION"),
    D(WED, "He signed a five-year contract with the club.", "five-year", None, "DURATION"),
    D(WED, "The talks went on for 12 hours.", "12 hours", None, "DURATION"),
    D(WED, "The clean-up is expected to last three weeks.", "three weeks", None, "DURATION"),
    D(WED, "The council meets every Monday.", "every Monday", None, "SET"),
    D(WED, "The figures are published weekly.", "weekly", None, "SET"),
    D(WED, "The museum is closed on Mondays.", "on Mondays", None, "SET"),
    D(WED, "Inspections take place each year.", "each year", None, "SET"),
]

# "Today" as a title is no date at all.
TITLE_SENTENCES: list[str] = [
    "She told the BBC's Today programme that the plan would fail.",
    "He said in an interview with USA Today that he would run.",
    "The minister was speaking on the Today show.",
]
