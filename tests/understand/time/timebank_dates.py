"""A blind set of date expressions in the style of TimeML news (TimeBank, AQUAINT and the TempEval-3
"platinum" test set): WSJ financial copy of 1989, AP, ABC, CNN and VOA copy of 1998 and wire news of
2013. Written in session 19 for newsgraph, WITHOUT reading the time stage's rules; every sentence is
made up for the test (companies, officials and incidents are generic or fictional), each with the
article's creation time (DCT) and the TIMEX3 value the TimeML guidelines (1.2.1) and TempEval-3
give the expression:

- quarters and halves "1989-Q3", "1988-H2"; seasons "1989-SP"; decades "199"; weeks "1989-W43",
  weekends "1989-W43-WE"; fiscal years "FY1990" (the TIMEX2/TIMEX3 fiscal prefix);
- "now", "currently" PRESENT_REF, "recently", "recent years" PAST_REF, "the future" FUTURE_REF;
- "a year ago", "a year earlier" at the year, the granularity the expression names;
- "tonight", "this morning", "last night" are TimeML TIMEs ("1998-01-08TNI"); like blind_dates.py
  they are held to their day, the precision newsgraph keeps.

`value` None marks an expression that must not become a DATE: a DURATION ("the first nine months",
"the past week", "three years"), a SET ("quarterly"), or a word that is no time at all ("may",
"March" the verb, "April" the name, NBC's "Today" show).
"""

from __future__ import annotations

import datetime as dt

from tests.understand.time.blind_dates import BlindDate as D

WSJ = dt.date(1989, 10, 25)  # a Wednesday, ISO week 43
MON = dt.date(1989, 10, 30)  # a Monday, ISO week 44
THU = dt.date(1989, 11, 2)  # a Thursday, ISO week 44
JAN = dt.date(1990, 1, 5)  # a Friday, early in the new year
AP = dt.date(1998, 1, 8)  # a Thursday, ISO week 2
ABC = dt.date(1998, 1, 14)  # a Wednesday, ISO week 3
CNN = dt.date(1998, 2, 13)  # a Friday, ISO week 7
VOA = dt.date(1998, 3, 3)  # a Tuesday, ISO week 10
PLAT = dt.date(2013, 3, 22)  # a Friday, ISO week 12

TIMEBANK_DATES = [
    # financial periods: quarters, halves, fiscal years
    D(WSJ, "Net income rose 12% in the third quarter, the company said.", "the third quarter", "1989-Q3"),
    D(WSJ, "Net income fell to $12 million from $15.6 million in the year-earlier quarter.", "the year-earlier quarter", "1988-Q3"),
    D(WSJ, "The year-ago quarter included a one-time gain of $4 million.", "year-ago quarter", "1988-Q3"),
    D(WSJ, "Third-quarter net income rose 15% to $81 million.", "Third-quarter", "1989-Q3"),
    D(WSJ, "The chemical maker posted a third-quarter loss of $3 million.", "third-quarter", "1989-Q3"),
    D(WSJ, "Revenue for the fiscal year ended Sept. 30 rose 8%.", "the fiscal year", "FY1989"),
    D(WSJ, "Revenue for the fiscal year ended Sept. 30 rose 8%.", "Sept. 30", "1989-09-30"),
    D(WSJ, "The company expects to return to profitability in fiscal 1990.", "fiscal 1990", "FY1990"),
    D(WSJ, "In the first nine months, profit climbed 20% to $45 million.", "the first nine months", None),
    D(WSJ, "Nine-month earnings rose 9% to $1.12 a share.", "Nine-month", None),
    D(WSJ, "Sales in the latest quarter were hurt by a strike at its main plant.", "the latest quarter", "1989-Q3"),
    D(WSJ, "Margins narrowed in last year's second half as costs rose.", "last year's second half", "1988-H2"),
    D(WSJ, "Profit in the fourth quarter will be about flat, the company said.", "the fourth quarter", "1989-Q4"),
    D(WSJ, "The thrift lost $5 million in the second quarter.", "the second quarter", "1989-Q2"),
    D(WSJ, "Revenue rose 6% in the first half.", "the first half", "1989-H1"),
    D(WSJ, "The company expects orders to pick up in the second half.", "the second half", "1989-H2"),
    D(WSJ, "Shipments in the previous quarter were unusually strong.", "the previous quarter", "1989-Q2"),
    D(WSJ, "Results for the current quarter will be announced in January.", "the current quarter", "1989-Q4"),
    D(WSJ, "Results for the current quarter will be announced in January.", "January", "1990-01"),
    D(WSJ, "The company reported a loss for the quarter ended Sept. 30.", "Sept. 30", "1989-09-30"),
    D(WSJ, "In the three months ended Sept. 30, revenue rose 4%.", "the three months", None),
    D(THU, "The retailer's fiscal first quarter ends Dec. 31.", "Dec. 31", "1989-12-31"),
    D(THU, "Profit for the year ending next June 30 is expected to rise.", "next June 30", "1990-06-30"),
    D(JAN, "Fourth-quarter results will be reported Feb. 1.", "Fourth-quarter", "1989-Q4"),
    D(JAN, "Fourth-quarter results will be reported Feb. 1.", "Feb. 1", "1990-02-01"),
    D(WSJ, "Profit rose in this year's first quarter but fell in the second.", "this year's first quarter", "1989-Q1"),
    D(WSJ, "The company expects a loss in the first quarter of 1990.", "the first quarter of 1990", "1990-Q1"),
    # a year ago, a year earlier, last year, this year, next year
    D(WSJ, "The stock traded at $30 a share a year ago.", "a year ago", "1988"),
    D(WSJ, "Operating profit was $2.1 million, compared with $1.8 million a year earlier.", "a year earlier", "1988"),
    D(WSJ, "The company had net income of $3 million in 1988.", "1988", "1988"),
    D(WSJ, "Earnings this year will exceed last year's $1.9 million, the company said.", "this year", "1989"),
    D(WSJ, "Earnings this year will exceed last year's $1.9 million, the company said.", "last year", "1988"),
    D(WSJ, "The company plans to raise prices next year.", "next year", "1990"),
    D(WSJ, "1989 sales are expected to reach $2 billion.", "1989", "1989"),
    D(WSJ, "Analysts expect earnings to improve in 1990.", "1990", "1990"),
    D(WSJ, "Sales declined two years ago, when the market collapsed.", "two years ago", "1987"),
    D(WSJ, "The stock has doubled since the beginning of the year.", "the beginning of the year", "1989"),
    D(WSJ, "The merger is expected to close later this year.", "later this year", "1989"),
    D(THU, "The deal is expected to close early next year.", "early next year", "1990"),
    D(THU, "The S&P 500 has gained 22% so far this year.", "this year", "1989"),
    D(WSJ, "The bonds mature in 2019.", "2019", "2019"),
    D(WSJ, "The company was founded in 1946.", "1946", "1946"),
    # yesterday and weekdays in financial copy
    D(WSJ, "The Dow Jones Industrial Average fell 12.05 points yesterday.", "yesterday", "1989-10-24"),
    D(WSJ, "In composite trading on the New York Stock Exchange yesterday, the shares closed at $41.", "yesterday", "1989-10-24"),
    D(WSJ, "Yesterday's rally was led by blue-chip stocks.", "Yesterday", "1989-10-24"),
    D(WSJ, "Last Thursday, the stock hit a 52-week high of $45.", "Last Thursday", "1989-10-19"),
    D(WSJ, "The company's shares closed at $23 Monday.", "Monday", "1989-10-23"),
    D(WSJ, "Shares closed Tuesday at $30, down 50 cents.", "Tuesday", "1989-10-24"),
    D(WSJ, "The board will meet Friday to consider the offer.", "Friday", "1989-10-27"),
    D(MON, "The stock fell $2 from Friday's close.", "Friday", "1989-10-27"),
    D(MON, "Sales of new homes rose 3% in the week ended Friday.", "Friday", "1989-10-27"),
    D(MON, "Stocks rallied Friday after a week of losses.", "Friday", "1989-10-27"),
    D(MON, "The company will report earnings tomorrow.", "tomorrow", "1989-10-31"),
    D(MON, "The Treasury will auction $10 billion of bills next Monday.", "next Monday", "1989-11-06"),
    D(MON, "The Labor Department will release September figures Thursday.", "Thursday", "1989-11-02"),
    D(MON, "The Labor Department will release September figures Thursday.", "September", "1989-09"),
    D(THU, "The commission voted 4-1 Tuesday to approve the rule.", "Tuesday", "1989-10-31"),
    # weeks and weekends
    D(WSJ, "Trading has been heavy this week.", "this week", "1989-W43"),
    D(MON, "The shares rose 50 cents last week.", "last week", "1989-W43"),
    D(MON, "Over the weekend, the company's directors met in New York.", "the weekend", "1989-W43-WE"),
    D(CNN, "The Winter Olympics opened last weekend in Nagano.", "last weekend", "1998-W06-WE"),
    D(CNN, "This weekend, more rain is expected in California.", "This weekend", "1998-W07-WE"),
    # months: bare, abbreviated, with and without a year, "mid-", "earlier this", "the end of"
    D(WSJ, "Earlier this month, the company said it would sell its unit.", "Earlier this month", "1989-10"),
    D(WSJ, "The payment is due at the end of the month.", "the end of the month", "1989-10"),
    D(WSJ, "The company expects to complete the sale by mid-November.", "mid-November", "1989-11"),
    D(WSJ, "The strike began Aug. 6 and ended in mid-September.", "Aug. 6", "1989-08-06"),
    D(WSJ, "The strike began Aug. 6 and ended in mid-September.", "mid-September", "1989-09"),
    D(WSJ, "The Federal Reserve eased credit in September.", "September", "1989-09"),
    D(WSJ, "The notes are due Nov. 15.", "Nov. 15", "1989-11-15"),
    D(WSJ, "The offer expires Nov. 3, the company said.", "Nov. 3", "1989-11-03"),
    D(WSJ, "The company will hold a special meeting Nov. 20.", "Nov. 20", "1989-11-20"),
    D(WSJ, "The stock has fallen 25% since January.", "January", "1989-01"),
    D(WSJ, "The agreement was signed in July 1988.", "July 1988", "1988-07"),
    D(MON, "The index rose 1.2% in October.", "October", "1989-10"),
    D(THU, "The stock split two-for-one last month.", "last month", "1989-10"),
    D(JAN, "The retailer said sales fell 3% in December.", "December", "1989-12"),
    D(JAN, "The tender offer expires Jan. 15.", "Jan. 15", "1990-01-15"),
    D(JAN, "The shares were issued Dec. 28 at $12 each.", "Dec. 28", "1989-12-28"),
    # the 1987 crash and other past dates
    D(WSJ, "Stock prices plunged 508 points on Oct. 19, 1987.", "Oct. 19, 1987", "1987-10-19"),
    D(WSJ, "Many brokers have not recovered from the 1987 crash.", "1987", "1987"),
    D(THU, "The stock market crash of October 1987 still haunts small investors.", "October 1987", "1987-10"),
    # seasons
    D(WSJ, "The firm changed its name last spring.", "last spring", "1989-SP"),
    D(WSJ, "Sales have been weak since last fall.", "last fall", "1988-FA"),
    D(WSJ, "The new model will reach showrooms this fall.", "this fall", "1989-FA"),
    D(THU, "Economists expect a recession by next spring.", "next spring", "1990-SP"),
    D(THU, "Prices soared in the summer of 1988.", "the summer of 1988", "1988-SU"),
    D(AP, "The agency will report its findings in the spring.", "the spring", "1998-SP"),
    # decades and vague past, present and future
    D(WSJ, "Junk bonds have grown rapidly in recent years.", "recent years", "PAST_REF"),
    D(WSJ, "Many analysts expect slower growth in the 1990s.", "the 1990s", "199"),
    D(THU, "Interest rates were far higher in the late 1970s.", "the late 1970s", "197"),
    D(AP, "The group was formed in the mid-1980s.", "the mid-1980s", "198"),
    D(VOA, "The two countries fought a border war in the 1960s.", "the 1960s", "196"),
    D(THU, "Until recently, the company was profitable.", "recently", "PAST_REF"),
    D(THU, "The company is now negotiating with its bank lenders.", "now", "PRESENT_REF"),
    D(THU, "Currently, the shares yield 5%.", "Currently", "PRESENT_REF"),
    D(THU, "The chain will open 50 more stores in the future.", "the future", "FUTURE_REF"),
    # broadcast and wire copy of 1998: today, tonight, this morning, weekdays
    D(AP, "The Senate will vote on the bill today.", "today", "1998-01-08"),
    D(AP, "Fighting erupted again tonight in the capital.", "tonight", "1998-01-08"),
    D(AP, "The president said this morning that he would veto the bill.", "this morning", "1998-01-08"),
    D(AP, "Rescuers worked through the night after the quake struck Tuesday.", "Tuesday", "1998-01-06"),
    D(AP, "Police said the attack happened late Wednesday.", "late Wednesday", "1998-01-07"),
    D(AP, "The talks will resume next week in Geneva.", "next week", "1998-W03"),
    D(AP, "The ceasefire collapsed last week.", "last week", "1998-W01"),
    D(AP, "The pope will visit Cuba later this month.", "later this month", "1998-01"),
    D(AP, "Inflation was 11 percent in December, the government said.", "December", "1997-12"),
    D(AP, "The election was held in November 1996.", "November 1996", "1996-11"),
    D(AP, "The treaty was signed Dec. 10 in Kyoto.", "Dec. 10", "1997-12-10"),
    D(AP, "The trial is to begin Feb. 2.", "Feb. 2", "1998-02-02"),
    D(AP, "Last year, 300 people died in the floods.", "Last year", "1997"),
    D(AP, "The sanctions were imposed in 1990 after Iraq invaded Kuwait.", "1990", "1990"),
    D(ABC, "Good evening. We begin tonight in Baghdad.", "tonight", "1998-01-14"),
    D(ABC, "Earlier today, the inspectors were turned away at the gate.", "Earlier today", "1998-01-14"),
    D(ABC, "Yesterday, the Security Council met behind closed doors.", "Yesterday", "1998-01-13"),
    D(ABC, "The president will travel to the region on Saturday.", "Saturday", "1998-01-17"),
    D(ABC, "Last night, the rebels shelled the airport.", "Last night", "1998-01-13"),
    D(ABC, "This evening, the White House said it would wait.", "This evening", "1998-01-14"),
    D(ABC, "The hostages were freed a year ago.", "a year ago", "1997"),
    D(ABC, "In 1991, allied planes bombed the city for six weeks.", "1991", "1991"),
    D(CNN, "Talks broke down Thursday evening.", "Thursday evening", "1998-02-12"),
    D(CNN, "The storm is expected to reach the coast by Sunday.", "Sunday", "1998-02-15"),
    D(CNN, "Stocks closed higher today on Wall Street.", "today", "1998-02-13"),
    D(CNN, "The U.N. secretary-general could travel to Baghdad next week.", "next week", "1998-W08"),
    D(VOA, "The opposition boycotted last month's vote.", "last month", "1998-02"),
    D(VOA, "The parliament will meet again on March 15.", "March 15", "1998-03-15"),
    D(VOA, "The war lasted from 1992 to 1995.", "1992", "1992"),
    D(VOA, "The war lasted from 1992 to 1995.", "1995", "1995"),
    D(VOA, "Elections are scheduled for next year.", "next year", "1999"),
    D(VOA, "The rebels freed the hostages on Sunday.", "Sunday", "1998-03-01"),
    D(VOA, "The minister arrives Thursday for a three-day visit.", "Thursday", "1998-03-05"),
    # 2013 wire news (the TempEval-3 platinum test set's era)
    D(PLAT, "The bank said Thursday that profit fell 20 percent.", "Thursday", "2013-03-21"),
    D(PLAT, "Cyprus has until Monday to raise the money.", "Monday", "2013-03-25"),
    D(PLAT, "The new pope was elected last week.", "last week", "2013-W11"),
    D(PLAT, "The economy shrank 2.4 percent in 2012.", "2012", "2012"),
    D(PLAT, "The elections are due in April.", "April", "2013-04"),
    D(PLAT, "The company will report results on April 25.", "April 25", "2013-04-25"),
    D(PLAT, "Unemployment rose to 12 percent in January.", "January", "2013-01"),
    D(PLAT, "The 2008 financial crisis hit the island hard.", "2008", "2008"),
    D(PLAT, "Bailout talks earlier this week collapsed.", "earlier this week", "2013-W12"),
    D(PLAT, "The vote will take place on Sunday.", "Sunday", "2013-03-24"),
    D(PLAT, "The deal was struck in the early hours of Monday.", "Monday", "2013-03-18"),
    # durations and sets: no calendar DATE
    D(WSJ, "Bond prices rose in the past week as investors sought safety.", "the past week", None),
    D(MON, "Profit dropped 8% in the past 12 months.", "the past 12 months", None),
    D(WSJ, "The chairman has run the company for three years.", "three years", None),
    D(MON, "Stocks rallied Friday after a week of losses.", "a week", None),
    D(THU, "The plant will be closed for two weeks.", "two weeks", None),
    D(THU, "The newsletter is published monthly.", "monthly", None),
    D(THU, "Dividends are paid quarterly.", "quarterly", None),
    D(AP, "Crime has fallen over the past five years.", "the past five years", None),
    D(VOA, "The refugees have been in the camps for months.", "months", None),
    D(VOA, "The minister arrives Thursday for a three-day visit.", "three-day", None),
    # not times at all
    D(WSJ, "Traders said rates may ease further.", "may", None),
    D(CNN, "May the inspectors return? The council is divided.", "May", None),
    D(THU, "Steelworkers March on Capitol to Protest Imports", "March", None),
    D(dt.date(1990, 9, 20), "April Glaspie, the U.S. ambassador, met the Iraqi leader in July.", "April", None),
    D(dt.date(1990, 9, 20), "April Glaspie, the U.S. ambassador, met the Iraqi leader in July.", "July", "1990-07"),
    D(WSJ, "June Rosen, a company spokeswoman, declined to comment.", "June", None),
    D(ABC, "The senator appeared on NBC's Today show.", "Today", None),
]
