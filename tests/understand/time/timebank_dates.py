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

# A second round, written after the first round's fixes and before running the stage on it: the
# honest estimate of how those fixes generalise to TimeML news they were not made on.
WSJ2 = dt.date(1989, 11, 8)  # a Wednesday, ISO week 45
AP2 = dt.date(1998, 2, 19)  # a Thursday, ISO week 8
PLAT2 = dt.date(2013, 4, 10)  # a Wednesday, ISO week 15

TIMEBANK_DATES_2 = [
    D(WSJ2, "The company's fiscal fourth quarter ended Aug. 31.", "Aug. 31", "1989-08-31"),
    D(WSJ2, "Per-share earnings for the nine months rose 11%.", "the nine months", None),
    D(WSJ2, "Sales for the 12 months ended June 30 were $1.2 billion.", "the 12 months", None),
    D(WSJ2, "Sales for the 12 months ended June 30 were $1.2 billion.", "June 30", "1989-06-30"),
    D(WSJ2, "The Dow Jones Industrial Average closed at 2645.08 on Friday.", "Friday", "1989-11-03"),
    D(WSJ2, "On Oct. 13, the Dow plunged 190 points.", "Oct. 13", "1989-10-13"),
    D(WSJ2, "The bid was withdrawn last Wednesday.", "last Wednesday", "1989-11-01"),
    D(WSJ2, "The shares will begin trading on the Big Board Nov. 15.", "Nov. 15", "1989-11-15"),
    D(WSJ2, "The rate rose to 8.5% in the week ended Nov. 3.", "Nov. 3", "1989-11-03"),
    D(WSJ2, "Economists expect a fourth-quarter slowdown.", "fourth-quarter", "1989-Q4"),
    D(WSJ2, "The Federal Reserve's policy committee will meet in mid-December.", "mid-December", "1989-12"),
    D(WSJ2, "The index reached a record in early October.", "early October", "1989-10"),
    D(WSJ2, "Prices fell in late September.", "late September", "1989-09"),
    D(WSJ2, "The retailer filed for bankruptcy-law protection in 1986.", "1986", "1986"),
    D(WSJ2, "By 1992, the company hopes to double its sales.", "1992", "1992"),
    D(WSJ2, "Yields on 30-year Treasury bonds fell yesterday to 7.85%.", "yesterday", "1989-11-07"),
    D(WSJ2, "Yields on 30-year Treasury bonds fell yesterday to 7.85%.", "30-year", None),
    D(WSJ2, "The thrift has lost money in each of the past three years.", "the past three years", None),
    D(WSJ2, "The toy maker was acquired in the mid-1970s.", "the mid-1970s", "197"),
    D(WSJ2, "Since the crash two years ago, volume has shrunk.", "two years ago", "1987"),
    D(WSJ2, "The merger was completed earlier this year.", "earlier this year", "1989"),
    D(WSJ2, "Earnings should improve next quarter, the chairman said.", "next quarter", "1990-Q1"),
    D(WSJ2, "Last quarter, the company lost $3 million.", "Last quarter", "1989-Q3"),
    D(WSJ2, "The new pricing plan takes effect Jan. 1.", "Jan. 1", "1990-01-01"),
    D(WSJ2, "The shares closed at $33.25, down $1.50, in Big Board trading Tuesday.", "Tuesday", "1989-11-07"),
    D(AP2, "The inspectors will return to Baghdad on Monday.", "Monday", "1998-02-23"),
    D(AP2, "The Senate approved the measure late Tuesday.", "late Tuesday", "1998-02-17"),
    D(AP2, "The secretary-general flew to Paris this week.", "this week", "1998-W08"),
    D(AP2, "The crisis began in November, when Iraq expelled U.S. inspectors.", "November", "1997-11"),
    D(AP2, "The attack took place Feb. 12.", "Feb. 12", "1998-02-12"),
    D(AP2, "The president said today that force remains an option.", "today", "1998-02-19"),
    D(AP2, "The operation could begin as early as next week.", "next week", "1998-W09"),
    D(AP2, "In 1996, the inspectors found a hidden weapons program.", "1996", "1996"),
    D(AP2, "Iraq has until the end of the week to comply.", "the end of the week", "1998-W08"),
    D(AP2, "The Gulf War ended seven years ago.", "seven years ago", "1991"),
    D(AP2, "Earlier this week, the envoy met the foreign minister.", "Earlier this week", "1998-W08"),
    D(AP2, "Voters go to the polls in the spring of 1999.", "the spring of 1999", "1999-SP"),
    D(AP2, "Twice a week, the council meets in closed session.", "Twice a week", None),
    D(AP2, "The blockade has lasted nearly eight years.", "eight years", None),
    D(PLAT2, "The central bank will announce its decision on Thursday.", "Thursday", "2013-04-11"),
    D(PLAT2, "Shares fell 3 percent on Tuesday.", "Tuesday", "2013-04-09"),
    D(PLAT2, "The bank reported first-quarter earnings of $1.2 billion.", "first-quarter", "2013-Q1"),
    D(PLAT2, "The health law was passed in 2010.", "2010", "2010"),
    D(PLAT2, "The strike is expected to end by the weekend.", "the weekend", "2013-W15-WE"),
    D(PLAT2, "Unemployment fell to 7.6 percent in March.", "March", "2013-03"),
    D(PLAT2, "Prices have risen for three straight months.", "three straight months", None),
    D(PLAT2, "The trial is expected to last until June.", "June", "2013-06"),
    D(PLAT2, "The economy shrank last year for the first time since 2009.", "last year", "2012"),
    D(PLAT2, "The economy shrank last year for the first time since 2009.", "2009", "2009"),
    D(PLAT2, "Last month's earthquake killed 200 people.", "Last month", "2013-03"),
    D(PLAT2, "The group holds its annual meeting in May.", "May", "2013-05"),
    D(PLAT2, "Sales rose in the three months to March.", "the three months", None),
    D(PLAT2, "The figures will be released at the end of April.", "the end of April", "2013-04"),
    D(PLAT2, "Tomorrow, the finance ministers meet in Dublin.", "Tomorrow", "2013-04-11"),
    D(PLAT2, "The minister spoke at a news conference this afternoon.", "this afternoon", "2013-04-10"),
    D(PLAT2, "Every year, thousands of tourists visit the island.", "Every year", None),
    D(PLAT2, "The price of gold has fallen sharply this quarter.", "this quarter", "2013-Q2"),
    D(PLAT2, "The central bank will keep rates low through 2015.", "2015", "2015"),
    D(PLAT2, "The former prime minister died on Monday at 87.", "Monday", "2013-04-08"),
]
