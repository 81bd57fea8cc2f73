# Officials (a person with a title) and HOLDS_POSITION (person → the body, firm or place they serve).
# TITLE is a title with its modifiers (执行副理事长, 市委常委、副市长); PERSON a name read after a title or tagged
# as a name by jieba; BODY a firm, organisation or place.

# Up to three words may name a unit of the body between it and the title (X物料部经理, X钻杆事业部生产副总), or a
# department (X采购总监, X销售经理); titles joined by 兼 are one (X创始人兼CEO张三).
@departments = 采购|销售|财务|市场|研发|生产|运营|营销|品牌|质量|人力资源|行政|技术|供应链|海外|国际业务
# a post held before, not now (曾由张三担任, 此前由李四出任: body-by-person, title-is-name, firm-headed-by, name-at-body)
@was = 曾|曾经|此前|以前|早年|原|原先|过去|一度
# the one taking a post over from another (张三接替李四出任X总经理: the successor, holds.succeeds; name-is-title does not read it)
@succession = 接替|接棒|接过|顶替|取代|替代

# 西湖区委书记张三; X的执行副理事长张三; X董事长张三、总经理李四; X芜湖的总经理张三; X（以下简称“Y”）副总经理张三;
# X物料部经理张三; X某某项目生产厂长张三; X的“80后”总经理张三 (a quoted epithet) (not a former post: X原总经理张三, @former-marks)
@former-marks = 原|前任|原任
holds.body-title-name:
    ({h:ENT} (PLACE|PROJECT)? | {h:BODY}) ("(" ~8 ")")? (的|公司|集团)? (“ ~3 ”)? (/n*|/vn|/x|/j|/b)? (/n*|/vn|/x)? (/n*|/vn|/x)? @departments? {t:TITLE (兼 @departments? TITLE)*} {p:PERSONS}
    unless @former-marks
    -> ENTITY Official p title=t conf=0.85
    -> HOLDS_POSITION p h title=t conf=0.8

# 遂宁市委常委、射洪市委书记张三; 某市委常委、某县委书记李四; 市委常委、某区委书记王五: a post in one body, 、 and a post in
# another before the name — the first is held too (the second is body-title-name's)
holds.first-of-two-bodies:
    {h:ORG} {t:TITLE} 、 (ORG|PLACE) TITLE {p:PERSONS}
    unless @former-marks
    -> ENTITY Official p title=t conf=0.85
    -> HOLDS_POSITION p h title=t conf=0.8

# 张三是X的总经理; 张三担任X董事长; 张三自2019年起担任X首席执行官; 张三现任X副总裁; 张三现任X常委，同时担任Y书记和Z书记; 张三还兼任X总指挥一职;
# 张三近日出任X总经理 (a time word before the verb); 张三现已调任X总经理, 李四后升任X副总裁 (调任, 转任: the post moved to); 今年7月，张三接任X董事长一职 (接任, 继任: taking the post over);
# 张三被任命为X总经理, 张三履新X董事长, 张三同志任X局长 (an appointment notice). A former post (张三曾任X副总裁; 张三此前担任X副总裁，
# 现已调任Y总经理: 此前 is no time word here) is none: the graph holds current posts.
# A clause that opens with a word read as a name (surname and one or two characters) is a person here too.
# 张三兼任X旗下Y董事长: the post is at the unit named last (Y), its parent only says whose it is.
holds.name-is-title:
    ({p:PERSON} | ^ {p:(/n|/nz|/x)}) (同志|先生|女士)? (现|近日|日前|去年|今年|随后|目前|后|后来|如今|现已|已|已经|正式|将)? (已|已经)? ((自|从) ~3 (起|以来|开始))? (，|,)? 同时? 也? 还? (是|任|现任|担任|出任|兼任|为|系|升任|调任|转任|改任|晋升为|就任|接任|继任|履新|被任命为|被聘任为|被聘为|被选举为|被推选为|当选为|当选) (ENT (旗下|下属) 的?)? {h:BODY} (的|公司|集团)? (/n*|/vn|/x)? {t:TITLE}
    unless-sentence @hearsay-words
    unless @succession
    -> ENTITY Official p title=t conf=0.8
    -> HOLDS_POSITION p h title=t conf=0.8

# 张三是X车轮厂的规划部长; 张三是X位于临江的生产基地的总经理: a unit of the body, described, then 的 and the title
holds.name-is-unit-title:
    ({p:PERSON} | ^ {p:(/n|/nz|/x)}) (，|,)? 同时? 也? 还? (是|现任|担任|兼任|出任) {h:BODY} (!ENT)* 的 (/n*|/vn)? {t:TITLE}
    -> ENTITY Official p title=t conf=0.75
    -> HOLDS_POSITION p h title=t conf=0.75

# 张三曾任X副总经理，现已调任Y总经理; 李四原为X总工程师，后升任Y副总裁; 王五此前在X任职，去年调任Y董事长: the post moved to is
# the current one (the old one is none: 曾任, 原为), said of the person the clause before opens with
holds.moved-to:
    ^ (现|现已|现在|后|后来|随后|之后|如今|目前|今年|去年|近日|日前)? (已|已经)? (调任|升任|转任|改任|晋升为|调任为) {h:BODY} (的|公司|集团)? (/n*|/vn|/x)? {t:TITLE}
    unless-sentence @hearsay-words
    -> HOLDS_POSITION SUBJ h title=t conf=0.75

# 张三是X的董事长，同时也是Y研究所的研究员: a clause that opens with the verb speaks of the clause subject (a person)
holds.also-title:
    ^ 同时? 也? 还? (是|任|现任|担任|兼任|出任) {h:BODY} (的|公司|集团)? (/n*|/vn|/x)? {t:TITLE} $
    -> HOLDS_POSITION SUBJ h title=t conf=0.75

holds.name-is-titles:
    {p:PERSON} ~12 (，|,) 同时? 也? (是|任|担任|兼任) {h:BODY} 的? {t:TITLE} (和|、|及) {h2:BODY} 的? {t2:TITLE}
    -> ENTITY Official p title=t conf=0.8
    -> HOLDS_POSITION p h title=t conf=0.75
    -> HOLDS_POSITION p h2 title=t2 conf=0.75

# 现任X市委常委、副市长的李四 (not a post once held: 曾任X总经理的李四, 曾经担任X董事长的李四)
@ever = 曾|曾经|一度|早年|昔日|曾任|曾经担任
holds.title-of-name:
    (现任|时任|担任)? {h:BODY} (的|公司|集团)? {t:TITLE} 的 {p:PERSON}
    unless @ever
    -> ENTITY Official p title=t conf=0.8
    -> HOLDS_POSITION p h title=t conf=0.8

# 现任X市委书记、Y主任的李四: two bodies, each with its title
holds.titles-of-name:
    (现任|时任|担任)? {h:BODY} 的? {t:TITLE} 、 {h2:BODY} 的? {t2:TITLE} 的 {p:PERSON}
    -> ENTITY Official p title=t conf=0.8
    -> HOLDS_POSITION p h title=t conf=0.8
    -> HOLDS_POSITION p h2 title=t2 conf=0.8

# 张三，1972年出生，现任X党委书记、董事长; 李四，男，汉族，现任X副总经理: the person opens the sentence, the title
# comes clauses later (the firm opens that clause, so it is not the person's clause subject)
holds.name-then-current-title:
    ^ {p:PERSON} (，|,) ~8 (，|,) (~8 (，|,))? (~8 (，|,))? 同时? 也? 还? (现任|担任|出任|兼任) {h:BODY} (的|公司|集团)? (/n*|/vn|/x)? {t:TITLE ((兼|、) TITLE)*} $
    -> ENTITY Official p title=t conf=0.8
    -> HOLDS_POSITION p h title=t conf=0.75

# 李四（X董事长）; 李四（X采购总监）; 李四（X亚洲区副总裁兼总经理）; 张三，X总经理。
holds.name-apposition:
    {p:PERSON} ("(" ({h:ENT} PLACE? | {h:BODY}) (的|公司|集团)? (/n*|/vn|/x|/v)? (/n*|/vn|/x)? (/n*|/vn|/x)? {t:TITLE (兼 TITLE)?} ")" | (，|,) {h:BODY} (的|公司|集团)? {t:TITLE ((兼|、) TITLE)?} $)
    -> ENTITY Official p title=t conf=0.8
    -> HOLDS_POSITION p h title=t conf=0.8

# 公司董事长张三; 该公司总经理李四; 公司采购总监张三 (a department before the title): the firm the clause is about
holds.reference-title-name:
    (公司|该公司|本公司|企业|该企业|集团|我们公司) {t:@departments? TITLE} {p:PERSONS}
    -> ENTITY Official p title=t conf=0.85
    -> HOLDS_POSITION p TOPIC title=t conf=0.75

# 副市长张三; 总经理李四 (no holder stated): the official alone
# X的董事长是张三; X的总经理为李四; X总经理一职由张三接任; X总裁一职，由张三出任; X研究院院长由公司副总裁张三兼任, X的董事长由其
# 创始人张三兼任 (the person's other title between); X的总经理一职由张三担纲
holds.title-is-name:
    {h:BODY} 的? {t:TITLE} 一职? (，|,)? (是|为|由) ((公司|该公司|集团|其)? TITLE)? {p:(PERSON | (/nr|/ng|/nrfg) (/nr|/nrfg|/ng|/nz)?)} (担任|接任|出任|继任|兼任|接替|担纲)? $
    unless @negations
    unless @was
    unless @plan-words
    unless-sentence @hearsay-words
    -> ENTITY Official p title=t conf=0.8
    -> HOLDS_POSITION p h title=t conf=0.8

# X（董事长：张三）; X(总经理:李四): a title and a name in brackets after the body
# 公司董事长为张三: the title of the firm the clause is about, then who holds it
holds.reference-title-is-name:
    ^ (公司|该公司|本公司|集团|企业|该企业) 的? {t:TITLE} (为|是) {p:PERSON} $
    -> ENTITY Official p title=t conf=0.8
    -> HOLDS_POSITION p TOPIC title=t conf=0.75
holds.bracketed-title-name:
    {h:ENT} "(" {t:TITLE} (：|:)? {p:PERSON} ")"
    -> ENTITY Official p title=t conf=0.8
    -> HOLDS_POSITION p h title=t conf=0.8

# X日前宣布，聘任张三为公司总经理; X董事会选举李四为新一任董事长; 任命王五为副总裁; X股东大会选举张三先生为公司第三届
# 董事会董事长 (the board's term between); X董事会选举李四为新一届董事长: the firm that appoints, and the title (not a proposal: X拟聘任张三为财务总监, X计划
# 任命…; @plan-words)
holds.appointed:
    (聘任|任命|选举|聘请|推选|选聘|委任) {p:(PERSON | /x | (/nr|/ng|/nrfg) (/nr|/nrfg|/ng|/nz|/n|/a)?)} (女士|先生|同志)? (为|担任|出任) (公司|该公司|集团)? (/m? (董事会|TITLE 会))? (新一任|新任|下一任|新一届|下一届)? @departments? {t:TITLE}
    unless @negations
    unless @plan-words
    unless-sentence @hearsay-words
    -> ENTITY Official p title=t conf=0.75
    -> HOLDS_POSITION p FIRM title=t conf=0.75

# 张三自2019年起执掌X，任董事长兼总经理; 李四掌舵X多年
# (X发布人事任命：)原副总裁张三出任公司总裁; 李四升任公司总经理: 公司 is the firm the text is about
holds.takes-company-title:
    {p:PERSON} (，|,)? (出任|升任|接任|就任|担任|改任|调任) (公司|该公司|本公司|集团公司) (新一任|新任)? {t:TITLE}
    unless @negations
    -> ENTITY Official p title=t conf=0.75
    -> HOLDS_POSITION p TOPIC title=t conf=0.75

# (not a past post: 张三曾短暂执掌X, @once); 张三坐镇X已有十二年
@once = 曾|曾经|一度|早年|昔日|原本
holds.leads-firm:
    ({p:PERSON} | ^ {p:(/nr|/nrfg)}) ~5 (执掌|掌舵|掌管|坐镇|主政) {h:ENT} ((，|,) (任|担任|现任|出任) {t:TITLE})?
    unless @negations
    unless @once
    -> ENTITY Official p title=t conf=0.7
    -> HOLDS_POSITION p h title=t conf=0.7

holds.title-name:
    {t:TITLE} {p:PERSONS}
    -> ENTITY Official p title=t conf=0.85

# X董事长A、总经理B; X总经理A和副总经理B: the titles listed after a body are all of that body
holds.body-titles-listed:
    ({h:ENT} PLACE? | {h:BODY}) 的? TITLE PERSONS (、|和|及|以及) {t:TITLE} {p:PERSONS}
    -> ENTITY Official p title=t conf=0.85
    -> HOLDS_POSITION p h title=t conf=0.75

# 市政协主席A主持会议，副主席B、C参加: deputies named after an official of a body serve the same body
@deputy-titles = 副主席|副主任|副书记|副市长|副区长|副县长|副镇长|副省长|副局长|副部长|副院长|副会长|副理事长|副秘书长|副总经理|副董事长|副总裁|副行长|副厂长|副主委|副乡长|副州长

holds.deputies:
    {h:BODY} 的? TITLE PERSON ~12 (，|,) {t:@deputy-titles} {p:PERSONS}
    -> ENTITY Official p title=t conf=0.8
    -> HOLDS_POSITION p h title=t conf=0.7

@leader-titles = 区领导|市领导|县领导|镇领导|省领导|乡领导|街道领导

# 区领导张三、李四: leaders of the level of government the title names, in the article's place of that level
holds.area-leaders:
    {t:@leader-titles} {p:PERSONS}
    -> ENTITY Official p title=t conf=0.8
    -> HOLDS_POSITION p AREA title=t conf=0.7

# 陈某某书记表示; 王某区长致辞: a bare title after the name, of the body of that level the article names
# (书记 → its party committee, 区长 → its district): the article has to name it.
@bare-leader-titles = 书记|副书记|区长|市长|县长|镇长|乡长

holds.name-then-title:
    {p:PERSON} {t:@bare-leader-titles} !PERSON
    -> ENTITY Official p title=t conf=0.7
    -> HOLDS_POSITION p AREA title=t conf=0.7

# 作为X的掌门人，张三…; 作为X董事长，李四…; 作为X的创始人之一，张三…: the person opening the next clause holds the title
holds.as-title-then-name:
    ^ 作为 {h:BODY} 的? {t:TITLE} 之一? (，|,) {p:PERSON}
    unless @negations
    -> ENTITY Official p title=t conf=0.75
    -> HOLDS_POSITION p h title=t conf=0.75

# X由张三担任总经理; X目前由李四出任董事长: the firm first, then who holds its post (not 曾由, 此前由: a past post)
holds.body-by-person:
    {h:ENT} (目前|现|现在|如今)? 由 {p:PERSON} (担任|出任|兼任) {t:TITLE}
    unless @negations
    unless @was
    unless @plan-words
    unless-sentence @hearsay-words
    -> ENTITY Official p title=t conf=0.75
    -> HOLDS_POSITION p h title=t conf=0.75

# 张三在X担任技术总监已有八年; 李四目前在X任副总经理: the person works at the firm in that post (not 曾在X担任: a past post)
holds.name-at-body:
    {p:PERSON} (目前|现|现在|如今|一直)? 在 {h:BODY} (担任|任|出任|兼任) {t:TITLE}
    unless @negations
    unless @was
    unless @plan-words
    unless-sentence @hearsay-words
    -> ENTITY Official p title=t conf=0.75
    -> HOLDS_POSITION p h title=t conf=0.75

# 由张三担任董事长的X; 由李四出任总经理的X公司: the firm the person leads, named after
holds.firm-led-by:
    由 {p:(PERSON | (/nr|/ng|/nrfg) (/nr|/nrfg|/ng|/nz|/x)?)} (担任|出任|任|执掌|领衔) {t:TITLE} 的 {h:ENT}
    unless @negations
    -> ENTITY Official p title=t conf=0.75
    -> HOLDS_POSITION p h title=t conf=0.75

# 由张三掌舵的X; 由李四执掌的X集团: the firm the person heads, no title named
holds.firm-headed-by:
    由 {p:(PERSON | (/nr|/ng|/nrfg) (/nr|/nrfg|/ng|/nz|/x)?)} (掌舵|执掌|掌管|坐镇|领导|带领|领衔) 的 {h:ENT}
    unless @negations
    unless @was
    -> HOLDS_POSITION p h conf=0.7

# X法定代表人：张三; X成立于2011年，法定代表人为张三 (a registry entry): the firm the entry is about (not 原法定代表人:
# @former-marks)
holds.registry-title:
    ({h:ENT} ~2)? {t:TITLE} (：|:|为|是) {p:(PERSON | /x | (/nr|/ng|/nrfg) (/nr|/nrfg|/ng|/nz)?)} $
    unless @former-marks
    unless @negations
    -> ENTITY Official p title=t conf=0.75
    -> HOLDS_POSITION p h|FIRM|TOPIC title=t conf=0.7

# X迎来新掌门：原常务副总经理张三出任董事长; X换帅，李四接任总经理: the firm's new head
holds.new-head:
    {h:ENT} ~2 (迎来|喜迎|换帅|换将|更换) 新? (掌门|掌门人|掌舵人|当家人|董事长|总经理|一把手|帅)? (：|:|，|,) ~3 {p:(PERSON | /x | (/nr|/ng|/nrfg) (/nr|/nrfg|/ng|/nz)?)} (正式)? (出任|升任|接任|就任|担任|接掌) {t:TITLE}
    unless @negations
    -> ENTITY Official p title=t conf=0.75
    -> HOLDS_POSITION p h title=t conf=0.75

# 张三接替李四出任X总经理; 张三接棒父亲，成为X董事长: the successor holds the post, not the one before (name-is-title does not read
# a clause with 接替, @succession)
holds.succeeds:
    ({p:PERSON} | ^ {p:(/nr|/nrfg)}) @succession ~3 (，|,)? (出任|担任|接任|成为|升任|就任) {h:BODY} (的|公司|集团)? (/n*|/vn|/x)? {t:TITLE}
    unless @negations
    unless @plan-words
    unless-sentence @hearsay-words
    -> ENTITY Official p title=t conf=0.8
    -> HOLDS_POSITION p h title=t conf=0.8

# X的一把手，是今年刚满40岁的张三; X的董事长是一位“80后”的李四: the title, then who holds it, described (not a former
# post: X的前任总经理，是…的王五)
holds.title-is-described-name:
    {h:BODY} 的? {t:TITLE} (，|,)? (是|为) ~8 的 {p:PERSON} $
    unless @negations
    unless @was
    unless @former-marks
    unless @plan-words
    unless-sentence @hearsay-words
    -> ENTITY Official p title=t conf=0.75
    -> HOLDS_POSITION p h title=t conf=0.75

# 张三同时兼任A和B两家公司的董事长; 李四担任A、B、C三家企业的总经理: one title held in each firm of the list
holds.name-is-title-of-each:
    ({p:PERSON} | ^ {p:(/nr|/nrfg)}) (现|目前|如今)? 同时? 也? 还? (是|任|现任|担任|兼任|出任) {h:BODIES} (两家|三家|四家|等)? (公司|企业|集团|单位)? 的 {t:TITLE}
    unless @negations
    unless @was
    unless @plan-words
    unless @succession
    unless-sentence @hearsay-words
    -> ENTITY Official p title=t conf=0.75
    -> HOLDS_POSITION p h title=t conf=0.75
