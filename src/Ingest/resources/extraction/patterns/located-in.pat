# LOCATED_IN (a firm, project, cluster → the place it lies in). The language: docs/patterns.md.
# A chain of places names one place, its deepest last (扎根星河市临江街道 → 临江街道; the town → city edge comes
# from the gazetteer): `PLACE* {p:PLACE}` takes the last of the chain.
# @located-in-cues is resources/extraction/located-in-cues.txt (落户, 扎根, 位于, 选址, 搬迁至 …).

@facility-words = 工厂|生产基地|制造基地|基地|主机厂|厂区|厂房|总部|研发中心|生产线|产业园|园区|工厂项目|分厂|船坞|船厂|大本营|根据地|老根据地
@base-verbs = 生产|制造|注册|注册成立|成立|设立|创立|创办|诞生|起家|发展|发展壮大|成长|做大|做强|建厂|设厂|投产|安家|安家落户|深耕|办厂|经营|运营|落地|落户|扎根|入驻|落子
@build-verbs = 建设|新建|兴建|建成|投建|打造|开工|开工建设|落成|投资建设|布局|启动|实施|推进|试点|开展
@firm-words = 企业|公司|民企|外企|外贸企业|工厂|厂家|龙头企业|本土企业|制造企业|科技企业|民营企业|老字号
@home-words = 本土|本地|当地|土生土长的|一家
@firm-references = 企业|公司|该公司|该企业|这家企业|这家公司|其|它|工厂|该厂|集团|该集团
@project-words = 项目|工厂项目|生产线项目
# firms named after a place as its customers, suppliers or partners, not as its own (销往星河市的客户企业A)
@not-located = 客户|用户|销往|出口|供应商|合作伙伴|对手|竞争对手
# an outpost set up in a place is no seat of the firm (A在深圳设立研发中心; A于上海设立办事处): based-in's cue is then the outpost's
@outposts = 中心|研发中心|办事处|分公司|销售中心|营销中心|代表处|研究院|分支机构|子公司|服务中心|运营中心|联络处
# what an article about one zone calls it later (园区已集聚了A; 区内落户了A; A落户于此): the ZONE endpoint, the zone last named
@zone-references = 园区|该园区|园区内|园区里|园内|园里|区内|区里|该区|全区|开发区内|这个园区|整个园区
@zone-here = 此|于此|在此|这里|园区|该园区|园区内|区内|园内|这个园区
@zone-inside = 园区内|园区里|园区中|区内|园内|园里
@zone-verbs = 集聚|聚集|汇聚|引进|吸引|培育|培育壮大|落户|入驻|拥有|有|内有|里有|扶持|集中|云集|聚集起|引来|迎来
@gather-verbs = 集聚|聚集|汇聚|引进|吸引|培育壮大|云集|聚集起|引来
@list-end = 等|两家|三家|四家|几家|多家|一批|一大批|这些|这样

# (no other firm, project or cluster between the subject and the cue: 华锐精工的客户云帆电子落户… is 云帆电子's)
# A落户星河经开区; A、B签约落户临江; X产业集群坐落在临江镇; A自2019年扎根临江街道; A总部位于星河市; 项目将选址在临江
located.settles:
    {e:(ENTS|PROJECTS|ORGS|CLUSTERS)} 等? (!NAMED)* @located-in-cues 了? (于|在|到|至)? 了? PLACE* {p:PLACE}
    unless @project-words
    unless @plan-words
    -> LOCATED_IN e p conf=0.8

# 星河经开区内，A、B等企业正在扩建厂房; 在临江产业园里，A是最大的纳税企业: the zone (内/里/中 after it) frames the
# clause, and the firms that open the next clause work there ("在PLACE，" with no 内 is LocatedInRule's scene)
located.frame:
    ^ 在? PLACE* {p:PLACE} (内|里|中) (，|,) {e:ENTS}
    unless @plan-words
    unless-after @plan-words
    -> LOCATED_IN e p conf=0.65

# 在星河市临江街道，华锐精工的生产车间里…; 在临江，作为全国最大的转向节供应商，华锐精工生产…: a sentence that opens with
# "在PLACE，" sets the scene for the firm that opens the next clause (an aside 作为… may come between). A firm that sets
# up, opens or plans something there (在星河，华锐精工设立了研发中心; 在德国，A新建了工厂) is expanding into the place,
# not said to be there; a firm further on (在临江，像华锐精工这样的企业还有不少) is not the clause's subject.
@setup-verbs = 设立|设|成立|新设|开设|设有|建立|组建|新建|投建|兴建|投资|布局|拓展|开拓|进军|收购|并购|参展|参加|举办|发布|推介|考察|访问|签约|签署|签订
located.scene:
    ^ 在 PLACE* {p:PLACE} (，|,) ((作为|身为) ~12 (，|,))? {e:ENTS}
    unless @plan-words
    unless-after @setup-verbs
    unless-after @plan-words
    -> LOCATED_IN e p conf=0.6

# (A…，)三年前已整体搬迁至滁州市南谯区: the firm the clause speaks of has moved there (not a plan, nor a move under way:
# 正在考虑将总部迁往…, 计划迁至…)
@move-pending = 正在|将|拟|准备|即将|打算
located.clause-moved-to:
    ^ ~3 (已|已经|早已|去年|今年)? 整体? ((搬迁|迁|迁移|搬|迁址) (至|到|往) | 迁至 | 迁到 | 迁往 | 搬至 | 搬到 | 搬往) 了? PLACE* {p:PLACE}
    unless @plan-words
    unless @move-pending
    -> LOCATED_IN FIRM p conf=0.65

# 企业便整体搬迁到了临江县; 公司2015年落户星河市: the reference opens the clause
located.reference-settles:
    ^ ~1 @firm-references (!PROJECT)* @located-in-cues 了? (于|在|到|至)? 了? PLACE* {p:PLACE}
    unless @project-words
    -> LOCATED_IN SUBJ p conf=0.7

# 位于临江街道的A; 星河经开区的A; 星河产业园内的A、B (not where it was: 总部原在淄博市张店区的A，三年前已搬迁至…; @former-seat)
@former-seat = 原在|原|原来|原本|原先|曾|曾经|曾在|此前|以前|早年
located.place-of:
    PLACE* {p:PLACE} (内|里|中)? 的 (ENT {e:PROJECTS} | {e:(ENTS|PROJECTS|ORGS)})
    unless @former-seat
    -> LOCATED_IN e p conf=0.75

# 星河企业A; 临江本土企业A、B; 临江区的模具企业A; 星河市的汽车零部件龙头企业A (a trade noun or two before the firm word)
located.place-firm:
    PLACE* {p:PLACE} 的? @home-words? ((/n|/mq|/vn) ~1)? @firm-words ("—"|"-"|"："|":")* {e:ENTS}
    unless @not-located
    -> LOCATED_IN e p conf=0.75

# A所在的星河经开区; A总部所在的临江区; A落户的星河高新区: the place is named as where the firm is
located.seat-of:
    {e:ENTS} (总部|工厂|厂区|生产基地)? (所在|所处|坐落|落户|入驻|扎根) 的 PLACE* {p:PLACE}
    unless @plan-words
    -> LOCATED_IN e p conf=0.7

# 这家临江企业; 这家扎根星河市临江街道的外贸企业: the firm the text is about
located.this-firm:
    (这家|该|这个|这所) @located-in-cues? PLACE* {p:PLACE} 的? ~3 @firm-words
    -> LOCATED_IN TOPIC p conf=0.7

# 这家扎根星河市临江区的铜加工企业，名叫A; 这家临江企业，就是A: the firm the frame describes is named in the clause after
located.this-firm-named:
    ^ (这家|这个|这所) @located-in-cues? PLACE* {p:PLACE} 的? ~3 @firm-words (，|,) (名叫|叫|叫作|叫做|名为|就是|便是|正是|名字叫) {e:ENT}
    unless @plan-words
    -> LOCATED_IN e p conf=0.7

# A在星河的生产基地; A在临江的主机厂; A位于临江的厂区; A在临江投产的工厂 (a verb of settling or producing; not 在中国建设的工厂: whose factory a firm builds abroad)
located.facility-in:
    {e:ENTS} (在|位于) PLACE* {p:PLACE} @base-verbs? 的 ~3 @facility-words
    unless @plan-words
    -> LOCATED_IN e p conf=0.75

# A是2002年在星河市临江街道注册成立的; A、B等企业，也都在临江一步步发展壮大; 该公司在临江生产
located.based-in:
    {e:ENTS} 等? (!NAMED)* ((，|,) ~3)? (在|于) PLACE* {p:PLACE} ~3 @base-verbs
    unless @plan-words
    unless-after @outposts
    -> LOCATED_IN e p conf=0.7

located.reference-based-in:
    ^ ~1 @firm-references ~3 (在|于) PLACE* {p:PLACE} ~3 @base-verbs
    unless @plan-words
    -> LOCATED_IN SUBJ p conf=0.65


# 在临江街道建设X项目和Y项目; 正在临江加紧建设X项目; 将在星河追加投资，建设X项目
located.build-project-in:
    (在|正在|于) PLACE* {p:PLACE} ~4 ((，|,) ~2)? @build-verbs {x:PROJECTS}
    -> LOCATED_IN x p conf=0.75

# X项目在临江开工; X项目落地星河经开区
# 华锐精工在星河经开区投资8亿元建设的X项目; 我们在星河区开工建设了X项目: the place where the project is built
located.project-built-in:
    (在|于) PLACE* {p:PLACE} (投资 AMOUNT?)? (开工)? (建设|新建|兴建|投建|扩建|投资建设|开工建设|打造) 了? 的? {x:PROJECTS}
    -> LOCATED_IN x p conf=0.7

# 华锐精工与星河高新区签约，投资6亿元建设X项目: the zone (or place) signed with is where the project is built
located.project-signed-with:
    与 PLACE* {p:PLACE} (签约 | 签订 ~3 协议 | 签署 ~3 协议) (，|,)? ~3 (建设|新建|兴建|投建|投资建设|打造) {x:PROJECTS}
    -> LOCATED_IN x p conf=0.65

located.project-in:
    {x:PROJECTS} ~3 (在|于|落户|落地|落户于|选址|选址在|位于|入驻) PLACE* {p:PLACE}
    -> LOCATED_IN x p conf=0.75

# 星河市先后培育壮大了华锐精工、云帆电子等一批企业 (the firms end the clause or 等 follows: 星河汇聚了华锐精工的研发力量 is none); 临江产业园目前已集聚华锐精工、云帆电子等知名企业; 星河经开区引进了华锐精工
located.gathers:
    PLACE* {p:PLACE} ~3 (培育 壮大?|培育壮大|集聚|聚集|汇聚|引进|吸引|孕育) 了? ~4 {e:ENTS} (@list-end|$)
    -> LOCATED_IN e p conf=0.7

# 园区已集聚了华锐精工、云帆电子等企业; 区内落户了华锐精工; 目前园区内有华锐精工、云帆电子等龙头企业;
# 园区一方面继续扶持华锐精工、云帆电子等整车企业 (the zone the article named last: ZONE)
located.zone-gathers:
    ^ ~2 @zone-references (内|里)? ~3 @zone-verbs 了? ~4 {e:ENTS} (@list-end|$)
    -> LOCATED_IN e ZONE conf=0.65

# 华锐精工、云帆电子等重点企业都落户于此; 华锐精工2018年入驻园区; 云帆电子扎根这里
located.zone-settles:
    {e:(ENTS|PROJECTS)} 等? ~4 @located-in-cues 了? (于|在|到|至)? @zone-here
    unless @plan-words
    -> LOCATED_IN e ZONE conf=0.65

# 园区内的华锐精工年产10万套项目 (the project, and the firm whose name opens it: it works in the park); 区内的华锐精工、云帆电子
located.zone-place-of:
    @zone-inside 的 ({f:ENT} {e:PROJECTS} | {e:(ENTS|PROJECTS)})
    -> LOCATED_IN e ZONE conf=0.65
    -> LOCATED_IN f ZONE conf=0.6

# 同样入驻园区的本土企业A; 落户园区的龙头企业A、B; 首批入驻的8家企业中，A… (a firm described as settled in the zone the
# article named last; not one that plans to: 计划入驻园区的A)
located.zone-settled-firm:
    (入驻|落户|进驻|扎根) (于|在|到)? @zone-here? 的 (~4 {e:ENTS} | ~4 (中|里|当中) (，|,) {e:ENTS})
    unless @plan-words
    -> LOCATED_IN e ZONE conf=0.6

# 星河汽车产业园则主攻新能源汽车，同时发展零部件制造，目前已集聚华锐精工、云帆电子等知名企业: the place that opens
# the sentence gathers the firms of a later clause
located.gathers-later:
    ^ PLACE* {p:PLACE} ~12 (，|,) (~12 (，|,))? ~3 @gather-verbs 了? ~4 {e:ENTS} (@list-end|$)
    -> LOCATED_IN e p conf=0.65

# 星河正是这家企业在国内最大的生产基地; 临江是华锐精工最大的制造基地; 临江也是云帆电子的总部所在地 (这家企业: the firm
# the text is about)
# A是一家注册在星河高新区的企业; A是一家位于临江街道的外贸企业; A是扎根星河市二十年的老字号: the firm the sentence describes lies there
# A是一家土生土长的临江企业; A是一家星河本土企业; A是临江县的一家当地企业 (the clause ends with the firm word: not A是一家德国企业的供应商)
located.is-place-firm:
    {e:ENT} (是|为|系) ((一家|一个|家) ~3 的?)? PLACE* {p:PLACE} 的? (一家|一个|家)? (当地|本地|本土|老牌|土生土长 的)? ~2 @firm-words $
    unless @plan-words
    unless @not-located
    -> LOCATED_IN e p conf=0.7

# 落子星河开发区三年，A已建成…; 作为扎根临江经开区的本土企业，A…; 作为张掖市甘州区的龙头企业，A…: a settling frame (or
# the place's firm), then the firm opening the next clause
located.frame-cue:
    ^ ((作为|身为)? @located-in-cues (于|在)? PLACE* {p:PLACE} ~5 | (作为|身为) PLACE* {p:PLACE} (的|本地的|本土的|当地的) ~2 @firm-words (之一)?) (，|,) {e:ENT}
    unless @plan-words
    unless @not-located
    unless @project-words
    unless-after @plan-words
    -> LOCATED_IN e p conf=0.7

# A注册地在星河市临江区; A的生产基地在临江县; A的总部所在地为临江; A厂址位于临江镇; A的注册地址，在临江区
located.seat-is:
    {e:ENT} 的? (注册地|注册地址|总部所在地|总部地址|厂址|所在地|根|@facility-words) (，|,)? (就|也|都|均)? (在|位于|设在|为|是) PLACE* {p:PLACE}
    unless @plan-words
    -> LOCATED_IN e p conf=0.75

# A成立于2003年，总部位于星河市临江区，…; A是一家阀门企业，总部设在临江市: the seat opens a clause of its own, the firm
# is the subject carried from the clause before (the place ends the clause: not 总部位于临江的B)
located.seat-clause:
    ^ (公司|企业|集团)? (总部|注册地|厂址|公司总部) (位于|设在|设于|坐落于|坐落在) PLACE* {p:PLACE} $
    unless @plan-words
    -> LOCATED_IN FIRM p conf=0.7

# A注册于台州市温岭市; A注册在临江经开区; A成立于星河市 (a place after it: not 成立于2008年)
located.registered-in:
    {e:ENT} (，|,)? ~4 (注册于|注册在|成立于|创立于|创办于|诞生于|发源于) PLACE* {p:PLACE}
    unless @plan-words
    -> LOCATED_IN e p conf=0.75

located.is-firm-in:
    {e:ENT} (是|为|系) (一家|一个|家)? (注册在|注册于|位于|坐落于|坐落在|地处|扎根|扎根于|落户|落户于|总部位于|总部设在) PLACE* {p:PLACE} ~4 @firm-words
    unless @plan-words
    -> LOCATED_IN e p conf=0.75

# A从星河市迁到了临江区; A去年整体搬迁至临江镇; A于2021年迁入临江区: the place moved to, not the one left (not a plan:
# A计划从星河迁到临江; the firm itself moved: a facility moved is facility-put-in's)
@move-verbs = 迁到|迁至|迁往|迁入|搬到|搬至|搬迁到|搬迁至|搬入|整体搬迁至|整体搬迁到|整体迁至|整体迁入|整体迁到
located.moves-to:
    {e:ENT} ~3 (从 PLACE+)? 整体? @move-verbs 了? PLACE* {p:PLACE}
    unless @plan-words
    unless @negations
    unless @not-located
    -> LOCATED_IN e p conf=0.7

# A将生产基地设在星河经开区; A把总部搬到了临江区; A的研发中心建在星河市: a facility of the firm put somewhere
located.facility-put-in:
    {e:ENT} (将|把|的)? ~2 @facility-words (从 PLACE+)? (设在|建在|放在|落在|搬到|迁到|迁至|搬迁至|安在) 了? PLACE* {p:PLACE}
    unless @plan-words
    -> LOCATED_IN e p conf=0.7

located.place-is-base:
    {p:PLACE} (正是|就是|也是|便是|则是|是) ({e:ENTS} | (这家|该) @firm-words) ~6 @facility-words
    unless @plan-words
    -> LOCATED_IN e|TOPIC p conf=0.65

# 星河市围绕主导产业精准招商，华锐精工、云帆电子等一批项目陆续落地: the place that opens the sentence, firms of a later
# clause that settle with no place of their own after the cue
located.settles-later:
    ^ PLACE* {p:PLACE} ~20 (，|,) (~20 (，|,))? (~20 (，|,))? {e:ENTS} 等? ~6 @located-in-cues (/v* | "、" | $)
    unless @plan-words
    -> LOCATED_IN e p conf=0.6

# 星河市临江区是老工业基地，A就诞生在这里; 临江镇是全国闻名的五金之乡，A、B都扎根于此; A在这里起家: the place the
# sentence opened with is what 这里/此 stand for (a settling verb: not A在这里举办发布会)
@here = 这里|此|这儿|此地
located.born-here:
    ^ PLACE* {p:PLACE} ~8 (，|,) {e:ENTS} 等? ~3 (就|也|都|正是|便)? (@base-verbs (在|于) @here | (在|于) @here @base-verbs)
    unless @plan-words
    -> LOCATED_IN e p conf=0.7

# A（星河市临江区）今年新上两条生产线; A(临江县)的车间: the place in brackets after a firm's short name is where it is
located.bracket-place:
    {e:ENT} ("（"|"(") PLACE* {p:PLACE} ("）"|")")
    -> LOCATED_IN e p conf=0.75

# 从衡阳市珠晖区走出来的A; 从临江起步的A: where the firm grew up
located.came-from:
    从 PLACE* {p:PLACE} (走出来|走出|起步|起家|发展起来|成长起来|走来) 的 (!NAMED)* {e:ENT}
    unless @plan-words
    -> LOCATED_IN e p conf=0.7

# A（住所：南阳市宛城区工业南路18号）; A(注册地址:临江县…): the address in brackets after the firm
located.bracketed-address:
    {e:ENT} "(" (住所|地址|注册地址|注册地|厂址|住址|公司地址|经营场所) (：|:) PLACE* {p:PLACE}
    -> LOCATED_IN e p conf=0.75

# A以晋江为大本营; A一直以星河市临江区为生产基地: the place the firm takes as its base (not a plan, @plan-words)
located.takes-as-base:
    {e:ENT} ~3 以 PLACE* {p:PLACE} (为|作为) (其|自己的)? ~2 (大本营|根据地|总部|生产基地|制造基地|基地|主战场|总部基地)
    unless @plan-words
    unless @negations
    -> LOCATED_IN e p conf=0.7

# A的新厂房日前落成于常州市新北区; A的生产基地建成于临江经开区: the firm's facility completed in the place (not a
# plan: 将落成于 — @plan-words; not a customer's plant)
located.facility-completed-in:
    {e:ENT} 的 ~3 @facility-words ~2 (落成|建成|竣工|投产|启用|竣工投产) 于 PLACE* {p:PLACE}
    unless @plan-words
    unless @move-pending
    unless @negations
    unless @not-located
    -> LOCATED_IN e p conf=0.7

# A的厂址最终选在了长沙市望城区; A的新厂选址定在临江经开区: where the firm chose to build (not a site weighed, @site-doubts:
# A的厂址可能选在临江, 原本选在临江)
@site-doubts = 可能|或将|或许|也许|考虑|曾考虑|备选|候选|倾向|有望|拟|计划|打算|原本|原先|曾
located.site-chosen-in:
    {e:ENT} 的 新? (厂址|选址|新厂址|工厂选址|项目选址|新厂选址|基地选址) (最终|最后|已|已经|正式)? (选在|定在|落在|选定在|确定在|选定|确定为|定于|落户) 了? PLACE* {p:PLACE}
    unless @site-doubts
    unless @negations
    -> LOCATED_IN e p conf=0.7
