# SUBSIDIARY_OF (subsidiary → parent). @subsidiary-cues is resources/extraction/subsidiary-cues.txt (全资子公司, 旗下 …).

@subsidiary-words = 全资子公司|控股子公司|子公司|全资子企业|旗下|旗下企业|旗下公司|下属|下属企业|下属公司|分公司|控股企业|孙公司|控股|全资控股|绝对控股
@parent-places = 战略工厂|工厂|生产基地|制造基地|成员企业|成员单位
# A purchase that is only planned, talked of or rumoured (A拟收购B; 收购B的计划最终未能实现) makes no parent: before the
# verb (unless) or after the firm bought (unless-after, with @negations: 收购B一事被叫停, 收购B未获批准).
# a tie that was: Y曾是X的子公司，后独立运营; Y原为X下属企业
@formerly = 曾|曾经|曾是|原本|原先|原来|一度|昔日|早年
@deal-plans = 计划|拟|拟将|拟以|拟出资|拟设立|拟收购|拟通过|筹划|意向|有意|打算|准备|洽谈|谈判|传闻|传言|设想|提议|方案|可能|或将|有望

# X全资子公司——Y; X旗下Y; X的控股子公司Y; X下属的子公司Y; X（以下简称“公司”）全资子公司Y (the short name X is given between);
# X旗下另一家子公司Y, X的又一家全资子公司Y, X旗下的另一家企业Y (a count of firms between: @one-more)
@one-more = 另一家|另外一家|又一家|一家|其中一家|另一|又一
subsidiary.named-between:
    {p:ENT} ("(" ~8 ")")? 的? @one-more? {k:@subsidiary-words+} 的? (@one-more @subsidiary-words*)? ((/n|/vn|/j)* (企业|公司|工厂|厂))? ("—"|"-"|":")* {c:ENTS}
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p kind=k conf=0.85

# X旗下另一家子公司Y where jieba cut 另|一家子|公司 (一家子, a family, swallows the 子 of 子公司)
subsidiary.named-between-glued:
    {p:ENT} 的? @subsidiary-words* 的? (另|又|另外|其中)? 一家子 公司 ("—"|"-"|":")* {c:ENTS}
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p kind="子公司" conf=0.85

# Y（X的子公司）; Y(X全资子公司); Y（X旗下企业）: the parent in brackets after the subsidiary
subsidiary.bracketed-parent:
    {c:ENT} "(" {p:ENT} 的? {k:@subsidiary-words+} 之一? ")"
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p kind=k conf=0.85

# X在临江设立的Y; X在临江投资设立的子公司Y; X于2020年在临江注册成立的Y: a firm the parent set up somewhere
subsidiary.set-up-in:
    {p:ENT} ~4 在 PLACE+ (投资)? (设立|成立|注册成立|组建|新设|投资成立) 的 (@subsidiary-words | 公司 | 企业)? ("—"|"-"|":")* {c:ENT}
    unless @negations
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p kind="设立" conf=0.8

# A…，其控股股东为X; (an announcement) 公司控股股东为X: 其 or 公司 is the firm the clause is about, X its parent
subsidiary.its-parent:
    (其|公司|本公司|该公司) {k:(控股股东 | 控股 股东 | 母公司 | 控股方 | 第一大股东)} (是|为|系) {p:ENT}
    unless @deal-plans
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF SUBJ p kind=k conf=0.75

# 公司同日还公告，全资子公司X与…: a kinship noun opening a clause is the topic firm's
subsidiary.bare-kin:
    ^ (公司|集团)? 的? {k:(全资子公司 | 控股子公司 | 全资子企业)} ("—"|"-"|":")* {c:ENT}
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c TOPIC kind=k conf=0.7

# X是…企业，其旗下Y: 其 is the firm the text was about
subsidiary.its-subsidiary:
    其 {k:@subsidiary-words+} 的? ("—"|"-"|":")* {c:ENTS}
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c TOPIC kind=k conf=0.75

# Y是X旗下的子公司; Y是X的全资子公司; Y是X在全球的战略工厂之一; Y成为X的控股子公司 (not a past one: Y曾是X的子公司, @formerly;
# not a subsidiary the clause names: 用的是X控股子公司Z的产品 is Z's, named-between)
subsidiary.is-subsidiary:
    (是|为|系|作为|成为|均为|都是|同为) {p:ENT} (的|在)? ~3 {k:(@subsidiary-words+ | @parent-places)} ($ | !ENT)
    unless @formerly
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF SUBJ p kind=k conf=0.8

# 作为X在安徽的子公司，Y主要生产…; 作为X的全资子公司，Y…; 作为X旗下的核心零部件企业，Y…: the firm is the subject of the clause after
subsidiary.as-subsidiary:
    ^ 作为 {p:ENT} (的 | 在 PLACE+ 的)? ~2 {k:@subsidiary-words+} (的 ~4 (企业|公司|工厂|平台|子公司|制造商|生产商|板块))? (，|,) ~2 {c:ENT}
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p kind=k conf=0.8

# A、B均为X下属企业; A和B都是X的子公司; A与B同为X的全资子公司 (jieba glues 同为): each firm of the list
subsidiary.listed-subsidiaries:
    {c:ENTS} (均|都|也|同)? (是|为|系|同为|均为|都是|皆为|均是|同是) {p:ENT} (的|在)? ~3 {k:@subsidiary-words+}
    unless @formerly
    unless @deal-plans
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p kind=k conf=0.8

# Y由X控股; Y由X全资控股; Y由X100%控股; 一家由X控股的企业: the firm that holds it is the parent (not a past tie:
# Y曾由X控股，后被管理层回购)
subsidiary.held-by:
    由 {p:ENT} PERCENT? (全资|绝对|间接)? 控股
    unless @negations
    unless @formerly
    unless @deal-plans
    unless-after @negations @deal-plans
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF SUBJ p kind="控股" conf=0.8

# Y的母公司X; Y的母公司，是X; Y的唯一股东为X; Y的控股股东是X; Y的控股股东为X; Y背后的控股方是X; Y的大股东为X; Y的实际控制人为X
subsidiary.parent-named:
    {c:ENT} (背后)? 的 {k:(母公司 | 控股 股东 | 控股股东 | 控股方 | 大股东 | 第一大股东 | 唯一 股东 | 唯一股东 | 全资股东 | 实际控制人 | 实际控制人为 | 实控人 | 控股集团)} (，|,)? (是|为)? {p:ENT}
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p kind=k conf=0.8

# Y被X收购，成为其全资子公司; Y被X控股: the buyer is the parent
subsidiary.bought-by:
    被 PLACE? {p:ENT} (收购|并购|兼并|控股|全资收购|控股收购)
    unless @negations
    unless @deal-plans
    unless-after @negations @deal-plans
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF SUBJ p kind="收购" conf=0.75

# X旗下有A、B等子公司; X下属企业包括A、B: the firms after the parent's 旗下 and a verb of having
subsidiary.has-subsidiaries:
    {p:ENT} 的? {k:@subsidiary-words+} (有|包括|拥有|包含|涵盖) {c:ENTS}
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p kind=k conf=0.8

# X通过全资子公司Y进入…; X与其控股子公司Y: the parent, a word, then its subsidiary named
subsidiary.through-subsidiary:
    {p:ENT} (通过|借助|依托|联合|与|和) 其? {k:(全资子公司|控股子公司|子公司|旗下企业|旗下公司|下属企业|下属公司)} ("—"|"-"|":")* {c:ENT}
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p kind=k conf=0.8

# X全资设立的Y; X控股成立的子公司Y: a firm the parent owns and set up
subsidiary.owned-set-up:
    {p:ENT} (全资|控股|独资) 投资? (设立|成立|注册成立|组建|新设|创办) 的 (@subsidiary-words | 公司 | 企业)? ("—"|"-"|":")* {c:ENT}
    unless @negations
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p kind="设立" conf=0.8

# Y系X全资设立; Y由X投资设立; Y为X控股组建: the firm that set it up is the parent
subsidiary.set-up-by:
    {c:ENT} (系|由|为|是) {p:ENT} (全资|控股|独资|出资|投资)? (设立|成立|组建|创办|注册成立|投资设立)
    unless @negations
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p conf=0.75

# Y于2022年并入X，成为其控股子公司; Y整体划入X
subsidiary.merged-into:
    {c:ENT} ~4 (并入|划入|整体并入|整体划入|划转至|纳入) {p:ENT}
    unless @negations
    unless @deal-plans
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p conf=0.75

# Y是X2021年收购的零部件企业; Y是X控股的上市公司: the firm it is, bought or held by the parent
subsidiary.is-held-firm:
    {c:ENT} (是|为|系) {p:ENT} ~3 (收购|并购|控股|全资控股|投资控股) 的 ~3 (企业|公司|上市公司|子公司|工厂)
    unless @negations
    unless @deal-plans
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p conf=0.75

# 隶属于X的Y: the firm after 的
subsidiary.belonging-firm:
    ^ (隶属于|隶属|归属于) {p:ENT} 的 {c:ENT}
    unless @negations
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p conf=0.8

# Y隶属于X; Y归属于X旗下
subsidiary.belongs-to:
    (隶属于|隶属|归属于|归属) {p:ENT}
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF SUBJ p kind="隶属" conf=0.8

# X收购了Y; X全资收购Y; X完成对Y的并购重组
subsidiary.acquired:
    (收购|并购|全资收购|控股收购|兼并) 了? PLACE? {c:ENTS}
    unless @negations
    unless @deal-plans
    unless-after @negations @deal-plans
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c SUBJ kind="收购" conf=0.75

# X完成对湖北Y的并购重组: the place before the firm is part of how it is called
subsidiary.acquisition-of:
    对 PLACE? {c:ENTS} ({x:PERCENT} 的? (股权|股份))? 的 ~2 (收购|并购|并购重组|兼并|控股)
    unless @negations
    unless @deal-plans
    unless-after @negations @deal-plans
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c SUBJ kind="收购" share=x conf=0.75

# X专门成立了一家子公司——Y; X设立全资子公司Y (not a plan: X拟出资1亿元设立全资子公司Y, X计划设立…; @deal-plans)
subsidiary.set-up:
    (成立|设立|组建|注册|新设) 了? (一家子公司 | ~3 {k:@subsidiary-words+}) ("—"|"-"|":"|"，"|",")* {c:ENT}
    unless @deal-plans
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c SUBJ kind=k conf=0.8

# X持有Y 72%的股权，为其控股股东; X持有Y 65%股份; X通过增资取得Y 60%股权: a stated stake above half makes a parent (PatternRule drops
# one of half or less: X持有Y 15%的股份; not a stake sold or planned, not a past one)
subsidiary.holds-stake:
    {p:ENT} (通过 ~3)? (目前|现|已|共|合计|直接|间接)* (持有|持|取得|获得|受让) {c:ENT} {x:PERCENT} 的? (股权|股份)
    unless @negations
    unless @deal-plans
    unless @formerly
    unless-after @negations @deal-plans
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p kind="持股" share=x conf=0.75

# X把下属的子公司Y选址在…; X将旗下Y…
subsidiary.puts-its:
    (把|将) {k:@subsidiary-words+} 的? {k2:@subsidiary-words}? {c:ENT}
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c SUBJ kind=k conf=0.75

# Firms named by a subsidiary's slot (these run in the naming pass, so the patterns above then see them as ENT).
@set-up-adverbs = 专门|已|已经|还|也|将|又|另|单独|率先|去年|今年|近日|日前
@acquire-verbs = 收购|并购|兼并|全资收购|控股收购

# X收购了丰岭船舶，…: a proper word and a trade noun after the verb, ending the clause, are the firm bought
names.acquired-firm:
    @acquire-verbs 了? {x:(/x|/nz|/nr|/nrt|/nt|/j|/eng) /n?} $
    unless @negations
    -> ENTITY Enterprise x conf=0.7

# 成立了一家子公司——岚思东岭; 设立全资子公司岚思精密: the name after the subsidiary word (a brand, then a trade noun or a place)
names.new-subsidiary:
    (成立|设立|组建|新设|注册) 了? ~3 (子公司|全资子公司|控股子公司|分公司|"一家子公司") ("—"|"-"|":"|"："|"，"|",")* {x:(/x|/nz|/nr|/nrt|/nt|/j|/eng) (/n|/a|PLACE)?} ("，"|","|"。"|"；"|$)
    -> ENTITY Enterprise x conf=0.7

# 岚思科技专门成立了一家子公司: the firm that sets one up
names.sets-up-subsidiary:
    ^ {x:(/x|/nz|/nr|/nrt|/nt|/j|/eng) /n?} @set-up-adverbs* (成立|设立|组建|新设) 了? ~2 (子公司|全资子公司|控股子公司|分公司|"一家子公司")
    -> ENTITY Enterprise x conf=0.7

# 王某（星河某某系统亚洲区副总裁）: a firm and a proper word before a title, as a unit's name, is the firm's unit
names.firm-unit:
    {x:{p:ENT} (/nz|/x|/nr|/eng) /n?} (PLACE (/ns|/n)?)? TITLE
    unless-sentence @hearsay-words
    -> ENTITY Enterprise x conf=0.7
    -> SUBSIDIARY_OF x p kind="下属" conf=0.7

# Y（X持股70%）; Y(X控股60%); Y（X持有其51%股权）: the holder in brackets after the firm. A share of 50% or less is no
# parent (PatternRule drops a SUBSIDIARY_OF whose share is stated and not above half: Y（X持股30%）).
subsidiary.bracketed-holder:
    {c:ENT} "(" {p:ENT} (持股|控股|持有|持) 其? {x:PERCENT} (股权|股份)? ")"
    unless @negations
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p kind="持股" share=x conf=0.8

# A与B是兄弟公司，同属X; A和B是姊妹企业，都隶属于X: two firms of one group, then the group (a clause of its own)
@sibling-firms = 兄弟公司|兄弟企业|姊妹公司|姊妹企业|姐妹公司|姐妹企业
subsidiary.siblings-belong-to:
    {c:ENTS} (是|为|互为) @sibling-firms (，|,) (同属|同属于|均属|均属于|都属于|都隶属于|同隶属于|均隶属于|隶属于) {p:ENT}
    unless @negations
    unless @formerly
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p kind="隶属" conf=0.75

# 和A一样，B也是X旗下企业; 与A一样，B也是X的全资子公司: the firm B is likened to is the group's too (not 也是X的供应商)
subsidiary.like-sibling:
    (和|与|同|跟|像) {a:ENT} 一样 (，|,) {c:ENTS} (也|同样|都|同为)? (是|为|系) {p:ENT} 的? ~2 {k:@subsidiary-words+} ($ | !ENT)
    unless @formerly
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF a p kind=k conf=0.75
    -> SUBSIDIARY_OF c p kind=k conf=0.75

# A与B同属X集团; A、B均隶属于X: each firm is the group's (not each other's)
subsidiary.both-belong-to:
    {c:ENTS} (同属|同属于|均属|均属于|都属于|均隶属于|同隶属于|都隶属于) {p:ENT} (旗下)?
    unless @negations
    unless @formerly
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p kind="隶属" conf=0.75

# X下辖Y、Z两家子公司; X下设Y、Z等分公司: the firms the parent has under it, named before the kinship word
subsidiary.has-under:
    {p:ENT} (下辖|下设|旗下拥有|旗下有|拥有) {c:ENTS} 等? (/m /q?)? {k:@subsidiary-words+}
    unless @negations
    unless @formerly
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p kind=k conf=0.75

# X持有Y全部股权; X持有Y的全部股份; X目前持有Y百分之百的股权: all the shares make a parent (holds-stake reads a stated
# percentage; not a stake sold or planned: X已将所持Y的全部股权出售 has no 持有 before Y)
subsidiary.holds-all:
    {p:ENT} (通过 ~3)? (目前|现|已|共|合计|直接|间接)* (持有|持) {c:ENT} 的? (全部|全部的|百分之百的?|所有) (股权|股份)
    unless @negations
    unless @deal-plans
    unless @formerly
    unless-after @negations @deal-plans
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p kind="持股" share="100%" conf=0.75

# X是Y的母公司; X为Y的控股股东; X是Y的唯一股东: the firm named first is the parent of the one after (not a past tie, @formerly)
subsidiary.is-parent-of:
    {p:ENT} (目前|现|仍|一直)? (是|为|系|作为) {c:ENT} 的 {k:(母公司 | 控股股东 | 控股 股东 | 唯一股东 | 唯一 股东 | 控股方 | 全资股东)}
    unless @negations
    unless @formerly
    unless @deal-plans
    unless-sentence @hearsay-words
    -> SUBSIDIARY_OF c p kind=k conf=0.8
