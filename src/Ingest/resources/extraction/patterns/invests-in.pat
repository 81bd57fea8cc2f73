# INVESTS_IN (investor → project or place), with the amount and the land where the clause states them.
# FIRM is the clause subject when it is a firm (explicit, or carried: 公司, 该企业, the firm of the clause before):
# a district or a bureau that 引进/签约 a project is no investor. The firm at the head of a project's name
# (甲乙科技年产…项目) and the amount said of a project in another clause (P产能达X，总投资Y元) are read by
# InvestmentRelationRule, which runs after the patterns. The language: docs/patterns.md.

@adverbs = 全额|全资|独资|将|已|已经|正|正在|也|还|再|再次|再度|又|计划|拟|将要|加紧|加快|全力|正式|率先|陆续|相继|共同|成功|专门|继续|首次|进一步|还将|即将|此次|这次|今年|近日|日前|分别|先后|顺利
@build-verbs = 新上|投资建设|投资兴建|出资建设|投资新建|加码投资|追加投资|投资|开工建设|开工|建设|兴建|新建|扩建|实施|上马|投建|布局|签约|签下|打造|启动建设|落地|加码落地|签约落地|落户|签约落户
@place-verbs = 投资|追加投资|加码投资|增资|投资布局|投资设厂|投资兴业|布局|设厂|落子
@spend-verbs = 总投资|计划投资|拟投资|投资|投入|拿出|出资|斥资|追加投资|共同出资|共投资|募集资金|募资|花费|耗资
# (A与B合资建设的X项目, X由A、B联合投资建设: both partners; session 17)
@by-verbs = 投资建设|投资兴建|出资建设|投资新建|投资|出资|兴建|投建|建设|合资建设|合资兴建|合资新建|合资投建|合资|联合建设|合作建设|共同建设|共同投资建设|联合投资建设|联合投资|共同投资
# 建设单位, 建设方: the owner that has a project built (and pays for it), not 施工单位, the contractor that builds it
@investor-nouns = 投资方|投资主体|投资单位|出资方|投资企业|投资人|建设主体|项目业主|业主单位|建设单位|建设方|项目建设单位
@land-verbs = 拿地|摘得|竞得|获得|取得|购得|摘牌
# weighing an investment is not making it: A曾考虑投资X项目，但最终放弃; A有意投资X项目
@weighing = 考虑|曾考虑|有意|意欲|酝酿|探讨|设想|曾计划|原计划|一度计划|曾打算
# a plan shelved later in the sentence (A曾计划投资X项目，后因政策调整搁置): no investment
@shelved = 搁置|作罢|叫停|流产|告吹

# A投资建设X项目; A正在北仑加紧建设X项目; A与某市签约X项目; 并于今年3月再度加码投资X项目; A再次加码落地总投资N元的X项目
invests.builds:
    {s:ENTS}? ~4 @adverbs* @build-verbs+ 了? ((总投资|投资)? {x:AMOUNT} 的)? {p:PROJECTS}
    unless @negations
    unless @weighing
    unless-sentence @shelved
    -> INVESTS_IN s|FIRM p amount=x conf=0.75

# A总投资N亿元建设X; A拿出N万元实施X项目; A计划投资N亿元，建设X和Y; A在某地投资N亿元新建X; A募集资金N亿元，主要投向X项目;
# A花费N亿元改造老厂区，实施X项目; A斥资3亿元在东莞松山湖建设X项目 (a zone the gazetteer lacks after the place)
invests.spends:
    {s:ENTS}? ~4 @adverbs* @spend-verbs {x:AMOUNT} (~3 (，|,))? (在 (PLACE|/ns|/nz|/x)+)? ~2 @adverbs* (@build-verbs|用于|投向|投入)+ {p:PROJECTS}
    unless @negations
    unless @weighing
    unless-sentence @shelved
    -> INVESTS_IN s|FIRM p amount=x conf=0.8

# A将与B共同出资，总投资N亿元，在某地建设X和Y; A与B合资建设X: the partner invests too (A: invests.builds)
@partner-verbs = 共同出资|共同投资|合资|联合投资|合作投资|出资|投资|联合出资
invests.with-partner:
    与 {s:ENTS} @adverbs* @partner-verbs (~6 (，|,))* ~4 @adverbs* @build-verbs 了? {p:PROJECTS}
    unless @negations
    -> INVESTS_IN s p conf=0.75

# X项目由A投资建设; X，由A、B共同出资建设
invests.built-by:
    {p:PROJECTS} ~6 (，|,)? 由 {s:ENTS} 等? @adverbs* @by-verbs
    unless @negations
    -> INVESTS_IN s p conf=0.8

# 由A投资的X项目; 由A投资建设的X
invests.by-investor-of:
    由 {s:ENTS} 等? @adverbs* @by-verbs 的 ~4 {p:PROJECTS}
    unless @negations
    -> INVESTS_IN s p conf=0.8

# X项目的投资方为A; 该项目投资主体是A; 总投资15亿元的X项目，投资方为A (in the clause after)
# X投资2.6亿元的Y项目; X在临江投建的Y项目 (the place may be a word or two the annotator did not read as one: 在当地, 在武进); X出资5亿元建设的Y项目; A和B共同投资建设的Y项目: the investor, a verb of
# spending or building, 的, then the project; 我们/公司在临江投资7.5亿元建设的Y项目 (the firm the clause speaks for: FIRM)
invests.invested-project:
    ({s:ENTS} | 我们 | 公司 | 该公司 | 本公司) (在 (PLACE+ | !NAMED !NAMED?))? @adverbs* (@spend-verbs|@by-verbs) {x:AMOUNT}? (建设|兴建|新建|扩建|打造)? 的 {p:PROJECTS}
    unless @negations
    unless @weighing
    -> INVESTS_IN s|FIRM p amount=x conf=0.8

# 企业投资1.2亿元建设的X项目; 公司投资建设的X项目已开工: a reference to the clause's firm opens the clause (the investor
# is FIRM, the firm the reference stands for)
@firm-references = 企业|公司|该企业|该公司|集团|该集团|本公司
invests.reference-invested-project:
    ^ @firm-references @adverbs* (@spend-verbs|@by-verbs) {x:AMOUNT}? (建设|兴建|新建|扩建|打造)? 的 {p:PROJECTS}
    unless @negations
    -> INVESTS_IN FIRM p amount=x conf=0.75

# 公司年产2万吨碳酸锂项目已全面达产; 企业的X项目正式投产: the firm's own project, settled or built
invests.reference-own-project:
    ^ @firm-references 的? {p:PROJECTS} @adverbs* (全面|全部)? (达产|投产|开工|动工|建成|竣工|开建|落地)
    unless @negations
    -> INVESTS_IN FIRM p conf=0.7

# A追加的5亿元投资，将全部用于X项目; A新增的N亿元资金主要投向X项目
invests.money-goes-to:
    {s:ENTS}? ~3 (追加|新增|募集|筹集|投入)? 的? {x:AMOUNT} (投资|资金|募集资金) (，|,)? ~2 @adverbs* (全部|主要|大部分)? (用于|投向|投入)+ {p:PROJECTS}
    unless @negations
    -> INVESTS_IN s|FIRM p amount=x conf=0.75

# A的X项目总投资30亿元; A的X项目计划投资N亿元: the firm's own project, and what it costs
invests.own-project-costs:
    {s:ENT} 的 {p:PROJECTS} (，|,)? (总投资|计划总投资|计划投资|预计投资|投资额|投资|总 投资) (为|达|约|超)? {x:AMOUNT}
    unless @negations
    -> INVESTS_IN s p amount=x conf=0.75

# X以2亿元战略入股Y; X参股Y; X增资Y: a stake in another firm (not weighed: X曾考虑战略入股Y，但最终放弃)
invests.stake-in:
    {s:ENTS}? ~4 @adverbs* (以 {x:AMOUNT})? 战略? (入股|参股|战略投资|增资|注资) 了? {c:ENT}
    unless @negations
    unless @weighing
    -> INVESTS_IN s|FIRM c amount=x conf=0.75

# A出资3亿元，参与投资了B的12英寸硅片项目; A参投了C的X项目 (参股C… is invests.stake-in's, the stake in C; 参与建设 may be the builder's): A invests in the project, and so does B, whose project it is
# (not a weighed or planned share: @weighing, @plan-words)
invests.joins-project-of:
    {s:ENTS}? ~4 @adverbs* (参与投资|参投|共同投资|联合投资|跟投) 了? {o:ENT} 的 ~3 {p:PROJECTS}
    unless @negations
    unless @weighing
    unless @plan-words
    -> INVESTS_IN s|FIRM p conf=0.75
    -> INVESTS_IN o p conf=0.75

# A宣布向B注资5亿元; A向B增资2亿元，持股比例提升至20%; A对B战略投资1亿元: money put into a firm (an amount or the
# clause's end after the verb: not 向B投资的项目, not a plan)
invests.puts-into-firm:
    {s:ENTS}? ~4 @adverbs* (向|对|为) {c:ENT} @adverbs* (注资|增资|战略投资|追加投资|战略注资|入股|战略入股|投资) ({x:AMOUNT} | $)
    unless @negations
    unless @weighing
    unless @plan-words
    -> INVESTS_IN s|FIRM c amount=x conf=0.75

# X领投了Y的B轮融资; X参投Y新一轮融资; X跟投了Y: a stake taken in a financing round
invests.leads-round:
    {s:ENTS}? ~4 @adverbs* (领投|参投|跟投|联合领投|独家投资|参与) 了? {c:ENT} 的? ~3 (融资|轮|天使轮|增资)
    unless @negations
    -> INVESTS_IN s|FIRM c conf=0.75

# Y的B轮融资由X领投; Y近日完成A轮融资，由X领投: the round is the firm's, the leader invests in it (not a plan or a
# weighed one: 原计划由X领投)
@round-leads = 领投|联合领投|独家投资|参投|跟投|独家领投
invests.round-led-by:
    {c:ENT} ~6 (融资|轮) (，|,)? 由 {s:ENTS} @round-leads
    unless @negations
    unless @weighing
    unless @plan-words
    -> INVESTS_IN s c conf=0.75

# Y完成2亿元B轮融资，X领投，Z跟投: the investors named in the clauses after the round
invests.round-then-leads:
    {c:ENT} ~6 (融资|轮) (，|,) {s:ENTS} @round-leads ((，|,) {s2:ENTS} @round-leads)?
    unless @negations
    unless @weighing
    unless @plan-words
    -> INVESTS_IN s c conf=0.75
    -> INVESTS_IN s2 c conf=0.75

invests.investor-is:
    {p:PROJECT} ~6 (，|,)? ~2 @investor-nouns (为|是|系) {s:ENTS}
    -> INVESTS_IN s p conf=0.8

# A在某地投资; A此前已在甲国和乙国投资布局; A将在某市追加投资，…; A在某地投资N亿元。
invests.in-place:
    在 {d:PLACES} @adverbs* @place-verbs {x:AMOUNT}? $
    unless @negations
    -> INVESTS_IN FIRM d amount=x conf=0.75

# A加码投资某区; A将加大在某市的投入
invests.place-object:
    ((加码投资|追加投资|投资|增资) {d:PLACES} $ | (加大|追加|增加|扩大) 在 {d:PLACES} 的 (投资|投入))
    unless @negations
    -> INVESTS_IN FIRM d conf=0.75

# 公司拿地28.3亩，开工了X项目; A摘得某街道21.53亩工业用地，企业X项目正式…
invests.land-then-project:
    ({s:ENT} (，|,)? @adverbs*)? @land-verbs ~6 {l:(/m 亩)} ~3 (，|,) ~3 @adverbs* @build-verbs* 了? {p:PROJECTS}
    unless @negations
    -> INVESTS_IN s|FIRM p land=l conf=0.75

# 甲乙临江基地落地后…; 甲乙苏州工厂投产: a brand jieba reads as a proper word, a place and a plant word, opening a clause
# whose verb settles or builds it, name a project (one name: brand + place + plant)
@plant-words = 基地|工厂|厂区|园区
@plant-verbs = 落地|落户|投产|开工|动工|建成|竣工|开建|奠基
project.brand-place-plant:
    ^ {x:(/j|/nz|/nt) PLACE @plant-words} @adverbs* 正式? @plant-verbs
    unless @negations
    -> ENTITY Project x conf=0.7

# A获得B的战略投资; A引入B战略入股; A迎来B的增资: the firm that puts money in (B) invests in the clause's firm
invests.received-from:
    (获得|获|引入|接受|迎来|得到) 了? {s:ENT} PLACE? 的? ~2 (战略投资|投资|注资|增资|战略入股|入股|领投|注资入股)
    unless @negations
    unless @plan-words
    -> INVESTS_IN s SUBJ conf=0.75

# X完成5亿元C轮融资，投资方包括A、B等; Y获得新一轮融资，参投方为A: the investors of the firm that raised the round
invests.round-investors:
    (融资|轮|增资|天使轮) ~3 (，|,) ~3 (投资方|投资人|投资机构|参投方|跟投方|领投方|出资方|投资者) (包括|为|是|有|主要有|分别为|分别是) {s:ENTS}
    unless @negations
    -> INVESTS_IN s FIRM conf=0.75

# X出资3亿元认购Y新增注册资本; X认购Y定增股份: subscribing to the firm's new capital is investing in it
invests.subscribes:
    认购 (了)? {c:ENT} 的? ~2 (新增注册资本|增发股份|定增股份|定向增发|新增股份|股份|股权|可转债|新股)
    unless @negations
    -> INVESTS_IN FIRM c conf=0.75

# X近日完成对Y的战略投资; X宣布完成对Y的1亿元增资; X已完成对Y的股权投资: a stake taken in another firm (not weighed or
# withdrawn: 撤回对Y的投资意向, 考虑完成对Y的投资; not 完成对Y的尽职调查)
invests.completes-investment-in:
    {s:ENTS}? ~4 @adverbs* (完成|实施|宣布完成|顺利完成|正式完成) 了? 对 {c:ENT} (的|公司的)? {x:AMOUNT}? 的? (战略投资|投资|增资|注资|战略入股|入股|股权投资|战略注资|战略增资|领投|天使轮投资)
    unless @negations
    unless @weighing
    unless @plan-words
    -> INVESTS_IN s|FIRM c amount=x conf=0.75

# A与B共同出资设立了C; A和B联合出资成立C; A、B等三方合资组建了C: each partner invests in the firm they set up (a planned
# one is none: @adverbs reads 计划/拟, @plan-words rejects them)
invests.sets-up-jointly:
    {s:ENTS} 等? (两方|三方|四方|多方|双方|两家|三家)? @adverbs* (共同|联合|合资|合作) 出资? (设立|成立|组建|创办|注册成立|注册设立|合资成立) 了? {c:ENT}
    unless @negations
    unless @weighing
    unless @plan-words
    -> INVESTS_IN s c conf=0.75
