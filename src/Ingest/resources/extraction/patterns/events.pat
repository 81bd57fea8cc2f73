# Events: a trigger word of its kind (the lexicons below) makes an event of that kind. The pattern only finds the
# trigger and what the phrasing says about who takes part (a role as `-> EVENT kind 签约方=a`: the entities in role a
# take part as 签约方); the events stage (Extraction/EventRule.cs) dates it (昨天上午, 6月5日; 将于…投产 → planned),
# drops a trigger that is neither dated nor announced (a history, 成立以来, or a bare noun), adds the other participants of
# the sentence with the role the word after them gives (resources/extraction/events/event-words.txt), its place and
# name, and joins a later telling (会上, 主持会议) to it. The pattern's name is the event's rule: `extract --explain`
# shows it. Kinds: signing, groundbreaking, production-start, opening, meeting, list, land-deal, fair.
# A word listed under two kinds keeps the first; the longest trigger at a place wins.

# A tally is no event: 已有15个项目签约落地, 累计开工, 多家企业揭牌 count events, they do not tell one.
@tallies = 已有|累计|共有|一批|一批批|多个|多家

# signing: an agreement signed
@signing = 签约|签订|签署|签下|签约仪式|集中签约|签约落户|签约入驻|签约落地|成功签约|正式签约|战略合作协议|合作协议|投资协议
event.signing:
    {t:@signing}
    unless @negations @tallies
    -> EVENT signing trigger=t

# A与B签约; A计划于明年3月同B、C签署协议; A和B在临江签约: both sides are parties
event.signing.parties:
    {a:BODY} ~8 (与|同|和) {b:BODIES} ~6 {t:@signing}
    unless @negations @tallies
    -> EVENT signing trigger=t 签约方=a 签约方=b

# groundbreaking: building starts
@groundbreaking = 开工|奠基|培土|动工|开工建设|集中开工|开工仪式|奠基仪式|启动二期建设|启动建设
event.groundbreaking:
    {t:@groundbreaking}
    unless @tallies
    -> EVENT groundbreaking trigger=t

# production-start: a line, plant or product starts producing
@production-start = 投产|试生产|下线|量产|投入生产|建成投产|正式投产|全面投产|投产运营|正式生产|点火|试产
event.production-start:
    {t:@production-start}
    unless @tallies
    -> EVENT production-start trigger=t

# opening: a body, centre, plant or school opens
@opening = 揭牌|开业|成立|落成|启用|揭牌成立|正式成立|竣工|竣工验收|开园|揭幕|挂牌|开馆|启动仪式|成立仪式|揭牌仪式
event.opening:
    {t:@opening}
    unless @tallies
    -> EVENT opening trigger=t

# meeting: conferences, forums, meetings, exchanges
@meeting = 会议|大会|论坛|峰会|推进会|座谈会|交流活动|交流会|招商会|推介会|对接会|研讨会|洽谈会|发布会|读书班|培训班|现场会|调度会|恳谈会|见面会|会见|对话会|主席会议|常务会议|工作会议|经贸洽谈|招商活动|对接活动
event.meeting:
    {t:@meeting}
    -> EVENT meeting trigger=t

# 主持会议, 出席会议, 列席会议, 召开大会: a verb and the meeting, one word to the segmenter; mostly a meeting told again
# (X主持会议 after 会议召开). Alone it names no meeting (the verb is no part of a name).
@meeting-attended = 主持会议|出席会议|列席会议|召开大会
event.meeting.attended:
    {t:@meeting-attended}
    -> EVENT meeting trigger=t

# list: a list or ranking published, or being selected into one
@list = 名单|榜单|入选|获评|上榜|入围|名录|排行榜|评为|认定为
event.list:
    {t:@list}
    -> EVENT list trigger=t

# land-deal: land bought at auction or transfer
@land-deal = 拿地|竞得|摘得|摘牌|成功摘地
event.land-deal:
    {t:@land-deal}
    unless @tallies
    -> EVENT land-deal trigger=t

# fair: trade fairs and exhibitions
@fair = 展会|博览会|展览会|交易会|广交会|进博会|服贸会|工博会|五金展|展销会
event.fair:
    {t:@fair}
    -> EVENT fair trigger=t
