# MEMBER_OF (enterprise or project → cluster) where a sentence states it, and PART_OF (cluster → larger cluster).
# The language: docs/patterns.md. SUBJ is the clause's subject: a cluster the clause opens with, or what 集群/该集群
# stand for (the cluster last named), or a firm. A relation whose ends the schema does not join (a place "gathering"
# firms, a firm "gathering" firms) is dropped, so SUBJ may be read loosely here.
# Membership the text only implies (firms described in a cluster's article or paragraph) is read by
# ClusterImpliedMemberRule, with basis=implied.

# 招引 only when done (招引了, 成功招引): X集群正在招引A等芯片企业，双方仍在接洽 is a courtship, not a member
@gather-verbs = 汇聚|集聚|聚集|集结|汇集|聚合|云集|吸引|引进|引育|培育|招引了|成功招引|孕育|培育壮大|集聚起|汇聚起|吸纳|吸纳了
@has-verbs = 有|拥有|包括|包含|聚集着|集聚着|汇聚着|落户|入驻|集聚了|聚集了
@hold-verbs = 拥有|涵盖|包括|包含|有
@member-adverbs = 已|已经|目前|现已|先后|陆续|逐步|正|正在|还|也|更|共|先后|相继|不断|持续|成功|一批|一大批
@member-roles = 龙头企业|骨干企业|重点培育企业|培育企业|链主企业|链主|链主单位|领军企业|重点企业|核心企业|重要成员|成员企业|成员单位|成员|龙头|骨干|主力军|排头兵|代表企业|头部企业|主体企业|配套企业|骨干力量|中坚力量|重要力量|主力|生力军|一员|重要一员|新成员
@member-nouns = 企业|龙头企业|骨干企业|重点企业|领军企业|知名企业|头部企业|链主企业|配套企业|上下游企业|行业龙头|龙头|单位|公司|厂商|项目|重点项目|大项目
@lead-words = 龙头|链主|核心|引领|主导|牵引|龙头企业|链主企业|核心企业|代表|骨干|支撑
@inside = 内|中|里|内部
@settle-verbs = 集聚|聚集|汇聚|集结|扎根|落户|入驻|云集|进驻|汇入|融入
# Words that make the firms listed something other than members: customers, suppliers, rivals.
@not-members = 客户|大客户|用户|供应商|合作伙伴|竞争对手|对手|订单|采购|销往|卖给|供应|退出|离开
# Words that make joining a plan or a wish, not a fact (A计划加入X集群, A有望成为X集群的链主).
@member-plans = 计划|拟|准备|打算|有望|争取|力争|希望|有意|意向|将|将要|即将|申请|谋划|筹划
# X集群汇聚了A、B等龙头企业; X集群以…为主导，汇聚A、B; 集群内有A、B、C等企业; 该集群拥有A和B两家龙头; X集群吸纳了A、B等40多家企业
member-of.cluster-gathers:
    ({c:CLUSTER} @inside? ~10)? @member-adverbs* @gather-verbs 了? ~3 {m:ENTS} 等? {r:@member-roles}?
    unless @negations
    unless @not-members
    -> MEMBER_OF m c|SUBJ role=r conf=0.8

# X产业集群拥有A、B两家龙头企业; X集群涵盖A、B (the cluster named in the clause: 拥有, 包括 say too little alone)
member-of.cluster-holds:
    {c:CLUSTER} @inside? ~10 @member-adverbs* @hold-verbs 了? ~3 {m:ENTS} 等? {r:@member-roles}?
    unless @negations
    unless @not-members
    -> MEMBER_OF m c role=r conf=0.8

# 集群内有A、B、C等企业; X产业集群中有A
member-of.cluster-has:
    ({c:CLUSTER} | 集群 | 该集群 | 产业集群 | 产业链) (@inside ~2 @has-verbs | 内有 | 中有 | 里有) 了? ~3 {m:ENTS}
    unless @negations
    unless @not-members
    -> MEMBER_OF m c|SUBJ conf=0.8

# A、B等龙头企业集聚于X集群; A等企业落户X产业集群
member-of.settle-in:
    {m:ENTS} 等? ~3 @member-nouns? ~2 @member-adverbs* @settle-verbs (于|在|到|进)? {c:CLUSTER}
    unless @negations
    unless @not-members
    unless @member-plans
    -> MEMBER_OF m c conf=0.8

# 形成了以A为龙头的X产业集群; 以A、B为链主，打造X产业链; 以A为链主、以B等项目为支撑，一个…的X集群正在成形
member-of.led-by:
    以 ({m:ENTS} | {m:PROJECT}) 等? @member-nouns? (为|作为) {r:@lead-words} (、 ~7 (为|作为) ~2)? ~2 (的|，|,)? ~12 {c:CLUSTER}
    unless @negations
    unless @not-members
    -> MEMBER_OF m c role=r conf=0.8

# A是X产业链的链主企业; A成为X集群的重要成员; A是X集群龙头; A作为X集群的骨干企业
member-of.is-member:
    ((是|为|成为|系|列为|被列为|跻身) | {m:ENT} ~2 作为 | {m:ENTS} 等? /m? @member-nouns? (均|都|也|已|正)* (是|为|成为|系|均为)) {c:CLUSTER} (的|中的|内的|里的)? ~2 {r:@member-roles}
    unless @negations
    unless @not-members
    unless @member-plans
    -> MEMBER_OF m|SUBJ c role=r conf=0.8

# A、B、C都是集群里的骨干企业; A是该集群的链主企业: 集群/该集群 stands for the cluster the article named last (CLUSTER)
member-of.is-member-of-reference:
    {m:ENTS} 等? /m? @member-nouns? (均|都|也|已|正)* (是|为|成为|系|均为) (集群|该集群) (的|中的|内的|里的)? ~2 {r:@member-roles}
    unless @negations
    unless @not-members
    unless @member-plans
    -> MEMBER_OF m CLUSTER role=r conf=0.75

# 作为集群链主企业之一，A…; 作为该集群的骨干企业，A…
member-of.as-member-of-reference:
    ^ 作为 (集群|该集群) (的|中的|内的|里的)? ~2 {r:@member-roles} 之一? (，|,) ~2 {m:ENT}
    unless @negations
    unless @not-members
    -> MEMBER_OF m CLUSTER role=r conf=0.75

# A、B等企业均属于X集群; A加入了X集群; A去年正式加盟X集群; A被纳入X产业链: each firm of the list belongs to the cluster
member-of.belongs-to:
    {m:ENTS} 等? /m? @member-nouns? /t? (均|都|也|已|正式|先后|相继)* (属于|隶属于|加入|加入了|加盟|加盟了|纳入|被纳入|入列|进入了|入选|入围|跻身) {c:CLUSTER}
    unless @negations
    unless @not-members
    unless @member-plans
    -> MEMBER_OF m c conf=0.8

# 作为X集群的链主企业，A…: the firm is the subject of the clause after
member-of.as-member:
    ^ 作为 {c:CLUSTER} (的|中的|内的|里的)? ~2 {r:@member-roles} (，|,) ~2 {m:ENT}
    unless @negations
    unless @not-members
    -> MEMBER_OF m c role=r conf=0.8

# X集群的龙头企业A; X集群内的骨干企业A、B; 集群龙头A
member-of.role-name:
    ({c:CLUSTER} | 集群 | 该集群) @inside? 的? “? ~2 {r:@member-roles} (” 企业?)? (有|包括|是|如)? {m:ENTS}
    unless @negations
    unless @not-members
    -> MEMBER_OF m c|SUBJ role=r conf=0.75

# X集群的一千多家企业里，A是…; X集群的骨干企业中，A的研发投入最高: the cluster's firms frame the clause after
member-of.among:
    ^ 在? {c:CLUSTER} 的 ~2 (@member-nouns|@member-roles) (当中|@inside) (，|,) {m:ENTS}
    unless @negations
    unless @not-members
    unless-after @member-plans
    -> MEMBER_OF m c conf=0.75

# Membership stated in the clause after the cluster's: X集群内，A、B等企业加快数字化改造; 在X集群中，A、B是主要的整机企业;
# X集群里，A是少有的上游材料企业; X产业链上，A是… The cluster (with 在…内/中/里/上) frames the clause of firms that follows it.
member-of.inside-frame:
    ^ 在? {c:CLUSTER} (@inside|上) (，|,) {m:ENTS}
    unless @negations
    unless @not-members
    -> MEMBER_OF m c conf=0.75

# X集群，A、B等企业加快转型: with no 内/中 the firms must be given as the cluster's kind of firms (等企业, 等配套企业)
member-of.cluster-then-firms:
    ^ {c:CLUSTER} (，|,) {m:ENTS} 等 ~2 @member-nouns
    unless @negations
    unless @not-members
    -> MEMBER_OF m c conf=0.7

# X集群有规上企业500多家，A便是其中之一; X集群，A是其中的链主企业; X集群集聚企业300家，其中A、B为龙头企业
# X集群，A是最早的一批入驻企业 (the role ends the clause)
member-of.one-of:
    {c:CLUSTER} ~15 (，|,) ({m:ENTS} ~2 (是|为|便是|就是|正是|也是|即是|均是|都是|均为|亦是) 其中 | 其中 (，|,)? {m:ENTS} 等? ~2 (是|为|均为|都是|均是) ~3 {r:@member-roles} | {m:ENTS} (是|为|系) ~4 {r:(@member-roles|入驻企业|首批企业)} $)
    unless @negations
    unless @not-members
    -> MEMBER_OF m c role=r conf=0.75

# X集群以A为核心; X集群，以A等企业为代表，产值超过千亿元; X产业链以A、B为链主
member-of.cluster-led-by:
    {c:CLUSTER} ~3 (，|,)? 以 {m:ENTS} 等? @member-nouns? (为|作为) {r:@lead-words}
    unless @negations
    unless @not-members
    -> MEMBER_OF m c role=r conf=0.75

# X集群中的A; X集群内的A、B等企业
member-of.inside-name:
    {c:CLUSTER} @inside 的 {m:ENTS}
    unless @negations
    unless @not-members
    -> MEMBER_OF m c conf=0.75

# X集群又添新成员：A; X产业链迎来新成员A
member-of.new-member:
    {c:CLUSTER} ~3 (添|又添|再添|新添|增添|迎来|新增|喜添) ~3 ((成员|新成员|一员|新军|生力军|链主) | “ ~3 ”) (：|:|，|,)? {m:ENTS}
    unless @negations
    unless @not-members
    -> MEMBER_OF m c conf=0.75

# X是Y核心区、Z的重要组成板块: the cluster of the clause is part of each larger cluster named before a part word.
part-of.cluster-component:
    (是|为|作为|系|成为|、) ~3 {w:CLUSTER} 的? {r:@cluster-parts}
    -> PART_OF SUBJ w role=r conf=0.8

# A、B被列入X集群重点企业名单; A入选X产业集群核心企业名录; 在X集群的核心企业名单上，A排在首位: a list of the cluster's firms
@member-lists = 名单|企业名单|名录|企业名录|企业库|培育库|清单|企业清单
member-of.on-list:
    {m:ENTS} 等? ~2 (被|已|均|都|先后|成功)? (列入|纳入|入选|进入|入围|列为|写入|跻身) 了? {c:CLUSTER} 的? ~3 @member-lists
    unless @negations
    unless @member-plans
    -> MEMBER_OF m c conf=0.8

member-of.in-list:
    在 {c:CLUSTER} 的? ~3 @member-lists (上|中|里) (，|,)? (有|包括)? {m:ENTS}
    unless @negations
    unless-after @negations
    -> MEMBER_OF m c conf=0.8

# A、B等X集群企业，今年共完成产值80亿元; A等X产业链骨干企业: firms named as the cluster's
member-of.list-cluster-firms:
    {m:ENTS} 等 (/m /q?)? {c:CLUSTER} 的? {r:(企业|成员企业|骨干企业|重点企业|龙头企业|链主企业|配套企业|规上企业)}
    unless @negations
    unless @not-members
    -> MEMBER_OF m c role=r conf=0.75

# X集群近日新增A等12家成员企业; X集群今年新增了A、B两家成员单位: the firms the cluster took in (not a plan: @member-plans)
member-of.adds-members:
    {c:CLUSTER} ~3 (新增|新添|增加|增添) 了? {m:ENTS} 等? /m? 家? (成员企业|成员单位|成员|会员企业|会员单位|新成员)
    unless @negations
    unless @member-plans
    unless @not-members
    -> MEMBER_OF m c conf=0.75

# X集群发展迅速，A是集群内产值最高的企业; A是该集群中唯一的上市企业: 集群 stands for the cluster the article named last
member-of.top-of-reference:
    {m:ENTS} (均|都|也)? (是|为|系) 该? (集群|该集群) (内|中|里|内部) ~4 的 WORD? (企业|公司|厂家|龙头企业|骨干企业)
    unless @negations
    unless @not-members
    unless @member-plans
    -> MEMBER_OF m CLUSTER conf=0.7
