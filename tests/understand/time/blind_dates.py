"""A blind set of date expressions: news sentences written for newsgraph in session 8 WITHOUT reading
the time stage's rules or its own cases (tests/understand/time/cases.py), each with the article's
date and the value the TimeML guidelines give the expression (TIMEX3 DATE values: "1998-10-01",
"1999-04", "2018", "2024-W11", "2015-Q3", "199" for the 1990s, "2023-SU" for a season). Times of
day ("Monday night", TimeML "2024-03-11TNI") are held to their day, the precision newsgraph keeps.

`value` None marks an expression that must not become a DATE: a duration, a set, or a title
("Today" programme). Events are fictional.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple


class BlindDate(NamedTuple):
    published: dt.date
    sentence: str
    expression: str
    value: str | None


WED = dt.date(2024, 3, 13)  # a Wednesday in mid-March
MON = dt.date(2022, 5, 9)  # a Monday

BLIND_DATES = [
    # bare weekdays: tense and "next"/"last" decide the direction
    BlindDate(WED, "The council will vote Thursday on the budget.", "Thursday", "2024-03-14"),
    BlindDate(WED, "The council voted Monday to approve the budget.", "Monday", "2024-03-11"),
    BlindDate(WED, "The hearing is set for next Tuesday.", "next Tuesday", "2024-03-19"),
    BlindDate(WED, "The boy was last seen last Friday near the river.", "last Friday", "2024-03-08"),
    BlindDate(WED, "The results will be announced Friday, officials said.", "Friday", "2024-03-15"),
    BlindDate(WED, "Police said the shooting happened Saturday outside a bar.", "Saturday", "2024-03-09"),
    BlindDate(WED, "The ship is due to dock on Sunday.", "Sunday", "2024-03-17"),
    BlindDate(WED, "The president said Wednesday that talks would resume.", "Wednesday", "2024-03-13"),
    BlindDate(MON, "The governor will testify on Tuesday before the committee.", "Tuesday", "2022-05-10"),
    BlindDate(MON, "The bill passed the Senate last Tuesday.", "last Tuesday", "2022-05-03"),
    BlindDate(dt.date(1998, 9, 30), "The two leaders will meet Thursday in Geneva.", "Thursday", "1998-10-01"),
    BlindDate(dt.date(2021, 6, 4), "Strikers plan to march again on Monday.", "Monday", "2021-06-07"),
    BlindDate(dt.date(2021, 6, 4), "Three people were hurt in a crash on Monday.", "Monday", "2021-05-31"),
    # times of day, held to the day
    BlindDate(WED, "Fire crews were called to the warehouse Monday night.", "Monday night", "2024-03-11"),
    BlindDate(WED, "The mayor will address residents tonight.", "tonight", "2024-03-13"),
    BlindDate(WED, "Shots were fired this morning in the city centre.", "this morning", "2024-03-13"),
    BlindDate(WED, "The bridge reopened yesterday after repairs.", "yesterday", "2024-03-12"),
    BlindDate(WED, "Schools will close tomorrow because of the snow.", "tomorrow", "2024-03-14"),
    # bare months and seasons across the year's end
    BlindDate(dt.date(1998, 12, 15), "The plant is expected to reopen in February.", "February", "1999-02"),
    BlindDate(dt.date(1999, 1, 12), "Retail sales rose sharply in December.", "December", "1998-12"),
    BlindDate(dt.date(1999, 3, 10), "The elections are scheduled for April.", "April", "1999-04"),
    BlindDate(dt.date(2024, 11, 5), "The factory was sold in October to a rival.", "October", "2024-10"),
    BlindDate(dt.date(2024, 11, 5), "The factory will reopen in October after a refit.", "October", "2025-10"),
    BlindDate(dt.date(2023, 3, 1), "Construction will begin in the summer.", "the summer", "2023-SU"),
    BlindDate(dt.date(2023, 2, 1), "The mill closed in the fall, leaving 200 jobless.", "the fall", "2022-FA"),
    BlindDate(WED, "A decision is expected in mid-April.", "mid-April", "2024-04"),
    # month and day, in the styles wire editors use
    BlindDate(dt.date(2023, 12, 28), "The trial is set to begin Jan. 5.", "Jan. 5", "2024-01-05"),
    BlindDate(dt.date(2024, 1, 3), "He was arrested Dec. 30 at the airport.", "Dec. 30", "2023-12-30"),
    BlindDate(dt.date(2024, 5, 20), "The primary is on June 3rd.", "June 3rd", "2024-06-03"),
    BlindDate(dt.date(2024, 5, 20), "Polls open on 3 June across the country.", "3 June", "2024-06-03"),
    BlindDate(dt.date(2024, 5, 20), "Applications are due 6/3, the county said.", "6/3", "2024-06-03"),
    BlindDate(WED, "The vote is scheduled for the 15th.", "the 15th", "2024-03-15"),
    BlindDate(WED, "At the meeting on the 4th, members rejected the plan.", "the 4th", "2024-03-04"),
    BlindDate(dt.date(2019, 4, 20), "The new rules take effect on 1 May.", "1 May", "2019-05-01"),
    BlindDate(dt.date(2020, 10, 1), "The recount ended on Nov. 3, 2020, officials said.", "Nov. 3, 2020", "2020-11-03"),
    BlindDate(dt.date(2021, 9, 9), "The attacks of September 11, 2001 changed air travel.", "September 11, 2001", "2001-09-11"),
    BlindDate(dt.date(2022, 2, 2), "Prices peaked in March 2020.", "March 2020", "2020-03"),
    # relative months, years and weeks
    BlindDate(dt.date(2019, 6, 5), "Profits fell last year as demand slowed.", "last year", "2018"),
    BlindDate(dt.date(2019, 6, 5), "Earlier this month, the company cut 300 jobs.", "Earlier this month", "2019-06"),
    BlindDate(dt.date(2024, 1, 10), "Inflation eased last month, the agency said.", "last month", "2023-12"),
    BlindDate(dt.date(2024, 11, 2), "The company plans to list its shares next year.", "next year", "2025"),
    BlindDate(dt.date(2022, 12, 15), "The talks will resume next month.", "next month", "2023-01"),
    BlindDate(dt.date(2022, 12, 15), "Earlier this year, the minister resigned.", "Earlier this year", "2022"),
    BlindDate(WED, "The refinery was shut late last year.", "late last year", "2023"),
    BlindDate(WED, "Exports have risen this year.", "this year", "2024"),
    BlindDate(WED, "The governor signed the bill last week.", "last week", "2024-W10"),
    BlindDate(WED, "Talks will resume next week in Vienna.", "next week", "2024-W12"),
    BlindDate(WED, "The storm hit the coast a week ago.", "a week ago", "2024-03-06"),
    BlindDate(MON, "The ferry sank three days ago.", "three days ago", "2022-05-06"),
    BlindDate(WED, "The debt must be repaid by the end of the year.", "the end of the year", "2024"),
    # quarters, decades, years
    BlindDate(dt.date(2015, 10, 28), "Revenue rose 4 percent in the third quarter.", "the third quarter", "2015-Q3"),
    BlindDate(dt.date(2022, 8, 2), "Earnings fell in the second quarter.", "the second quarter", "2022-Q2"),
    BlindDate(WED, "The town lost half its jobs in the 1990s.", "the 1990s", "199"),
    BlindDate(WED, "The ban has been in place since 2001.", "2001", "2001"),
    BlindDate(WED, "The dam was built in 1987.", "1987", "1987"),
    BlindDate(dt.date(2016, 7, 1), "Rainfall from March to May was the lowest on record.", "March", "2016-03"),
    # holidays
    BlindDate(dt.date(2022, 12, 10), "Families hope to be home by Christmas.", "Christmas", "2022-12-25"),
    BlindDate(dt.date(2023, 1, 4), "Sales slumped over Christmas, the chain said.", "Christmas", "2022-12-25"),
    BlindDate(dt.date(2020, 11, 20), "Officials urged residents to stay home on Thanksgiving.", "Thanksgiving", "2020-11-26"),
    BlindDate(dt.date(2017, 12, 28), "The law takes effect on New Year's Day.", "New Year's Day", "2018-01-01"),
    BlindDate(dt.date(2021, 6, 20), "Fireworks are banned this Fourth of July.", "Fourth of July", "2021-07-04"),
    BlindDate(WED, "Pilgrims will gather before Easter.", "Easter", "2024-03-31"),
    # the present: TimeML's guidelines give PRESENT_REF (session 8 first wrote the article day here,
    # which is what `DateMention.value` holds; the set scores the TimeML value)
    BlindDate(WED, "The company now employs 4,000 people.", "now", "PRESENT_REF"),
    BlindDate(WED, "The airport is currently closed.", "currently", "PRESENT_REF"),
    BlindDate(WED, "Today, the river is back within its banks.", "Today", "2024-03-13"),
    # not dates: durations, sets, titles
    BlindDate(WED, "The drought has lasted three years.", "three years", None),
    BlindDate(WED, "Protesters gather every Monday outside the court.", "every Monday", None),
    BlindDate(WED, "The minister told BBC Radio 4's Today programme she would not resign.", "Today", None),
    BlindDate(WED, "The talks went on for six hours.", "six hours", None),
]
