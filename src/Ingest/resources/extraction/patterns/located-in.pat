# LOCATED_IN (a firm, project, cluster → the place it lies in). The language: docs/patterns.md.
# A chain of places names one place, its deepest last (扎根星河市临江街道 → 临江街道; the town → city edge comes
# from the gazetteer): `PLACE* {p:PLACE}` takes the last of the chain.
# @located-in-cues is resources/extraction/located-in-cues.txt (落户, 扎根, 位于, 选址, 搬迁至 …).

@facility-words = 工厂|生产基地|制造基地|基地|主机厂|厂区|厂房|总部|研发中心|生产线|产业园|园区|工厂项目|分厂
@base-verbs = 生产|制造|注册|注册成立|成立|设立|创立|创办|诞生|起家|发展|发展壮大|成长|做大|做强|建厂|设厂|投产|安家|深耕|办厂|经营|运营
@build-verbs = 建设|新建|兴建|建成|投建|打造|开工|开工建设|落成|投资建设|布局|启动|实施|推进
@firm-words = 企业|公司|民企|外企|外贸企业|工厂|厂家|龙头企业|本土企业|制造企业|科技企业|民营企业|老字号
@home-words = 本土|本地|当地|土生土长的|一家
@firm-references = 企业|公司|该公司|该企业|这家企业|这家公司|其|它|工厂|该厂|集团|该集团
@project-words = 项目|工厂项目|生产线项目
@plan-words = 计划|拟|有意|考虑|打算|意向|希望

# A落户星河经开区; A、B签约落户临江; X产业集群坐落在临江镇; A自2019年扎根临江街道; A总部位于星河市; 项目将选址在临江
located.settles:
    {e:(ENTS|PROJECTS|ORGS|CLUSTERS)} 等? (!PROJECT)* @located-in-cues 了? (于|在|到|至)? 了? PLACE* {p:PLACE}
    unless @project-words
    -> LOCATED_IN e p conf=0.8

# 企业便整体搬迁到了临江县; 公司2015年落户星河市: the reference opens the clause
located.reference-settles:
    ^ ~1 @firm-references (!PROJECT)* @located-in-cues 了? (于|在|到|至)? 了? PLACE* {p:PLACE}
    unless @project-words
    -> LOCATED_IN SUBJ p conf=0.7

# 位于临江街道的A; 星河经开区的A; 星河产业园内的A、B
located.place-of:
    PLACE* {p:PLACE} (内|里|中)? 的 {e:(ENTS|PROJECTS|ORGS)}
    -> LOCATED_IN e p conf=0.75

# 星河企业A; 临江本土企业A、B
located.place-firm:
    PLACE* {p:PLACE} @home-words? @firm-words ("—"|"-"|"："|":")? {e:ENTS}
    -> LOCATED_IN e p conf=0.75

# 这家临江企业; 这家扎根星河市临江街道的外贸企业: the firm the text is about
located.this-firm:
    (这家|该|这个|这所) @located-in-cues? PLACE* {p:PLACE} 的? ~3 @firm-words
    -> LOCATED_IN TOPIC p conf=0.7

# A在星河的生产基地; A在临江的主机厂; A位于临江的厂区
located.facility-in:
    {e:ENTS} (在|位于) PLACE* {p:PLACE} 的 ~3 @facility-words
    -> LOCATED_IN e p conf=0.75

# A是2002年在星河市临江街道注册成立的; A、B等企业，也都在临江一步步发展壮大; 该公司在临江生产
located.based-in:
    {e:ENTS} 等? ~8 ((，|,) ~3)? (在|于) PLACE* {p:PLACE} ~3 @base-verbs
    unless @plan-words
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
located.project-in:
    {x:PROJECTS} ~3 (在|于|落户|落地|落户于|选址|选址在|位于|入驻) PLACE* {p:PLACE}
    -> LOCATED_IN x p conf=0.75

# 星河市先后培育壮大了华锐精工、云帆电子等一批企业 (the firms end the clause or 等 follows: 星河汇聚了华锐精工的研发力量 is none); 临江产业园目前已集聚华锐精工、云帆电子等知名企业; 星河经开区引进了华锐精工
located.gathers:
    PLACE* {p:PLACE} ~3 (培育 壮大?|培育壮大|集聚|聚集|汇聚|引进|吸引|孕育) 了? ~4 {e:ENTS} (等|$)
    -> LOCATED_IN e p conf=0.7
