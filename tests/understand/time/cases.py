"""Date cases in the style of the TimeML and TempEval-3 guidelines' examples, written for newsgraph.

Each case: the article date (the document creation time), a sentence, the expression and the
value a TimeML annotator would give it (our format: ISO day, "YYYY-MM", "YYYY"; a season, a
quarter, a half-year or a week as its first month or day, a decade as its first year; None for
DURATION and SET, which carry no date). The expression is found when a reported date overlaps it
(extents differ on "the": TimeML's "the fourth quarter" is our "fourth quarter"). The weekday
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

JAN = dt.date(2000, 1, 12)  # a Wednesday, early in the year
DEC = dt.date(1997, 12, 18)  # a Thursday, late in the year
FRI = dt.date(2003, 6, 13)  # a Friday

# More guideline-style cases, one expression a sentence, written for newsgraph in wire style.
MORE_DATE_CASES: list[DateCase] = [
    # relative days
    D(WED, "The ceasefire collapsed two days ago, officials said.", "two days ago", "1998-09-28"),
    D(WED, "Gunmen attacked the convoy last night.", "last night", "1998-09-29"),
    D(WED, "The president addressed the nation this morning.", "this morning", "1998-09-30"),
    D(WED, "The results will be announced tonight.", "tonight", "1998-09-30"),
    D(WED, "The ministry said yesterday morning that talks had failed.", "yesterday morning", "1998-09-29"),
    D(FRI, "Shares closed higher on Thursday after the rate decision.", "Thursday", "2003-06-12"),
    D(FRI, "The union said it would strike on Monday.", "Monday", "2003-06-16"),
    D(FRI, "Parliament is expected to vote on the bill Tuesday.", "Tuesday", "2003-06-17"),
    D(FRI, "The two leaders spoke by telephone on Sunday.", "Sunday", "2003-06-08"),
    D(FRI, "Rescuers found the last survivors today.", "today", "2003-06-13"),
    D(DEC, "The bank has said it will publish the figures on Monday.", "Monday", "1997-12-22"),
    # weeks
    D(WED, "The rebels took the town last week.", "last week", "1998-09-21"),
    D(WED, "The envoy will return next week.", "next week", "1998-10-05"),
    D(WED, "The talks broke down earlier this week.", "earlier this week", "1998-09-28"),
    D(WED, "The festival runs this weekend in the old town.", "this weekend", "1998-10-03"),
    D(WED, "Crowds gathered in the square last weekend.", "last weekend", "1998-09-26"),
    # months
    D(WED, "Exports rose this month, traders said.", "this month", "1998-09"),
    D(WED, "The inquiry will report next month.", "next month", "1998-10"),
    D(WED, "The governor resigned earlier this month.", "earlier this month", "1998-09"),
    D(JAN, "Car sales fell sharply last month.", "last month", "1999-12"),
    D(DEC, "The new tax takes effect next month.", "next month", "1998-01"),
    D(WED, "The factory shut three months ago.", "three months ago", "1998-06"),
    # years
    D(WED, "Inflation has eased this year.", "this year", "1998"),
    D(WED, "The company lost money last year.", "last year", "1997"),
    D(DEC, "The elections were moved to next year.", "next year", "1998"),
    D(WED, "The dam was finished five years ago.", "five years ago", "1993"),
    D(WED, "The law was passed earlier this year.", "earlier this year", "1998"),
    D(JAN, "Growth slowed last year, the statistics office said.", "last year", "1999"),
    D(WED, "The bridge opened a year ago.", "a year ago", "1997"),
    # last / next / this with months and seasons
    D(MAR, "The mine flooded last March.", "last March", "1998-03"),
    D(DEC, "The strike could start next January.", "next January", "1998-01"),
    D(WED, "The festival was cancelled this summer.", "this summer", "1998-06"),
    D(MAR, "Prices peaked last summer.", "last summer", "1998-06"),
    D(WED, "The plant will reopen next spring.", "next spring", "1999-03"),
    D(MAR, "The harvest failed last autumn.", "last autumn", "1998-09"),
    # bare months across the year boundary
    D(DEC, "Work on the pipeline will start in January.", "January", "1998-01"),
    D(JAN, "Retail sales fell in December.", "December", "1999-12"),
    D(JAN, "The vote is due in March.", "March", "2000-03"),
    D(DEC, "The plant opened in March.", "March", "1997-03"),
    D(MAR, "Talks resumed in January.", "January", "1999-01"),
    D(WED, "Parliament will reconvene on Oct. 5.", "Oct. 5", "1998-10-05"),
    D(JAN, "The ship sank on Dec. 28.", "Dec. 28", "1999-12-28"),
    D(DEC, "The new rules apply from Jan. 3.", "Jan. 3", "1998-01-03"),
    D(WED, "The company was founded in June 1987.", "June 1987", "1987-06"),
    D(WED, "The accord was signed on 5 March 1996.", "5 March 1996", "1996-03-05"),
    # decades, parts of years, quarters and halves, fiscal years
    D(WED, "The port grew rapidly in the 1980s.", "the 1980s", "1980"),
    D(FRI, "The tunnel should be finished by mid-2005.", "mid-2005", "2005"),
    D(WED, "The merger was agreed in early 1997.", "early 1997", "1997"),
    D(WED, "Profits rose in the first quarter of 1998.", "the first quarter of 1998", "1998-01"),
    D(WED, "The firm expects a loss in the fourth quarter.", "the fourth quarter", "1998-10"),
    D(WED, "The ministry forecast growth for fiscal 1999.", "fiscal 1999", "1999"),
    D(WED, "Exports fell in the first half of the year.", "the first half of the year", "1998-01"),
    # holidays
    D(WED, "The shops will stay open until Christmas.", "Christmas", "1998-12-25"),
    D(DEC, "The new law takes effect on New Year's Day.", "New Year's Day", "1998-01-01"),
    # durations: recognised, never a date
    D(WED, "The siege lasted six months.", "six months", None, "DURATION"),
    D(WED, "The two countries have been at odds for two decades.", "two decades", None, "DURATION"),
    D(WED, "The suspects can be held for 90 days without charge.", "90 days", None, "DURATION"),
    D(WED, "Prices have doubled over the past three years.", "the past three years", None, "DURATION"),
    D(WED, "The rebels agreed to a two-week truce.", "two-week", None, "DURATION"),
    D(WED, "Negotiators talked for several hours.", "several hours", None, "DURATION"),
    D(WED, "The strike has lasted nearly a month.", "nearly a month", None, "DURATION"),
    # sets: recognised, never a date
    D(WED, "The index is revised every year.", "every year", None, "SET"),
    D(WED, "The bulletin is published daily.", "daily", None, "SET"),
    D(WED, "Inspectors visit the site twice a week.", "twice a week", None, "SET"),
    D(WED, "The fee is paid annually.", "annually", None, "SET"),
    D(WED, "Protesters gather each Friday outside the court.", "each Friday", None, "SET"),
    D(WED, "The fair is held every summer.", "every summer", None, "SET"),
    # the article's own quarter, and the end of a period
    D(WED, "Sales in the current quarter will be flat, the company said.", "the current quarter", "1998-07"),
    D(WED, "Profit fell last quarter on weaker demand.", "last quarter", "1998-04"),
    D(WED, "The plant will close by the end of the year.", "the end of the year", "1998"),
    D(WED, "The deal closed at the end of last month.", "the end of last month", "1998-08"),
    # counted back from the date last named (else the article's)
    D(WED, "Profit rose in the third quarter from $5 million a year earlier.", "a year earlier", "1997-07"),
    D(WED, "Net income rose 10% from a year earlier.", "a year earlier", "1997"),
    D(
        WED,
        "The plant closed on Sept. 3. Three days earlier, workers had protested.",
        "Three days earlier",
        "1998-08-31",
    ),
    D(WED, "The dam burst on Sept. 12. Two days later, the river crested.", "Two days later", "1998-09-14"),
    D(WED, "The rebels attacked on Sept. 12. The next day, the army withdrew.", "The next day", "1998-09-13"),
    D(
        WED,
        "Talks began on Sept. 21; the day before, the rebels had shelled the city.",
        "the day before",
        "1998-09-20",
    ),
    # the present
    D(WED, "At present, the border remains closed.", "At present", "1998-09-30"),
    D(WED, "These days the port handles half as much cargo.", "These days", "1998-09-30"),
]

# "Today" as a title is no date at all.
TITLE_SENTENCES: list[str] = [
    "She told the BBC's Today programme that the plan would fail.",
    "He said in an interview with USA Today that he would run.",
    "The minister was speaking on the Today show.",
]
